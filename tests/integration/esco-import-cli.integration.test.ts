import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EscoImportSummary } from '../../src/modules/taxonomy/esco-import/index.ts';
import { serverUrl } from '../helpers/database-url.ts';
import { freshPostgresDatabase } from '../helpers/test-database.ts';

/** `overstap import-esco` as a real process: exit codes, JSON on stdout, progress on stderr. */
const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const FIXTURES = join(REPO_ROOT, 'tests/fixtures/esco');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** This process's environment without DATABASE_URL: the test decides which database is used. */
function processEnv(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return rest;
}

describe('overstap import-esco (CLI)', () => {
  let work: string;
  let env: Record<string, string>;
  let dropDatabase: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'overstap-esco-cli-'));
    if (serverUrl) {
      const fresh = await freshPostgresDatabase(serverUrl);
      env = { DATABASE_URL: fresh.url };
      dropDatabase = fresh.drop;
    } else {
      env = { DATA_DIR: join(work, 'data') };
    }
  });

  afterAll(async () => {
    await dropDatabase?.();
    await rm(work, { recursive: true, force: true });
  });

  const run = (...args: string[]): Promise<Run> =>
    new Promise((done) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'src/cli/main.ts', 'import-esco', ...args],
        { cwd: REPO_ROOT, env: { ...processEnv(), LOG_LEVEL: 'warn', ...env } },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => done({ code, stdout, stderr }));
    });

  it('imports, prints the JSON summary on stdout and a line per file on stderr', async () => {
    const first = await run(join(FIXTURES, 'v1.2'), '--json');
    expect(first.code, first.stderr).toBe(0);
    const summary = JSON.parse(first.stdout) as EscoImportSummary & { attribution: string };
    expect(summary.files).toHaveLength(14);
    expect(summary.totals).toMatchObject({ files: 14, rowsRead: 49, rejected: 13 });
    expect(summary.attribution).toMatch(/ESCO classification of the European Commission/);
    expect(first.stderr).toContain('[1/14] ISCOGroups_en.csv: 4 read, 3 inserted');

    const second = await run(join(FIXTURES, 'v1.2'));
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/^total\s+49\s+0\s+0\s+/m);
    expect(second.stdout).toContain('skills_en.csv line 14: skillType: unknown value "attitude"');
  }, 120_000);

  it('fails when the directory holds no importable file or does not exist', async () => {
    const empty = join(work, 'empty');
    await mkdir(empty, { recursive: true });
    await writeFile(join(empty, 'skills.csv'), 'conceptUri\n');
    const none = await run(empty);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('No importable ESCO file');
    expect(none.stdout).toContain('skills.csv: no language suffix');

    const missing = await run(join(work, 'missing'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Not a directory');

    const badLang = await run(join(FIXTURES, 'v1.2'), '--lang', 'Dutch');
    expect(badLang.code).not.toBe(0);
    expect(badLang.stderr).toContain('expected language codes such as nl,en');
  }, 120_000);
});
