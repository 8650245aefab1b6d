import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoOrganisations, demoUsers } from '../../src/demo/demo-region.ts';
import { extraDemoOrganisations } from '../../src/demo/demo-vacancies.ts';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import type { Me } from '../../src/modules/auth/contracts.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';

describe('the demo region', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(() => t.close());

  it('loads once, and a second run changes nothing', async () => {
    const first = await seedDemo(t.db, new Date());
    expect(first.seeded).toBe(true);
    const second = await seedDemo(t.db, new Date());
    expect(second.seeded).toBe(false);
  });

  it('has the partners of the pilot and every role can sign in to its own home', async () => {
    const admin = t.client();
    await admin.login('beheer@overstap.demo', DEMO_PASSWORD);
    const orgs = await admin.get<{ kinds: string[] }[]>('/api/organisations');
    // The partners of the pilot, plus the hiring employers and the provider the vacancy/offer demo adds.
    expect(orgs.body).toHaveLength(demoOrganisations.length + extraDemoOrganisations.length + 1);
    const kinds = orgs.body.flatMap((o) => o.kinds);
    for (const k of [
      'public_employment_service',
      'municipality',
      'union',
      'releasing_employer',
      'hiring_employer',
      'training_provider',
      'regional_partnership',
    ]) {
      expect(kinds).toContain(k);
    }
    expect(kinds.filter((k) => k === 'releasing_employer')).toHaveLength(3);
    const roles = new Set<string>();
    for (const u of demoUsers) {
      const c = t.client();
      expect((await c.login(u.email, DEMO_PASSWORD)).status, u.email).toBe(200);
      const me = await c.get<Me>('/api/auth/me');
      expect(me.body.role).toBe(u.role);
      expect(me.body.regionName).toBe('Noordoost-Brabant');
      roles.add(me.body.role);
    }
    expect([...roles].sort()).toEqual([
      'admin',
      'candidate',
      'case_manager',
      'coordinator',
      'employer',
      'provider',
    ]);
  });
});
