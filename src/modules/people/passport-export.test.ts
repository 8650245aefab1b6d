import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.ts';
import { PASSPORT_FORMAT, passportExportSchema } from './export-contract.ts';
import { toPassportExport } from './passport-export.ts';
import { planImport, urisOf, type ImportLookups } from './passport-import-plan.ts';
import type { PassportParts } from './passport-reader.ts';

const at = new Date('2025-04-01T08:00:00.000Z');
const skillUri = (c: string) => `urn:overstap:starter:skill:${c}`;
const occUri = (c: string) => `urn:overstap:starter:occupation:${c}`;
const waiter = { id: 7, uri: occUri('waiter'), labelNl: 'Medewerker bediening', labelEn: 'Waiter' };
const carer = { id: 8, uri: occUri('carer'), labelNl: 'Verzorgende IG', labelEn: 'Care assistant' };
const concept = (id: number, code: string) => ({
  id,
  uri: skillUri(code),
  labelNl: code,
  labelEn: null,
});
const job = (id: string, jobTitle: string, startYear: number, endYear: number | null) => ({
  id,
  personId: 'p',
  occupationId: waiter.id,
  occupation: waiter,
  jobTitle,
  employerName: 'Hotel De Gouden Leeuw',
  sector: 'hospitality',
  startYear,
  endYear,
  description: null,
  monthlySalary: 2300,
  hoursPerWeek: 32,
});
const skill = (id: number, code: string, evidence: string, confirmedAt: Date | null = null) => ({
  personId: 'p',
  skillId: id,
  skill: concept(id, code),
  level: 3,
  evidence,
  source: 'work_history',
  note: null,
  confirmedByUserId: confirmedAt ? 'cm' : null,
  confirmedByName: confirmedAt ? 'Casemanager' : null,
  confirmedAt,
  updatedAt: at,
});

const parts: PassportParts = {
  person: {
    id: 'p',
    regionId: 'r',
    userId: null,
    caseOrganisationId: 'uwv',
    currentEmployerId: null,
    pseudonym: 'K-7Q4M',
    givenName: 'Fatima',
    familyName: 'El Amrani',
    email: 'fatima@example.test',
    phone: null,
    postcode: '5341 AB',
    city: 'Oss',
    birthYear: 1978,
    summary: null,
    erasedAt: null,
    createdAt: at,
    updatedAt: at,
  },
  workHistory: [job('w1', 'Kelner', 2010, 2015), job('w2', 'Gastvrouw', 2016, null)],
  education: [
    {
      id: 'e1',
      personId: 'p',
      kind: 'certificate',
      name: 'HACCP',
      level: null,
      institution: 'SVH',
      year: 2012,
      completed: 'completed',
      validUntil: '2027-01-01',
    },
  ],
  skills: [skill(2, 'tr.customer', 'coach_verified', at), skill(1, 'hosp.serving', 'work_history')],
  wishes: {
    personId: 'p',
    sectors: ['care'],
    occupationIds: [carer.id],
    occupations: [carer],
    hoursMin: 24,
    hoursMax: 32,
    maxTravelKm: 25,
    minMonthlySalary: 2400,
    earliestStart: '2025-09-01',
    contractTypes: ['permanent'],
    trainingHoursPerWeek: 8,
    updatedAt: at,
  },
};

const lookups: ImportLookups = {
  skillIdByUri: new Map([
    [skillUri('hosp.serving'), 1],
    [skillUri('tr.customer'), 2],
  ]),
  occupationIdByUri: new Map([
    [waiter.uri, waiter.id],
    [carer.uri, carer.id],
  ]),
};
const cm: Actor = { userId: 'cm', role: 'case_manager', regionId: 'r', organisationId: 'uwv' };
const candidate: Actor = { userId: 'c', role: 'candidate', regionId: 'r', organisationId: null };

describe('passport export (overstap.passport/v1)', () => {
  const doc = toPassportExport(parts, at);

  it('uses URIs instead of ids and validates against its own schema', () => {
    expect(passportExportSchema.parse(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
    expect(doc.format).toBe(PASSPORT_FORMAT);
    expect(doc.workHistory[0]).toMatchObject({ jobTitle: 'Gastvrouw', occupationUri: waiter.uri });
    expect(doc.skills.map((s) => s.uri)).toEqual([
      skillUri('hosp.serving'),
      skillUri('tr.customer'),
    ]);
    expect(doc.skills[1]).toMatchObject({
      evidence: 'coach_verified',
      confirmedAt: at.toISOString(),
    });
    expect(doc.wishes?.occupationUris).toEqual([carer.uri]);
    expect(JSON.stringify(doc)).not.toMatch(/"(id|personId|skillId|occupationId|pseudonym)"/);
  });

  it('does not depend on the order rows come in', () => {
    const shuffled = {
      ...parts,
      workHistory: [...parts.workHistory].reverse(),
      skills: [...parts.skills].reverse(),
    };
    expect(toPassportExport(shuffled, at)).toEqual(doc);
  });

  it('plans the same rows back, for a case manager keeping verified evidence', () => {
    const outcome = planImport(doc, lookups, cm);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.notices).toEqual([]);
    expect(outcome.plan.personal).toEqual(doc.person);
    expect(outcome.plan.workHistory.map((w) => [w.jobTitle, w.occupationId])).toEqual([
      ['Gastvrouw', 7],
      ['Kelner', 7],
    ]);
    expect(outcome.plan.skills).toContainEqual({
      skillId: 2,
      level: 3,
      evidence: 'coach_verified',
      source: 'work_history',
      note: null,
      confirmedAt: at,
    });
    expect(outcome.plan.wishes?.occupationIds).toEqual([8]);
  });

  it('records verified evidence a candidate imports as self, with a notice', () => {
    const outcome = planImport(doc, lookups, candidate);
    if (!outcome.ok) throw new Error('expected a plan');
    expect(outcome.notices).toEqual([
      {
        path: 'skills[1].evidence',
        message: 'coach_verified is not verified here; recorded as self',
      },
    ]);
    expect(outcome.plan.skills.find((s) => s.skillId === 2)).toMatchObject({
      evidence: 'self',
      confirmedAt: null,
    });
  });

  it('names the path of every unknown or repeated URI', () => {
    const bad = {
      ...doc,
      skills: [...doc.skills, { ...doc.skills[0]!, uri: skillUri('nope') }, doc.skills[0]!],
      workHistory: [{ ...doc.workHistory[0]!, occupationUri: occUri('nope') }],
    };
    expect(urisOf(bad).skills).toHaveLength(3);
    const outcome = planImport(bad, lookups, cm);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.map((e) => e.path)).toEqual([
      'workHistory[0].occupationUri',
      'skills[2].uri',
      'skills[3].uri',
    ]);
  });
});
