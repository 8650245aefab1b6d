import { describe, expect, it } from 'vitest';
import type { TableRow } from './tabular/read-table.ts';
import type { Resolution } from './taxonomy-refs.ts';
import { checkVacancyRow, contractTypeOf, vacancyReferences } from './vacancy-import-rows.ts';

const lookups = {
  occupations: new Map<string, Resolution>([
    ['Helpende', { id: 7 }],
    ['Astronaut', { error: 'no occupation called "Astronaut"' }],
  ]),
  skills: new Map<string, Resolution>([
    ['VCA Basis', { id: 11 }],
    ['Heftruck rijden', { id: 12 }],
    ['Breien', { error: 'no skill called "Breien"' }],
  ]),
};
const row = (cells: Record<string, string>, n = 2): TableRow => ({
  row: n,
  cells: { title: 'Orderpicker', ...cells },
});

describe('checking a row of a vacancy list', () => {
  it('turns a good row into the request a form would send', () => {
    const checked = checkVacancyRow(
      row({
        hours: '24-32',
        salary: '€ 2.400 tot 2.800',
        postcode: '5466 SB',
        city: 'Veghel',
        startDate: '1-9-2030',
        positions: '3',
        contractType: 'Tijdelijk',
        skills: 'VCA Basis; Heftruck rijden; VCA Basis',
        tasks: 'picken;scannen',
        jobShadowing: 'ja',
      }),
      lookups,
    );
    expect(checked).toMatchObject({
      ok: true,
      row: 2,
      value: {
        title: 'Orderpicker',
        hoursMin: 24,
        hoursMax: 32,
        salaryMin: 2400,
        salaryMax: 2800,
        startDate: '2030-09-01',
        positions: 3,
        contractType: 'fixed_term',
        jobShadowing: true,
        conditionalContract: false,
        tasks: ['picken', 'scannen'],
        fromOccupation: false,
        requirements: [
          { skillId: 11, importance: 'essential', learnable: false, minLevel: 1 },
          { skillId: 12, importance: 'essential', learnable: false, minLevel: 1 },
        ],
      },
    });
  });

  it('starts from the occupation when no skills are listed', () => {
    const checked = checkVacancyRow(row({ occupation: 'Helpende' }), lookups);
    expect(checked).toMatchObject({
      ok: true,
      value: { occupationId: 7, fromOccupation: true, requirements: [] },
    });
  });

  it('reports every problem of the row by column, messages starting with the column', () => {
    const checked = checkVacancyRow(
      row(
        {
          title: 'X',
          occupation: 'Astronaut',
          skills: 'Breien',
          hours: 'fulltime',
          startDate: '31-02-2030',
          positions: 'twee',
          contractType: 'freelance',
          conditionalContract: 'misschien',
          postcode: '12345',
        },
        9,
      ),
      lookups,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.map((e) => e.field).sort()).toEqual(
      [
        'conditionalContract',
        'contractType',
        'hours',
        'occupation',
        'positions',
        'skills',
        'startDate',
      ].sort(),
    );
    for (const e of checked.errors) {
      expect(e.row).toBe(9);
      expect(e.message.startsWith(`${e.field}: `)).toBe(true);
    }
    const formRules = checkVacancyRow(row({ title: 'X', postcode: '12345' }), lookups);
    expect(formRules.ok ? [] : formRules.errors.map((e) => e.field).sort()).toEqual([
      'postcode',
      'title',
    ]);
  });

  it('knows Dutch contract words and collects references to resolve', () => {
    expect(contractTypeOf('vast')).toBe('permanent');
    expect(contractTypeOf('Uitzendbureau')).toBe('temporary_agency');
    expect(contractTypeOf('BBL')).toBe('apprenticeship');
    expect(contractTypeOf('')).toBeNull();
    expect(contractTypeOf('freelance')).toBeUndefined();
    expect(vacancyReferences([row({ occupation: 'Helpende', skills: 'a; b' }), row({})])).toEqual({
      occupations: ['Helpende'],
      skills: ['a', 'b'],
    });
  });
});
