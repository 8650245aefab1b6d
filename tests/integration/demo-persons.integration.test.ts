import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pilotParticipants } from '../../src/demo/pilot-participants.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-region.ts';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import type { HistoryEntry, Passport, PersonSummary } from '../../src/modules/people/contracts.ts';
import type { ApiClient } from '../helpers/api-client.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';

describe('the demo region’s pilot participants', () => {
  let t: TestApp;
  const signedIn = async (email: string): Promise<ApiClient> => {
    const c = t.client();
    expect((await c.login(email, DEMO_PASSWORD)).status).toBe(200);
    return c;
  };
  /** Every person of both case organisations, with their whole passport. */
  const allPassports = async () => {
    const passports: Passport[] = [];
    for (const email of ['casemanager@overstap.demo', 'casemanager.oss@overstap.demo']) {
      const c = await signedIn(email);
      const list = await c.get<PersonSummary[]>('/api/persons?limit=200');
      expect(list.status).toBe(200);
      for (const p of list.body)
        passports.push((await c.get<Passport>(`/api/persons/${p.id}`)).body);
    }
    return passports;
  };

  beforeAll(async () => {
    t = await testApp();
    await seedDemo(t.db, new Date('2021-04-01T09:00:00Z'));
  });
  afterAll(() => t.close());

  it('has the 30 people of the pilot, each with work history and at least 5 skills', async () => {
    const passports = await allPassports();
    expect(passports).toHaveLength(30);
    expect(pilotParticipants).toHaveLength(30);
    const names = passports.map((p) => `${p.personal.givenName} ${p.personal.familyName}`);
    expect(new Set(names).size).toBe(30);
    for (const p of passports) {
      const who = `${p.personal.givenName} ${p.personal.familyName}`;
      expect(p.workHistory.length, who).toBeGreaterThan(0);
      expect(
        p.workHistory.every((w) => w.occupation !== null),
        who,
      ).toBe(true);
      expect(p.skills.length, who).toBeGreaterThanOrEqual(5);
      expect(p.wishes, who).not.toBeNull();
      expect(p.personal.postcode, who).toMatch(/^5[2-4]\d\d [A-Z]{2}$/);
    }
    // The functions the pilot report names (l.434–437) are all there.
    const jobs = new Set(passports.flatMap((p) => p.workHistory.map((w) => w.occupation?.labelNl)));
    for (const label of [
      'Kok',
      'Souschef',
      'Cateringmedewerker',
      'Gastvrouw/gastheer',
      'Locatiemanager catering',
      'Administratief medewerker',
      'Accountmanager',
      'Keukenhulp',
    ]) {
      expect(jobs).toContain(label);
    }
    // Mixed evidence, certificates, informal skills, wishes across sectors.
    const evidence = new Set(passports.flatMap((p) => p.skills.map((s) => s.evidence)));
    expect([...evidence].sort()).toEqual(['certificate', 'coach_verified', 'self', 'work_history']);
    expect(passports.flatMap((p) => p.skills).some((s) => s.source === 'informal')).toBe(true);
    const certificateNames = passports.flatMap((p) =>
      p.education.filter((e) => e.kind === 'certificate').map((e) => e.name),
    );
    expect(certificateNames).toContain('HACCP-certificaat');
    expect(certificateNames).toContain('Verklaring Sociale Hygiëne');
    const sectors = new Set(passports.flatMap((p) => p.wishes?.sectors ?? []));
    for (const s of ['care', 'logistics', 'technology', 'hospitality'])
      expect(sectors).toContain(s);
  });

  it('links Sandra de Vries to her account, with her case manager at UWV', async () => {
    const sandra = await signedIn('kandidaat@overstap.demo');
    const mine = await sandra.get<Passport>('/api/persons/me');
    expect(mine.status).toBe(200);
    expect(mine.body.personal).toMatchObject({ givenName: 'Sandra', familyName: 'de Vries' });
    expect(mine.body.hasAccount).toBe(true);
    expect(mine.body.permissions).toEqual({ edit: true, confirmSkills: false });
    expect(mine.body.workHistory.map((w) => w.occupation?.labelNl)).toContain('Kok');
    // Her case manager confirmed two skills at the intake; the history says who.
    const confirmed = mine.body.skills.filter((s) => s.evidence === 'coach_verified');
    expect(confirmed.map((s) => s.confirmedBy?.name)).toEqual([
      'Karim Casemanager',
      'Karim Casemanager',
    ]);
    const history = await sandra.get<HistoryEntry[]>(`/api/persons/${mine.body.id}/history`);
    expect(history.body.find((h) => h.type === 'person.created')).toMatchObject({
      actor: { name: 'Sandra de Vries' },
    });
    const confirmations = history.body.filter((h) => h.type === 'person.skill_confirmed');
    expect(confirmations.map((h) => h.actor?.name)).toEqual([
      'Karim Casemanager',
      'Karim Casemanager',
    ]);
    const uwv = await signedIn('casemanager@overstap.demo');
    const found = await uwv.get<PersonSummary[]>('/api/persons?q=de%20vries');
    expect(found.body.map((p) => p.hasAccount)).toEqual([true]);
    // Another organisation's case manager does not see her.
    const oss = await signedIn('casemanager.oss@overstap.demo');
    expect((await oss.get(`/api/persons/${mine.body.id}`)).status).toBe(404);
  });

  it('is the same on every run (no unseeded randomness)', async () => {
    const again = await testApp();
    try {
      await seedDemo(again.db, new Date('2021-04-01T09:00:00Z'));
      const shape = async (db: TestApp) => {
        const c = db.client();
        await c.login('casemanager@overstap.demo', DEMO_PASSWORD);
        const list = await c.get<PersonSummary[]>('/api/persons?limit=200');
        return list.body.map((p) => `${p.givenName} ${p.familyName}: ${p.skillCount}`);
      };
      expect(await shape(again)).toEqual(await shape(t));
    } finally {
      await again.close();
    }
  });
});
