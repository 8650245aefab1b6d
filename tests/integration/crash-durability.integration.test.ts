import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/db/database.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-region.ts';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import { serverUrl } from '../helpers/database-url.ts';
import { HttpSession, startServerProcess } from '../helpers/server-process.ts';
import { freshPostgresDatabase } from '../helpers/test-database.ts';

/**
 * SIGKILL the server while it is writing, start it again on the same data: every write the
 * server acknowledged (201) must still be there.
 */
describe(`a killed server loses no acknowledged write (${serverUrl ? 'postgres' : 'pglite'})`, () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('keeps every acknowledged organisation after kill -9 and restart', async () => {
    let env: Record<string, string>;
    if (serverUrl) {
      const fresh = await freshPostgresDatabase(serverUrl);
      cleanups.push(fresh.drop);
      const db = openPostgres(fresh.url);
      await seedDemo(db.db, new Date());
      await db.close();
      env = { DATABASE_URL: fresh.url };
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'overstap-crash-'));
      cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
      // An empty embedded database: the first start also loads the demo region by itself.
      env = { DATA_DIR: dir, DATABASE_URL: '' };
    }

    const first = await startServerProcess(env);
    cleanups.push(async () => void first.child.kill('SIGKILL'));
    const admin = new HttpSession(first.url);
    expect(
      (
        await admin.request('POST', '/api/auth/login', {
          email: 'beheer@overstap.demo',
          password: DEMO_PASSWORD,
        })
      ).status,
    ).toBe(200);
    const regions = (await admin.request('GET', '/api/regions')).json as { id: string }[];
    const regionId = regions[0]?.id;

    const acknowledged: string[] = [];
    let stop = false;
    let n = 0;
    const writer = async () => {
      while (!stop) {
        const name = `Crashtest ${n++}`;
        try {
          const res = await admin.request('POST', '/api/organisations', {
            regionId,
            name,
            kinds: ['initiative'],
          });
          if (res.status === 201) acknowledged.push(name);
        } catch {
          return; // the connection died with the server
        }
      }
    };
    const writers = [writer(), writer(), writer()];
    while (acknowledged.length < 25) await new Promise((r) => setTimeout(r, 10));
    await first.stop('SIGKILL');
    stop = true;
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(25);

    const second = await startServerProcess(env);
    cleanups.push(async () => void (await second.stop('SIGTERM')));
    const again = new HttpSession(second.url);
    expect(
      (
        await again.request('POST', '/api/auth/login', {
          email: 'beheer@overstap.demo',
          password: DEMO_PASSWORD,
        })
      ).status,
    ).toBe(200);
    const orgs = (await again.request('GET', '/api/organisations')).json as { name: string }[];
    const names = new Set(orgs.map((o) => o.name));
    const lost = acknowledged.filter((a) => !names.has(a));
    expect(lost).toEqual([]);
  });
});
