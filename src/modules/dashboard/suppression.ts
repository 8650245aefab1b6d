import type { CellKind, RawFigures } from './figures.ts';

/**
 * Small-cell suppression (DESIGN.md: reports suppress cells smaller than 5 people).
 *
 * The rule, applied to every count of people the API, the UI and the exports show:
 *
 * 1. Primary: a count below the threshold T (default 5, setting SUPPRESSION_THRESHOLD) — zero
 *    included, so "nobody" cannot be told apart from "one person" — is shown as "< T".
 * 2. Secondary: the figures declare their additive relations (a total and its parts, the months
 *    of a trend and the total started, a row of the transitions matrix and its row total, …).
 *    In every relation either no cell or at least two cells are hidden: when exactly one is,
 *    the smallest other visible count of that relation is hidden too (shown as "x"), and this
 *    repeats until no relation has a single hidden cell (a cell may sit in several relations,
 *    e.g. a row and a column of a matrix). So no hidden cell equals a total minus visible cells.
 * 3. Derived figures (rates, medians, money) are hidden ("x") when they rest on fewer than T
 *    people or are computed from a hidden count.
 *
 * What the rule does not promise: sums of two hidden cells of one relation can still be known
 * (that is the point of hiding two), and combining many relations could in theory narrow a
 * value further; the figures avoid publishing overlapping totals for that reason.
 */
export type Cell = number | string | null;

export const SECONDARY = 'x';
export const primaryMark = (threshold: number): string => `< ${threshold}`;

export interface SuppressedTable {
  id: string;
  columns: { key: string; kind: CellKind }[];
  rows: { key: string; label?: string; kind?: CellKind; cells: Record<string, Cell> }[];
}

export interface SuppressionResult {
  tables: SuppressedTable[];
  /** Refs of the cells hidden by rule 1 and by rule 2 (for tests and the report's legend). */
  primary: string[];
  secondary: string[];
}

interface Slot {
  value: number | null;
  kind: CellKind;
  basis?: number;
  dependsOn?: string[];
  hidden: 'primary' | 'secondary' | null;
}

/** Applies the rule; `threshold: null` returns the figures unsuppressed (operator's CLI). */
export function suppress(figures: RawFigures, threshold: number | null): SuppressionResult {
  const slots = new Map<string, Slot>();
  for (const table of figures.tables) {
    for (const row of table.rows) {
      for (const [column, cell] of Object.entries(row.cells)) {
        const hidden =
          threshold !== null && cell.kind === 'count' && (cell.value ?? 0) < threshold
            ? 'primary'
            : null;
        slots.set(`${table.id}/${row.key}/${column}`, { ...cell, hidden });
      }
    }
  }
  if (threshold !== null) {
    // Rule 2: repeat until stable; every pass hides at least one more cell, so it ends.
    let changed = true;
    while (changed) {
      changed = false;
      for (const group of figures.groups) {
        const members = group
          .map((r) => [r, slots.get(r)] as const)
          .filter((m): m is readonly [string, Slot] => m[1] !== undefined);
        const hiddenCount = members.filter(([, s]) => s.hidden !== null).length;
        if (hiddenCount !== 1) continue;
        const candidates = members
          .filter(([, s]) => s.hidden === null)
          .sort((a, b) => (a[1].value ?? 0) - (b[1].value ?? 0));
        const pick = candidates[0];
        if (!pick) continue;
        pick[1].hidden = 'secondary';
        changed = true;
      }
    }
  }
  const hiddenRef = (r: string) => slots.get(r)?.hidden != null;
  const render = (s: Slot): Cell => {
    if (threshold === null) return s.value;
    if (s.kind === 'count') {
      if (s.hidden === 'primary') return primaryMark(threshold);
      if (s.hidden === 'secondary') return SECONDARY;
      return s.value;
    }
    if (s.value === null) return null;
    if ((s.basis ?? 0) < threshold || (s.dependsOn ?? []).some(hiddenRef)) return SECONDARY;
    return s.value;
  };
  const tables = figures.tables.map((table) => ({
    id: table.id,
    columns: table.columns,
    rows: table.rows.map((row) => ({
      key: row.key,
      ...(row.label !== undefined ? { label: row.label } : {}),
      ...(row.kind !== undefined ? { kind: row.kind } : {}),
      cells: Object.fromEntries(
        Object.keys(row.cells).map((column) => {
          const slot = slots.get(`${table.id}/${row.key}/${column}`);
          return [column, slot ? render(slot) : null];
        }),
      ),
    })),
  }));
  const refsWith = (h: 'primary' | 'secondary') =>
    [...slots.entries()].filter(([, s]) => s.hidden === h).map(([r]) => r);
  return { tables, primary: refsWith('primary'), secondary: refsWith('secondary') };
}
