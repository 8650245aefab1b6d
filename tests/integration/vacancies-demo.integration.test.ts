import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extraDemoProvider } from '../../src/demo/demo-offers.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-region.ts';
import { extraDemoOrganisations } from '../../src/demo/demo-vacancies.ts';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import type { Catalogue } from '../../src/modules/offers/contracts.ts';
import { starterSkillUri } from '../../src/modules/taxonomy/use-cases/load-starter-taxonomy.ts';
import type { Vacancy } from '../../src/modules/vacancies/contracts.ts';
import type { Notice } from '../../src/modules/vacancies/redundancy-contracts.ts';
import type { ApiClient } from '../helpers/api-client.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';

describe('the demo region’s vacancies and offer catalogue', () => {
  let t: TestApp;
  const as = async (email: string): Promise<ApiClient> => {
    const c = t.client();
    expect((await c.login(email, DEMO_PASSWORD)).status).toBe(200);
    return c;
  };

  beforeAll(async () => {
    t = await testApp();
    expect((await seedDemo(t.db, t.clock.now())).seeded).toBe(true);
  });
  afterAll(() => t.close());

  it('has at least 60 vacancies across care, technology, logistics, education and ICT', async () => {
    const admin = await as('beheer@overstap.demo');
    const all = await admin.get<Vacancy[]>('/api/vacancies?limit=500');
    expect(all.body.length).toBeGreaterThanOrEqual(60);
    const bySector = new Map<string, number>();
    for (const v of all.body)
      bySector.set(v.sector ?? '-', (bySector.get(v.sector ?? '-') ?? 0) + 1);
    for (const sector of ['care', 'technology', 'logistics', 'education', 'ict']) {
      expect(bySector.get(sector) ?? 0, sector).toBeGreaterThanOrEqual(5);
    }
    expect(all.body.every((v) => v.occupation !== null && v.requirements.length > 0)).toBe(true);
    expect(all.body.every((v) => v.lat !== null && v.lon !== null)).toBe(true);
    expect(all.body.filter((v) => v.conditionalContract).length).toBeGreaterThanOrEqual(10);
    expect(all.body.filter((v) => v.jobShadowing).length).toBeGreaterThanOrEqual(10);
    expect(all.body.some((v) => v.requirements.some((r) => r.learnable))).toBe(true);
    expect(all.body.some((v) => v.status === 'draft')).toBe(true);
    const employers = new Set(all.body.map((v) => v.employer.name));
    for (const org of extraDemoOrganisations) expect(employers).toContain(org.name);
  });

  it('shows the care employer its own vacancies, and the case manager the open ones of all', async () => {
    const care = await as('zorg@overstap.demo');
    const own = await care.get<Vacancy[]>('/api/vacancies?limit=500');
    expect(new Set(own.body.map((v) => v.employer.name))).toEqual(
      new Set(['Zorggroep Maas en Meierij']),
    );
    const cm = await as('casemanager@overstap.demo');
    const open = await cm.get<Vacancy[]>('/api/vacancies?limit=500');
    expect(open.body.length).toBeGreaterThanOrEqual(60);
    expect(open.body.every((v) => v.status === 'open')).toBe(true);
  });

  it('has at least 25 trainings and 15 services from three providers, shadowing slots and two events', async () => {
    const cand = await as('kandidaat@overstap.demo');
    const catalogue = await cand.get<Catalogue>('/api/catalogue?limit=500');
    expect(catalogue.body.trainings.length).toBeGreaterThanOrEqual(25);
    expect(catalogue.body.services.length).toBeGreaterThanOrEqual(15);
    expect(catalogue.body.shadowingSlots.length).toBeGreaterThanOrEqual(5);
    expect(catalogue.body.matchingEvents).toHaveLength(2);
    const providers = new Set(catalogue.body.trainings.map((x) => x.provider.name));
    expect(providers).toEqual(
      new Set(['Vakschool Maasland', 'Loopbaanbureau Nieuwe Kansen', extraDemoProvider.name]),
    );
    const kinds = new Set(catalogue.body.services.map((s) => s.kind));
    for (const kind of [
      'career_coaching',
      'talent_scan',
      'cv_training',
      'grief_counselling',
      'language_nt2',
      'ips',
      'self_employment',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    expect(catalogue.body.trainings.every((x) => x.skills.length > 0)).toBe(true);
  });

  it('lets a case manager find the forklift training by the skill it teaches', async () => {
    const cm = await as('casemanager@overstap.demo');
    const skill = await cm.get<{ id: number; uri: string }[]>(
      '/api/taxonomy/skills?q=heftruckcertificaat',
    );
    const forklift = skill.body.find(
      (s) => s.uri === starterSkillUri('logistics.forklift-certificate'),
    );
    expect(forklift).toBeDefined();
    const found = await cm.get<Catalogue>(`/api/catalogue?kind=training&skillId=${forklift?.id}`);
    expect(found.body.trainings.map((x) => x.name)).toContain('Heftruckcertificaat');
  });

  it('has the redundancy notices of the two catering employers for the coordinator', async () => {
    const coordinator = await as('regie@overstap.demo');
    const notices = await coordinator.get<Notice[]>('/api/redundancy-notices');
    expect(notices.body.map((n) => n.employer.name).sort()).toEqual([
      'Bedrijfsrestaurants De Meierij',
      'Cateringgroep Maasland',
    ]);
    expect(notices.body.reduce((sum, n) => sum + n.peopleCount, 0)).toBe(32);
  });
});
