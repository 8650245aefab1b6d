import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openPglite } from '../../src/db/database.ts';
import { migrationsFolder, rows, runMigrations } from '../../src/db/migrate.ts';
import { freshDatabase } from '../helpers/test-database.ts';

const expectedTables = ['regions', 'organisations', 'users', 'sessions', 'events'];

describe('migrations', () => {
  it(`bring a new database to the current schema, and a second run changes nothing (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, async () => {
    const database = await freshDatabase();
    try {
      expect(await runMigrations(database)).toBe(0);
      const res = await database.db.execute(
        sql`select table_name from information_schema.tables where table_schema = 'public'`,
      );
      const tables = rows<{ table_name: string }>(res).map((r) => r.table_name);
      expect(tables).toEqual(expect.arrayContaining(expectedTables));
      const ext = await database.db.execute(sql`select extname from pg_extension`);
      expect(rows<{ extname: string }>(ext).map((r) => r.extname)).toEqual(
        expect.arrayContaining(['pg_trgm', 'unaccent']),
      );
    } finally {
      await database.close();
    }
  });

  it('are forward-only: numbered in order, each listed once in the journal', () => {
    const files = fs
      .readdirSync(migrationsFolder)
      .filter((f) => f.endsWith('.sql'))
      .sort();
    const journal = JSON.parse(
      fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8'),
    ) as {
      entries: { idx: number; tag: string }[];
    };
    expect(journal.entries.map((e) => `${e.tag}.sql`)).toEqual(files);
    journal.entries.forEach((e, i) => expect(e.idx).toBe(i));
    // No migration drops a table holding data. The only tables ever dropped are word indexes that
    // mirrored concept_labels (derived by triggers, rebuilt from it) once search moved to memory.
    const derived = [
      'skill_label_words',
      'skill_words',
      'occupation_label_words',
      'occupation_words',
    ];
    for (const f of files) {
      const text = fs.readFileSync(path.join(migrationsFolder, f), 'utf8');
      const dropped = [...text.matchAll(/\bDROP TABLE\s+(?:IF EXISTS\s+)?"?(\w+)"?/gi)].map(
        (m) => m[1],
      );
      for (const table of dropped) expect(derived, `${f} drops ${table}`).toContain(table);
    }
  });

  it('keep data in an embedded data directory across a close and reopen', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'overstap-pglite-'));
    try {
      const first = await openPglite(dir);
      expect(await runMigrations(first)).toBeGreaterThan(0);
      await first.exec(
        `insert into regions (id, code, name) values ('6f0c3a2e-8a55-4f6e-9f25-0c1d2e3f4a5b', 'x', 'X')`,
      );
      await first.close();
      const second = await openPglite(dir);
      expect(await runMigrations(second)).toBe(0);
      const res = await second.db.execute(sql`select name from regions`);
      expect(rows<{ name: string }>(res)).toEqual([{ name: 'X' }]);
      await second.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
