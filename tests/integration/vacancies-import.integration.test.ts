import { count } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StarterTaxonomy } from '../../src/modules/taxonomy/starter/types.ts';
import {
  loadStarterTaxonomy,
  starterSkillUri,
} from '../../src/modules/taxonomy/use-cases/load-starter-taxonomy.ts';
import type { Vacancy, VacancyImportReport } from '../../src/modules/vacancies/contracts.ts';
import { vacancies } from '../../src/modules/vacancies/schema.ts';
import type { ApiClient } from '../helpers/api-client.ts';
import { aRegion, anOrganisation, aUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { testApp, type TestApp } from '../helpers/test-app.ts';

const mini: StarterTaxonomy = {
  scheme: 'starter',
  version: 'test',
  sectors: [{ code: 'care', labelNl: 'Zorg', labelEn: 'Care', shortage: true }],
  skillGroups: [],
  skills: [
    {
      code: 'care.washing',
      type: 'skill',
      labelNl: 'Helpen bij wassen',
      labelEn: 'Help washing',
      altLabelsNl: ['wassen'],
      altLabelsEn: [],
    },
    {
      code: 'hosp.coffee',
      type: 'skill',
      labelNl: 'Koffie zetten',
      labelEn: 'Make coffee',
      altLabelsNl: [],
      altLabelsEn: [],
    },
  ],
  occupations: [
    {
      code: 'occ.care-helper',
      sector: 'care',
      labelNl: 'Helpende zorg en welzijn',
      labelEn: 'Care helper',
      altLabelsNl: ['helpende'],
      altLabelsEn: [],
      descriptionNl: 'Helpt cliënten.',
      essentialSkills: ['care.washing'],
      optionalSkills: ['hosp.coffee'],
    },
  ],
};

const header =
  'titel;beroep;uren;salaris;postcode;plaats;startdatum;aantal;contract;vaardigheden;taken';
const validRows = [
  'Helpende;Helpende zorg en welzijn;24-32;2.400 - 2.900;5341 AB;Oss;1-9-2030;2;vast;;"Wassen; Koffie"',
  `Zorghulp;;32;;;Veghel;2030-10-01;1;tijdelijk;"${starterSkillUri('care.washing')};Koffie zetten";`,
];
const invalidRows = [
  'Nachtdienst;;;;;Uden;31-02-2030;1;vast;;',
  'Huishoudelijke hulp;;;;;Uden;;1;;Breien;',
  ';;;;;;;1;;;',
  'Gastvrouw;Astronaut;veel;;12345;;;nul;freelance;;',
];
const csv = (rows: string[]) => ({
  filename: 'vacatures.csv',
  contentBase64: Buffer.from([header, ...rows].join('\r\n'), 'utf8').toString('base64'),
});

describe('importing a vacancy list', () => {
  let t: TestApp;
  const as = async (email: string): Promise<ApiClient> => {
    const c = t.client();
    expect((await c.login(email, TEST_PASSWORD)).status).toBe(200);
    return c;
  };
  const stored = async () => (await t.db.select({ n: count() }).from(vacancies))[0]?.n ?? 0;

  beforeAll(async () => {
    t = await testApp();
    await loadStarterTaxonomy(t.db, mini);
    const region = await aRegion(t.db);
    const care = await anOrganisation(t.db, {
      regionId: region.id,
      name: 'Zorg',
      kinds: ['hiring_employer'],
    });
    const other = await anOrganisation(t.db, {
      regionId: region.id,
      name: 'Anders',
      kinds: ['hiring_employer'],
    });
    await aUser(t.db, {
      regionId: region.id,
      role: 'employer',
      organisationId: care.id,
      email: 'imp@v.test',
    });
    await aUser(t.db, {
      regionId: region.id,
      role: 'employer',
      organisationId: other.id,
      email: 'other@v.test',
    });
    await aUser(t.db, { regionId: region.id, role: 'candidate', email: 'cand-imp@v.test' });
  });
  afterAll(() => t.close());

  it('dry run: reports every invalid row by row and column, and saves nothing', async () => {
    const e = await as('imp@v.test');
    const res = await e.post<VacancyImportReport>('/api/vacancies/import', {
      ...csv([...validRows, ...invalidRows]),
      dryRun: true,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, saved: false, rowCount: 6, vacancyIds: [] });
    expect(res.body.preview.map((p) => p.row)).toEqual([2, 3]);
    const fields = res.body.errors.map((x) => `${x.row}:${x.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        '4:startDate',
        '5:skills',
        '6:title',
        '7:occupation',
        '7:hours',
        '7:positions',
        '7:contractType',
      ]),
    );
    for (const err of res.body.errors) expect(err.message.startsWith(`${err.field}: `)).toBe(true);
    expect(await stored()).toBe(0);
  });

  it('a real import with any invalid row is refused with 400 and saves nothing', async () => {
    const e = await as('imp@v.test');
    const res = await e.post<VacancyImportReport>(
      '/api/vacancies/import',
      csv([...validRows, invalidRows[0] as string]),
    );
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_input', field: 'rows' });
    expect(res.body.saved).toBe(false);
    expect(res.body.errors).toEqual([expect.objectContaining({ row: 4, field: 'startDate' })]);
    expect(await stored()).toBe(0);
  });

  it('a valid file saves every row, with requirements from the occupation or the listed skills', async () => {
    const e = await as('imp@v.test');
    const dry = await e.post<VacancyImportReport>('/api/vacancies/import', {
      ...csv(validRows),
      dryRun: true,
    });
    expect(dry.body).toMatchObject({ saved: false, errors: [] });
    expect(await stored()).toBe(0);
    const res = await e.post<VacancyImportReport>('/api/vacancies/import', csv(validRows));
    expect(res.status).toBe(201);
    expect(res.body.saved).toBe(true);
    expect(res.body.vacancyIds).toHaveLength(2);
    expect(await stored()).toBe(2);
    const list = await e.get<Vacancy[]>('/api/vacancies');
    const helpende = list.body.find((v) => v.title === 'Helpende');
    expect(helpende).toMatchObject({
      hoursMin: 24,
      hoursMax: 32,
      salaryMin: 2400,
      salaryMax: 2900,
      startDate: '2030-09-01',
      positions: 2,
      contractType: 'permanent',
      tasks: ['Wassen', 'Koffie'],
      lat: expect.any(Number),
    });
    expect(helpende?.requirements.map((r) => r.importance).sort()).toEqual([
      'essential',
      'optional',
    ]);
    const zorghulp = list.body.find((v) => v.title === 'Zorghulp');
    expect(zorghulp?.contractType).toBe('fixed_term');
    expect(zorghulp?.requirements.map((r) => r.skill.uri).sort()).toEqual(
      [starterSkillUri('care.washing'), starterSkillUri('hosp.coffee')].sort(),
    );
  });

  it('reads XLSX too, and reports a missing title column on row 1', async () => {
    const e = await as('imp@v.test');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Vacatures');
    sheet.addRow(['Title', 'Occupation', 'Start date', 'Skills']);
    sheet.addRow(['Koffiedame', 'helpende', new Date(Date.UTC(2030, 0, 6)), 'Koffie zetten']);
    const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const res = await e.post<VacancyImportReport>('/api/vacancies/import', {
      filename: 'lijst.xlsx',
      contentBase64,
    });
    expect(res.status).toBe(201);
    const [id] = res.body.vacancyIds;
    const v = await e.get<Vacancy>(`/api/vacancies/${id}`);
    expect(v.body).toMatchObject({ title: 'Koffiedame', startDate: '2030-01-06' });
    expect(v.body.requirements.map((r) => r.skill.uri)).toEqual([starterSkillUri('hosp.coffee')]);

    const noTitle = await e.post<VacancyImportReport>('/api/vacancies/import', {
      filename: 'x.csv',
      contentBase64: Buffer.from('plaats\nOss').toString('base64'),
      dryRun: true,
    });
    expect(noTitle.body.errors).toEqual([expect.objectContaining({ row: 1, field: 'title' })]);
  });

  it('refuses unreadable files naming the field, and people who may not post', async () => {
    const e = await as('imp@v.test');
    const before = await stored();
    const wrongType = await e.post<{ error: { field: string } }>('/api/vacancies/import', {
      filename: 'lijst.pdf',
      contentBase64: 'AAAA',
    });
    expect(wrongType.body.error.field).toBe('filename');
    const broken = await e.post<{ error: { field: string } }>('/api/vacancies/import', {
      filename: 'lijst.xlsx',
      contentBase64: Buffer.from('geen zip').toString('base64'),
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error.field).toBe('contentBase64');
    const cand = await as('cand-imp@v.test');
    expect((await cand.post('/api/vacancies/import', csv(validRows))).status).toBe(403);
    const other = await as('other@v.test');
    const orgs = await e.get<{ id: string }[]>('/api/organisations');
    const forA = await other.post('/api/vacancies/import', {
      ...csv(validRows),
      employerId: orgs.body[0]?.id,
    });
    expect(forA.status).toBe(403);
    expect(await stored()).toBe(before);
  });
});
