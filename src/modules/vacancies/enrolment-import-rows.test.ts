import { describe, expect, it } from 'vitest';
import { checkEnrolmentRow, duplicateEmailErrors } from './enrolment-import-rows.ts';
import type { Resolution } from './taxonomy-refs.ts';

const functions = new Map<string, Resolution>([
  ['Kok', { id: 3 }],
  ['Afwasser', { error: 'no occupation called "Afwasser"' }],
]);

describe('checking a row of an employee list', () => {
  it('reads name, e-mail, function and contract end date, matching the function when it can', () => {
    expect(
      checkEnrolmentRow(
        {
          row: 2,
          cells: {
            name: 'Anna Jansen',
            email: 'Anna@X.test',
            function: 'Kok',
            contractEndDate: '30-6-2030',
          },
        },
        functions,
      ),
    ).toEqual({
      ok: true,
      row: 2,
      value: {
        name: 'Anna Jansen',
        email: 'anna@x.test',
        functionTitle: 'Kok',
        occupationId: 3,
        contractEndDate: '2030-06-30',
      },
    });
    const unknownFunction = checkEnrolmentRow(
      { row: 3, cells: { name: 'Bert', function: 'Afwasser' } },
      functions,
    );
    expect(unknownFunction).toMatchObject({
      ok: true,
      value: { functionTitle: 'Afwasser', occupationId: null },
    });
  });

  it('names the column of each problem', () => {
    const bad = checkEnrolmentRow({ row: 4, cells: { name: 'C', email: 'geen-mail' } }, functions);
    expect(bad.ok ? [] : bad.errors.map((e) => [e.row, e.field])).toEqual([
      [4, 'name'],
      [4, 'email'],
    ]);
    const date = checkEnrolmentRow(
      { row: 5, cells: { name: 'Dirk', contractEndDate: 'morgen' } },
      functions,
    );
    expect(date.ok ? [] : date.errors.map((e) => e.message)).toEqual([
      'contractEndDate: must be a date like 2025-09-01 or 1-9-2025',
    ]);
  });

  it('finds e-mail addresses used twice in the file or invited before', () => {
    const errors = duplicateEmailErrors(
      [
        { row: 2, email: 'a@x.test' },
        { row: 3, email: null },
        { row: 4, email: 'a@x.test' },
        { row: 5, email: 'old@x.test' },
      ],
      new Set(['old@x.test']),
    );
    expect(errors.map((e) => `${e.row}:${e.field}`)).toEqual(['4:email', '5:email']);
    expect(errors[0]?.message).toBe('email: a@x.test is also on row 2');
  });
});
