import { existsSync, statSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { InvalidArgumentError, type Command } from 'commander';
import {
  importEsco,
  type EscoFileEvent,
  type EscoProgress,
  type ImportEscoOptions,
} from '../modules/taxonomy/esco-import/index.ts';
import {
  ESCO_ATTRIBUTION,
  fileLine,
  summaryText,
} from '../modules/taxonomy/esco-import/summary-text.ts';
import { openMigrated } from './open.ts';
import { print } from './output.ts';

const LANG = /^[a-z]{2,3}(?:-[a-z]{2,4})?$/;

export function registerImportEsco(program: Command): void {
  program
    .command('import-esco')
    .description(
      'import the official ESCO CSV download (v1.1/v1.2, one or more languages); a second run updates, never duplicates',
    )
    .argument('<dir>', 'directory with the unzipped ESCO CSV files, e.g. ../shared/data/esco')
    .option(
      '--lang <langs>',
      "languages of the concept files to import, comma-separated, or 'all'",
      parseLanguages,
      ['nl', 'en'],
    )
    .option('--json', 'print the summary as JSON on stdout')
    .action(async (dir: string, opts: { lang: string[] | undefined; json?: boolean }) => {
      const languages = opts.lang;
      if (!existsSync(dir) || !statSync(dir).isDirectory()) {
        process.stderr.write(`Not a directory: ${dir}\n`);
        process.exitCode = 2;
        return;
      }
      const json = Boolean(opts.json);
      const { database } = await openMigrated();
      try {
        const summary = await importEsco(database.db, dir, {
          languages,
          ...progressReporter(!json && process.stderr.isTTY === true),
        });
        print(json, { ...summary, attribution: ESCO_ATTRIBUTION }, () => summaryText(summary));
        if (summary.files.length === 0) {
          process.stderr.write(`No importable ESCO file in ${dir}.\n`);
          process.exitCode = 1;
        } else if (summary.files.some((f) => f.fatal !== null)) {
          // Rejected rows are normal in a large download; a file that could not be read is not.
          process.exitCode = 1;
        }
      } finally {
        await database.close();
      }
    });
}

/** `--lang nl,en` → ['nl', 'en']; `all` → undefined (every language in the directory). */
function parseLanguages(value: string): string[] | undefined {
  if (value.trim().toLowerCase() === 'all') return undefined;
  const langs = value
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l !== '');
  const bad = langs.filter((l) => !LANG.test(l));
  if (langs.length === 0 || bad.length > 0) {
    throw new InvalidArgumentError(`expected language codes such as nl,en, or all`);
  }
  return langs;
}

/**
 * On a terminal: a bar per file (bytes of the file), left standing with the file's counts.
 * Otherwise (pipes, CI, --json): one plain line per file on stderr, so stdout stays clean.
 */
function progressReporter(interactive: boolean): Pick<ImportEscoOptions, 'onFile' | 'onProgress'> {
  if (!interactive) {
    return {
      onFile: (e: EscoFileEvent) => {
        if (e.stage === 'done')
          process.stderr.write(`[${e.index + 1}/${e.count}] ${fileLine(e.result)}\n`);
      },
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '[{position}] {bar} {percentage}% {file} {status}',
      barsize: 30,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    onFile: (e: EscoFileEvent) => {
      const position = `${e.index + 1}/${e.count}`;
      if (e.stage === 'start') {
        bar.start(Math.max(e.file.sizeBytes, 1), 0, { position, file: e.file.name, status: '' });
      } else {
        const status = fileLine(e.result).slice(e.file.name.length + 2);
        bar.update(Math.max(e.file.sizeBytes, 1), { position, file: e.file.name, status });
        bar.stop();
      }
    },
    onProgress: (p: EscoProgress) => bar.update(p.bytesRead),
  };
}
