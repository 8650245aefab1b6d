// `overstap import-esco`: writes the records of the parsing layer (../esco-csv) to the taxonomy
// tables, one transaction per file, with counts and rejections per file.
export { importEsco } from './import-esco.ts';
export type { EscoFileEvent, EscoProgress, ImportEscoOptions } from './import-esco.ts';
export { REJECTIONS_LISTED_PER_FILE } from './summary.ts';
export type {
  EscoFileSummary,
  EscoImportCounts,
  EscoImportRejection,
  EscoImportSummary,
  EscoSkippedFile,
  EscoSkipReason,
} from './summary.ts';
