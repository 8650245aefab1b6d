import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Catalogue,
  MatchingEvent,
  Service,
  ShadowingSlot,
  Training,
} from '../../src/modules/offers/contracts.ts';
import type { StarterTaxonomy } from '../../src/modules/taxonomy/starter/types.ts';
import {
  loadStarterTaxonomy,
  starterSkillUri,
} from '../../src/modules/taxonomy/use-cases/load-starter-taxonomy.ts';
import type { Vacancy } from '../../src/modules/vacancies/contracts.ts';
import type { ApiClient } from '../helpers/api-client.ts';
import { aRegion, anOrganisation, aUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';

const skillCodes = ['care.washing', 'log.forklift', 'safety.vca', 'lang.nt2'] as const;
const mini: StarterTaxonomy = {
  scheme: 'starter',
  version: 'test',
  sectors: [
    { code: 'care', labelNl: 'Zorg', labelEn: 'Care', shortage: true },
    { code: 'logistics', labelNl: 'Logistiek', labelEn: 'Logistics', shortage: true },
  ],
  skillGroups: [],
  skills: skillCodes.map((code) => ({
    code,
    type: 'skill' as const,
    labelNl: `Vaardigheid ${code}`,
    labelEn: code,
    altLabelsNl: [],
    altLabelsEn: [],
  })),
  occupations: [
    {
      code: 'occ.forklift-driver',
      sector: 'logistics',
      labelNl: 'Heftruckchauffeur',
      labelEn: 'Forklift driver',
      altLabelsNl: [],
      altLabelsEn: [],
      descriptionNl: 'Rijdt heftruck.',
      essentialSkills: ['log.forklift', 'safety.vca'],
      optionalSkills: [],
    },
  ],
};

describe('the offer catalogue', () => {
  let t: TestApp;
  const skill = new Map<string, number>();
  let occupationId = 0;
  const as = async (email: string): Promise<ApiClient> => {
    const c = t.client();
    expect((await c.login(email, TEST_PASSWORD)).status).toBe(200);
    return c;
  };
  const training = (overrides: Record<string, unknown> = {}) => ({
    name: 'Heftruckcertificaat',
    qualification: 'Certificaat heftruckchauffeur (TCVT)',
    sector: 'logistics',
    weeks: 1,
    hoursPerWeek: 16,
    costEur: 450,
    startDates: ['2030-03-02', '2030-02-02'],
    modality: 'classroom',
    city: 'Veghel',
    funding: ['uwv', 'training_fund'],
    skills: [{ skillId: skill.get('log.forklift'), level: 2 }],
    ...overrides,
  });
  const publish = async <T>(c: ApiClient, url: string, body: unknown): Promise<T> => {
    const res = await c.post<T>(url, body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };

  beforeAll(async () => {
    t = await testApp();
    await loadStarterTaxonomy(t.db, mini);
    const region = await aRegion(t.db);
    const far = await aRegion(t.db);
    const school = await anOrganisation(t.db, {
      regionId: region.id,
      name: 'Vakschool',
      kinds: ['training_provider'],
    });
    const coach = await anOrganisation(t.db, {
      regionId: region.id,
      name: 'Loopbaanbureau',
      kinds: ['training_provider', 'initiative'],
    });
    const dc = await anOrganisation(t.db, {
      regionId: region.id,
      name: 'DC Veghel',
      kinds: ['hiring_employer'],
      sector: 'logistics',
    });
    const dc2 = await anOrganisation(t.db, {
      regionId: region.id,
      name: 'DC Oss',
      kinds: ['hiring_employer'],
    });
    const uwv = await anOrganisation(t.db, {
      regionId: region.id,
      name: 'UWV',
      kinds: ['public_employment_service'],
    });
    const partnership = await anOrganisation(t.db, {
      regionId: region.id,
      name: 'Regio',
      kinds: ['regional_partnership'],
    });
    const farUwv = await anOrganisation(t.db, {
      regionId: far.id,
      name: 'UWV ver',
      kinds: ['public_employment_service'],
    });
    const users: [string, string, string | null, string][] = [
      ['school@o.test', 'provider', school.id, region.id],
      ['coach@o.test', 'provider', coach.id, region.id],
      ['dc@o.test', 'employer', dc.id, region.id],
      ['dc2@o.test', 'employer', dc2.id, region.id],
      ['cm@o.test', 'case_manager', uwv.id, region.id],
      ['coord@o.test', 'coordinator', partnership.id, region.id],
      ['far@o.test', 'case_manager', farUwv.id, far.id],
      ['cand@o.test', 'candidate', null, region.id],
    ];
    for (const [email, role, organisationId, regionId] of users) {
      await aUser(t.db, { email, role: role as 'employer', organisationId, regionId });
    }
    const cm = await as('cm@o.test');
    for (const code of skillCodes) {
      const hits = await cm.get<{ id: number; uri: string }[]>(
        `/api/taxonomy/skills?q=${encodeURIComponent(code)}`,
      );
      skill.set(code, hits.body.find((h) => h.uri === starterSkillUri(code))?.id ?? 0);
    }
    occupationId =
      (await cm.get<{ id: number }[]>('/api/taxonomy/occupations?q=heftruck')).body[0]?.id ?? 0;
  });
  afterAll(() => t.close());

  it('a provider publishes trainings; another provider cannot change them', async () => {
    const school = await as('school@o.test');
    const tr = await publish<Training>(school, '/api/trainings', training());
    expect(tr).toMatchObject({
      provider: { name: 'Vakschool' },
      startDates: ['2030-02-02', '2030-03-02'],
      lat: expect.closeTo(51.62, 1),
      skills: [{ skill: { uri: starterSkillUri('log.forklift') }, level: 2 }],
      status: 'published',
    });
    const draft = await publish<Training>(
      school,
      '/api/trainings',
      training({ name: 'VCA Basis (concept)', status: 'draft' }),
    );
    const coach = await as('coach@o.test');
    expect((await coach.patch(`/api/trainings/${tr.id}`, { costEur: 1 })).status).toBe(403);
    expect((await coach.patch(`/api/trainings/${draft.id}`, { costEur: 1 })).status).toBe(404);
    expect((await coach.get(`/api/trainings/${draft.id}`)).status).toBe(404);
    const changed = await school.patch<Training>(`/api/trainings/${tr.id}`, {
      costEur: 395,
      skills: [
        { skillId: skill.get('log.forklift'), level: 3 },
        { skillId: skill.get('safety.vca') },
      ],
    });
    expect(changed.body.costEur).toBe(395);
    expect(changed.body.skills.map((s) => s.level).sort()).toEqual([2, 3]);
    const dc = await as('dc@o.test');
    expect((await dc.post('/api/trainings', training())).status).toBe(403);
    expect((await dc.patch(`/api/trainings/${tr.id}`, { costEur: 1 })).status).toBe(403);
  });

  it('validates trainings, naming the field', async () => {
    const school = await as('school@o.test');
    const cases: [Record<string, unknown>, string][] = [
      [{ startDates: [] }, 'startDates'],
      [{ skills: [] }, 'skills'],
      [{ skills: [{ skillId: 999999 }] }, 'skills.0.skillId'],
      [{ weeks: 0 }, 'weeks'],
      [{ funding: ['lottery'] }, 'funding.0'],
    ];
    for (const [body, field] of cases) {
      const res = await school.post<{ error: { field: string; message: string } }>(
        '/api/trainings',
        training(body),
      );
      expect(res.status, field).toBe(400);
      expect(res.body.error.field).toBe(field);
    }
    const continuous = await school.post<Training>(
      '/api/trainings',
      training({
        name: 'NT2 doorlopend',
        startDates: [],
        continuousIntake: true,
        skills: [{ skillId: skill.get('lang.nt2') }],
        sector: null,
        funding: ['municipality'],
        costEur: 0,
      }),
    );
    expect(continuous.status).toBe(201);
  });

  it('candidates see what is published; case managers all of their region; another region nothing', async () => {
    const cand = await as('cand@o.test');
    const seen = await cand.get<Training[]>('/api/trainings?status=all');
    expect(seen.body.length).toBeGreaterThan(0);
    expect(seen.body.every((x) => x.status === 'published')).toBe(true);
    const cm = await as('cm@o.test');
    const all = await cm.get<Training[]>('/api/trainings?status=all');
    expect(all.body.some((x) => x.status === 'draft')).toBe(true);
    expect(all.body.length).toBeGreaterThan(seen.body.length);
    const school = await as('school@o.test');
    const mine = await school.get<Training[]>('/api/trainings?mine=true&status=draft');
    expect(mine.body.map((x) => x.name)).toEqual(['VCA Basis (concept)']);
    const far = await as('far@o.test');
    const farCatalogue = await far.get<Catalogue>('/api/catalogue?status=all');
    expect(farCatalogue.body).toEqual({
      trainings: [],
      services: [],
      shadowingSlots: [],
      matchingEvents: [],
    });
    expect((await far.get(`/api/trainings/${seen.body[0]?.id}`)).status).toBe(404);
  });

  it('services: providers publish coaching and scans, filtered by kind, cost and funding', async () => {
    const coach = await as('coach@o.test');
    const grief = await publish<Service>(coach, '/api/services', {
      kind: 'grief_counselling',
      name: 'Rouwverwerking na baanverlies',
      targetGroup: 'Boventalligen die hun baan verliezen',
      durationWeeks: 6,
      costEur: 750,
      capacity: 12,
      funding: ['employer', 'training_fund'],
    });
    await publish<Service>(coach, '/api/services', {
      kind: 'talent_scan',
      name: 'Talentenscan',
      costEur: 0,
      funding: ['uwv'],
    });
    const school = await as('school@o.test');
    expect((await school.patch(`/api/services/${grief.id}`, { costEur: 1 })).status).toBe(403);
    const cand = await as('cand@o.test');
    const cheap = await cand.get<Service[]>('/api/services?maxCost=100');
    expect(cheap.body.map((s) => s.name)).toEqual(['Talentenscan']);
    const employerPaid = await cand.get<Service[]>('/api/services?funding=employer');
    expect(employerPaid.body.map((s) => s.kind)).toEqual(['grief_counselling']);
    const byKind = await cand.get<Service[]>('/api/services?serviceKind=talent_scan');
    expect(byKind.body).toHaveLength(1);
  });

  it('job shadowing: a hiring employer offers one day to one week, at its own vacancy', async () => {
    const dc = await as('dc@o.test');
    const vacancy = (
      await dc.post<Vacancy>('/api/vacancies', {
        title: 'Heftruckchauffeur',
        occupationId,
        fromOccupation: true,
      })
    ).body;
    const slot = await publish<ShadowingSlot>(dc, '/api/shadowing-slots', {
      title: 'Meelopen in het magazijn',
      vacancyId: vacancy.id,
      startDate: '2030-02-10',
      endDate: '2030-02-12',
      capacity: 3,
      city: 'Veghel',
    });
    expect(slot).toMatchObject({
      vacancy: { id: vacancy.id },
      occupation: { id: occupationId },
      sector: 'logistics',
    });
    const long = await dc.post<{ error: { field: string } }>('/api/shadowing-slots', {
      title: 'Te lang',
      startDate: '2030-02-10',
      endDate: '2030-02-20',
    });
    expect(long.body.error.field).toBe('endDate');
    const dc2 = await as('dc2@o.test');
    const foreign = await dc2.post<{ error: { field: string } }>('/api/shadowing-slots', {
      title: 'Niet van mij',
      vacancyId: vacancy.id,
      startDate: '2030-02-10',
      endDate: '2030-02-10',
    });
    expect(foreign.body.error.field).toBe('vacancyId');
    expect((await dc2.patch(`/api/shadowing-slots/${slot.id}`, { capacity: 9 })).status).toBe(403);
    const school = await as('school@o.test');
    expect(
      (
        await school.post('/api/shadowing-slots', {
          title: 'Meelopen',
          startDate: '2030-02-10',
          endDate: '2030-02-10',
        })
      ).status,
    ).toBe(403);
  });

  it('matching events: coordinators plan them, employers do not', async () => {
    const coord = await as('coord@o.test');
    await publish<MatchingEvent>(coord, '/api/matching-events', {
      title: 'Ombuigmarkt zorg en welzijn',
      sector: 'care',
      date: '2030-03-15',
      city: "'s-Hertogenbosch",
      venue: 'Provinciehuis',
      capacity: 200,
    });
    await publish<MatchingEvent>(coord, '/api/matching-events', {
      title: 'Banenmarkt logistiek',
      sector: 'logistics',
      date: '2030-05-20',
      city: 'Veghel',
    });
    const dc = await as('dc@o.test');
    expect(
      (await dc.post('/api/matching-events', { title: 'Eigen markt', date: '2030-01-01' })).status,
    ).toBe(403);
    const cand = await as('cand@o.test');
    const march = await cand.get<MatchingEvent[]>(
      '/api/matching-events?startFrom=2030-03-01&startTo=2030-03-31',
    );
    expect(march.body.map((e) => e.title)).toEqual(['Ombuigmarkt zorg en welzijn']);
  });

  it('the catalogue: a case manager finds the training that teaches a skill, and narrows by the other filters', async () => {
    const cm = await as('cm@o.test');
    const vca = await cm.get<Catalogue>(`/api/catalogue?skillId=${skill.get('safety.vca')}`);
    expect(vca.status).toBe(200);
    expect(vca.body.trainings.map((x) => x.name)).toEqual(['Heftruckcertificaat']);
    expect(vca.body.services).toEqual([]);
    expect(vca.body.matchingEvents).toEqual([]);
    expect(vca.body.shadowingSlots.map((s) => s.title)).toEqual(['Meelopen in het magazijn']);

    const nt2 = await cm.get<Catalogue>(
      `/api/catalogue?skillId=${skill.get('lang.nt2')}&startFrom=2031-01-01`,
    );
    expect(nt2.body.trainings.map((x) => x.name)).toEqual(['NT2 doorlopend']);
    const february = await cm.get<Catalogue>(
      '/api/catalogue?kind=training&startFrom=2030-02-01&startTo=2030-02-28',
    );
    expect(february.body.trainings.map((x) => x.name).sort()).toEqual([
      'Heftruckcertificaat',
      'NT2 doorlopend',
    ]);
    const april = await cm.get<Catalogue>(
      '/api/catalogue?kind=training&startFrom=2030-04-01&startTo=2030-04-30',
    );
    expect(april.body.trainings.map((x) => x.name)).toEqual(['NT2 doorlopend']);
    const logistics = await cm.get<Catalogue>('/api/catalogue?sector=logistics');
    expect(logistics.body.trainings.map((x) => x.name)).toEqual(['Heftruckcertificaat']);
    expect(logistics.body.matchingEvents.map((x) => x.title)).toEqual(['Banenmarkt logistiek']);
    expect(logistics.body.services).toEqual([]);
    const municipality = await cm.get<Catalogue>('/api/catalogue?funding=municipality');
    expect(municipality.body.trainings.map((x) => x.name)).toEqual(['NT2 doorlopend']);
    expect(municipality.body.shadowingSlots).toEqual([]);
    const cheap = await cm.get<Catalogue>('/api/catalogue?maxCost=400&kind=training');
    expect(cheap.body.trainings.map((x) => x.name).sort()).toEqual([
      'Heftruckcertificaat',
      'NT2 doorlopend',
    ]);
    const text = await cm.get<Catalogue>('/api/catalogue?q=rouw');
    expect(text.body.services.map((s) => s.kind)).toEqual(['grief_counselling']);
    expect(text.body.trainings).toEqual([]);
    const bad = await cm.get<{ error: { field: string } }>('/api/catalogue?startFrom=morgen');
    expect(bad.body.error.field).toBe('querystring.startFrom');
  });
});
