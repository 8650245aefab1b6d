/**
 * The dashboard's figures before suppression: tables of cells, plus the additive relations
 * between cells ("groups") that the suppression must respect. One generic shape for every table
 * so that suppression, the API, the UI's table alternatives and the CSV/XLSX exports treat all
 * tables alike.
 */
export type CellKind = 'count' | 'rate' | 'days' | 'euros' | 'cents' | 'number';

export interface RawCell {
  value: number | null;
  kind: CellKind;
  /**
   * For a figure computed from people (a rate, a median, money): how many people it rests on.
   * Below the threshold it is hidden, like a count.
   */
  basis?: number;
  /** Count cells (refs) a derived figure is computed from: hidden when one of them is. */
  dependsOn?: string[];
}

export interface RawRow {
  key: string;
  /** A display name for keys that are not codes (an employer's or a sector's name). */
  label?: string;
  /** When the row's figures are of another kind than its columns (a rate among counts). */
  kind?: CellKind;
  cells: Record<string, RawCell>;
}

export interface RawTable {
  id: string;
  columns: { key: string; kind: CellKind }[];
  rows: RawRow[];
}

export interface RawFigures {
  tables: RawTable[];
  /**
   * Additive relations: in each group the counts satisfy one linear equation (usually a total and
   * its parts), so one hidden cell could be worked out from the others.
   */
  groups: string[][];
}

/** A cell's address: `table/row/column`. */
export const ref = (table: string, row: string, column: string): string =>
  `${table}/${row}/${column}`;

export const count = (value: number): RawCell => ({ value, kind: 'count' });
export const derived = (
  kind: Exclude<CellKind, 'count'>,
  value: number | null,
  basis: number,
  dependsOn?: string[],
): RawCell => ({ value, kind, basis, ...(dependsOn ? { dependsOn } : {}) });

/** Quantiles of a list (linear interpolation between order statistics), sorting it once. */
export function quantiles(values: readonly number[], qs: readonly number[]): (number | null)[] {
  if (values.length === 0) return qs.map(() => null);
  // A typed array sorts numbers natively (no comparator calls): fast on 100,000 values.
  const sorted = Float64Array.from(values).sort();
  return qs.map((q) => {
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const a = sorted[lo] ?? 0;
    const b = sorted[Math.ceil(pos)] ?? a;
    return Math.round((a + (b - a) * (pos - lo)) * 10) / 10;
  });
}

export const quantile = (values: readonly number[], q: number): number | null =>
  quantiles(values, [q])[0] ?? null;
