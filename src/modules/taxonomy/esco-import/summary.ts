import type { EscoFileKind } from '../esco-csv/index.ts';

/** What `importEsco` reports: per file and in total, plus the files it did not read. */

export interface EscoImportRejection {
  line: number;
  /** The column to blame, as named in the file; null when the whole row is at fault. */
  field: string | null;
  reason: string;
}

export interface EscoSkipReason {
  reason: string;
  count: number;
  firstLine: number;
}

export interface EscoImportCounts {
  /** Data rows read (header excluded); every row ends up in exactly one of the five counts below. */
  rowsRead: number;
  inserted: number;
  /** Rows whose stored values or labels (in this file's language) changed. */
  updated: number;
  unchanged: number;
  /** Valid rows deliberately not stored (e.g. status other than released); see skipReasons. */
  skipped: number;
  rejected: number;
}

export interface EscoFileSummary extends EscoImportCounts {
  file: string;
  kind: EscoFileKind;
  lang: string | null;
  /** Set when the file could not be read at all (e.g. a required column is missing). */
  fatal: string | null;
  /** The first rejections, ordered by line; `rejected` has the full count. */
  rejections: EscoImportRejection[];
  /** How many rejections are not listed because of the cap. */
  rejectionsNotListed: number;
  skipReasons: EscoSkipReason[];
  seconds: number;
}

export interface EscoSkippedFile {
  file: string;
  reason: string;
}

export interface EscoImportSummary {
  directory: string;
  /** Languages whose concept files were imported, reference language first. */
  languages: string[];
  files: EscoFileSummary[];
  /** Files in the directory that were not imported, with the reason. */
  skippedFiles: EscoSkippedFile[];
  totals: EscoImportCounts & { files: number };
  seconds: number;
}

/** Enough to show what is wrong with a file without flooding the summary of a bad download. */
export const REJECTIONS_LISTED_PER_FILE = 100;

/** Counts of one file while it is imported. */
export class FileTally implements EscoImportCounts {
  rowsRead = 0;
  inserted = 0;
  updated = 0;
  unchanged = 0;
  skipped = 0;
  rejected = 0;
  fatal: string | null = null;
  private readonly listed: EscoImportRejection[] = [];
  private notListed = 0;
  private readonly skips = new Map<string, EscoSkipReason>();

  reject(line: number, field: string | null, reason: string): void {
    this.rejected++;
    this.list({ line, field, reason });
  }

  /** The file cannot be read at all: listed like a rejection, but it is no data row. */
  failFile(line: number, field: string | null, reason: string): void {
    this.fatal = reason;
    this.list({ line, field, reason });
  }

  private list(rejection: EscoImportRejection): void {
    if (this.listed.length < REJECTIONS_LISTED_PER_FILE) this.listed.push(rejection);
    else this.notListed++;
  }

  skip(line: number, reason: string): void {
    this.skipped++;
    const known = this.skips.get(reason);
    if (known === undefined) this.skips.set(reason, { reason, count: 1, firstLine: line });
    else known.count++;
  }

  summary(
    file: { name: string; kind: EscoFileKind; lang: string | null },
    seconds: number,
  ): EscoFileSummary {
    return {
      file: file.name,
      kind: file.kind,
      lang: file.lang,
      rowsRead: this.rowsRead,
      inserted: this.inserted,
      updated: this.updated,
      unchanged: this.unchanged,
      skipped: this.skipped,
      rejected: this.rejected,
      fatal: this.fatal,
      rejections: [...this.listed].sort((a, b) => a.line - b.line),
      rejectionsNotListed: this.notListed,
      skipReasons: [...this.skips.values()],
      seconds,
    };
  }
}

export function sumCounts(
  files: readonly EscoImportCounts[],
): EscoImportCounts & { files: number } {
  const totals = {
    files: files.length,
    rowsRead: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    rejected: 0,
  };
  for (const f of files) {
    totals.rowsRead += f.rowsRead;
    totals.inserted += f.inserted;
    totals.updated += f.updated;
    totals.unchanged += f.unchanged;
    totals.skipped += f.skipped;
    totals.rejected += f.rejected;
  }
  return totals;
}
