/**
 * Trigrams of a word as PostgreSQL's pg_trgm makes them: the word padded with two spaces in front
 * and one behind ("kok" → "  k", " ko", "kok", "ok "), each trigram once, sorted.
 */
export function wordTrigrams(word: string): string[] {
  const padded = `  ${word} `;
  const set = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
  return [...set].sort();
}

/** Trigrams two sorted trigram lists share. */
export function sharedTrigrams(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** pg_trgm's similarity of two words: shared trigrams ÷ all distinct trigrams of both (0..1). */
export function trigramSimilarity(a: readonly string[], b: readonly string[]): number {
  const shared = sharedTrigrams(a, b);
  const all = a.length + b.length - shared;
  return all === 0 ? 0 : shared / all;
}
