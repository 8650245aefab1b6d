import { describe, expect, it } from 'vitest';
import { count, derived, ref, type RawFigures } from './figures.ts';
import { suppress } from './suppression.ts';

/** A one-column table of counts with a total row, declared as one additive group. */
function partsAndTotal(values: Record<string, number>): RawFigures {
  const keys = Object.keys(values);
  const total = Object.values(values).reduce((a, b) => a + b, 0);
  return {
    tables: [
      {
        id: 't',
        columns: [{ key: 'n', kind: 'count' }],
        rows: [
          ...keys.map((key) => ({ key, cells: { n: count(values[key] ?? 0) } })),
          { key: 'total', cells: { n: count(total) } },
        ],
      },
    ],
    groups: [[...keys, 'total'].map((k) => ref('t', k, 'n'))],
  };
}

const cells = (figures: RawFigures, threshold: number | null) =>
  Object.fromEntries(
    suppress(figures, threshold).tables[0]?.rows.map((r) => [r.key, r.cells.n]) ?? [],
  );

describe('small-cell suppression', () => {
  it('shows every count under the threshold as "< 5", zero included', () => {
    expect(cells(partsAndTotal({ a: 12, b: 3, c: 0, d: 9 }), 5)).toEqual({
      a: 12,
      b: '< 5',
      c: '< 5',
      d: 9,
      total: 24,
    });
  });

  it('hides a second cell when a single hidden cell could be worked out from the total', () => {
    // 20 − 12 − 6 would give b = 2: the smallest other part (6) is hidden as well.
    const shown = cells(partsAndTotal({ a: 12, b: 2, c: 6 }), 5);
    expect(shown).toEqual({ a: 12, b: '< 5', c: 'x', total: 20 });
  });

  it('leaves two or more hidden cells alone: their values cannot be told apart', () => {
    expect(cells(partsAndTotal({ a: 12, b: 2, c: 2 }), 5)).toEqual({
      a: 12,
      b: '< 5',
      c: '< 5',
      total: 16,
    });
  });

  it('follows the rule through a matrix until no row or column has one hidden cell', () => {
    // Rows r1, r2 and columns c1, c2 with totals. r1c1 = 3 is small.
    const m = { r1: { c1: 3, c2: 10 }, r2: { c1: 8, c2: 20 } } as const;
    const rowsOf = (['r1', 'r2'] as const).map((r) => ({
      key: r,
      cells: { c1: count(m[r].c1), c2: count(m[r].c2), total: count(m[r].c1 + m[r].c2) },
    }));
    const figures: RawFigures = {
      tables: [
        {
          id: 'm',
          columns: ['c1', 'c2', 'total'].map((key) => ({ key, kind: 'count' as const })),
          rows: [
            ...rowsOf,
            { key: 'total', cells: { c1: count(11), c2: count(30), total: count(41) } },
          ],
        },
      ],
      groups: [
        ...['r1', 'r2', 'total'].map((r) => ['c1', 'c2', 'total'].map((c) => ref('m', r, c))),
        ...['c1', 'c2', 'total'].map((c) => ['r1', 'r2', 'total'].map((r) => ref('m', r, c))),
      ],
    };
    const result = suppress(figures, 5);
    const table = result.tables[0];
    const get = (r: string, c: string) => table?.rows.find((x) => x.key === r)?.cells[c];
    expect(get('r1', 'c1')).toBe('< 5');
    // Each row and column with a hidden cell now has at least two.
    for (const group of figures.groups) {
      const hidden = group.filter(
        (g) => result.primary.includes(g) || result.secondary.includes(g),
      ).length;
      expect(hidden === 0 || hidden >= 2).toBe(true);
    }
    // No hidden cell equals its row total minus the visible cells of that row.
    expect(get('r1', 'c2')).toBe('x');
    expect(get('r2', 'c1')).toBe('x');
    expect(get('r2', 'c2')).toBe('x');
    expect(get('total', 'total')).toBe(41);
  });

  it('hides rates and medians that rest on too few people or on a hidden count', () => {
    const figures: RawFigures = {
      tables: [
        {
          id: 'r',
          columns: [
            { key: 'n', kind: 'count' },
            { key: 'rate', kind: 'rate' },
          ],
          rows: [
            { key: 'small', cells: { n: count(3), rate: derived('rate', 0.5, 3) } },
            {
              key: 'big',
              cells: { n: count(40), rate: derived('rate', 0.25, 40, [ref('r', 'small', 'n')]) },
            },
            { key: 'fine', cells: { n: count(40), rate: derived('rate', 0.75, 40) } },
          ],
        },
      ],
      groups: [],
    };
    const rows = suppress(figures, 5).tables[0]?.rows ?? [];
    expect(rows.map((r) => r.cells.rate)).toEqual(['x', 'x', 0.75]);
  });

  it('takes the threshold as a setting, and none for the operator', () => {
    expect(cells(partsAndTotal({ a: 8, b: 9, c: 12 }), 10)).toEqual({
      a: '< 10',
      b: '< 10',
      c: 12,
      total: 29,
    });
    expect(cells(partsAndTotal({ a: 1, b: 2 }), null)).toEqual({ a: 1, b: 2, total: 3 });
  });
});
