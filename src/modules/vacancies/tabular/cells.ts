/**
 * Reading the cells of an uploaded list the way Dutch spreadsheets write them: dates as
 * 1-9-2025 or 2025-09-01, amounts as € 2.600,00, ranges as 24-32 or 24 tot 32.
 * Every parser answers a value or a message (without the field name; the caller adds it).
 */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(message: string): CellResult<T> => ({ ok: false, message });

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** "2025-09-01", "1-9-2025", "01/09/2025", "1.9.2025" → "2025-09-01"; empty → null. */
export function parseDateCell(text: string): CellResult<string | null> {
  const s = text.trim();
  if (s === '') return ok(null);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  const parts = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dutch
      ? [Number(dutch[3]), Number(dutch[2]), Number(dutch[1])]
      : null;
  const date = parts ? validDate(parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0) : null;
  return date ? ok(date) : fail('must be a date like 2025-09-01 or 1-9-2025');
}

/** "2.600", "2600,50", "€ 2.600,-" → 2600 or 2601 (whole euros); "32" → 32. */
export function parseNumber(text: string): number | null {
  const s = text.replace(/[€\s]/g, '').replace(/,-$/, '');
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^\d+(,\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  return null;
}

/** "32" → 32–32, "24-32", "24 – 32", "24 tot 32" → 24–32; empty → null. Whole numbers. */
export function parseRangeCell(text: string): CellResult<{ min: number; max: number } | null> {
  const s = text.trim();
  if (s === '') return ok(null);
  const parts = s.split(/\s*(?:-|–|—|tot|to)\s*/i).filter((p) => p !== '');
  const numbers = parts.map(parseNumber);
  if (numbers.length < 1 || numbers.length > 2 || numbers.some((n) => n === null)) {
    return fail('must be a number or a range like 24-32');
  }
  const [min, max] = (numbers as number[]).map(Math.round);
  if (min === undefined) return fail('must be a number or a range like 24-32');
  const upper = max ?? min;
  if (upper < min) return fail('the range must go from low to high');
  return ok({ min, max: upper });
}

/** A list in one cell: "a; b; c" (also | or line breaks); empty entries dropped. */
export function parseListCell(text: string): string[] {
  return text
    .split(/[;|\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const yes = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x']);
const no = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0', '']);

/** ja/nee, yes/no, true/false, 1/0, x/empty. */
export function parseBooleanCell(text: string): CellResult<boolean> {
  const s = text.trim().toLowerCase();
  if (yes.has(s)) return ok(true);
  if (no.has(s)) return ok(false);
  return fail('must be ja or nee');
}

/** A whole number, or null when empty. */
export function parseIntegerCell(text: string): CellResult<number | null> {
  const s = text.trim();
  if (s === '') return ok(null);
  const n = parseNumber(s);
  return n !== null && Number.isInteger(n) ? ok(n) : fail('must be a whole number');
}
