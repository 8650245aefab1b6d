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

/** Trigrams of a text word by word, in order, repeats kept (pg_trgm's generate_trgm_only). */
function textTrigrams(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(' ')) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  }
  return out;
}

/** A text's trigrams in order and as a set, made once for several comparisons. */
export interface TrigramProfile {
  sequence: string[];
  set: Set<string>;
}

export function trigramProfile(text: string): TrigramProfile {
  const sequence = textTrigrams(text);
  return { sequence, set: new Set(sequence) };
}

/** pg_trgm's similarity(a, b) of two normalised texts: shared ÷ all distinct trigrams. */
export function textSimilarity(a: string | TrigramProfile, b: string | TrigramProfile): number {
  const x = (typeof a === 'string' ? trigramProfile(a) : a).set;
  const y = (typeof b === 'string' ? trigramProfile(b) : b).set;
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  const all = x.size + y.size - shared;
  return all === 0 ? 0 : shared / all;
}

/**
 * pg_trgm's word_similarity(a, b) of two normalised texts: the greatest similarity between the
 * trigram set of `a` and any continuous extent of the ordered trigrams of `b` (the non-strict
 * algorithm of calc_word_similarity / iterate_word_similarity in pg_trgm's trgm_op.c).
 */
export function wordSimilarity(a: string | TrigramProfile, b: string | TrigramProfile): number {
  const wanted = (typeof a === 'string' ? trigramProfile(a) : a).set;
  const sequence = (typeof b === 'string' ? trigramProfile(b) : b).sequence;
  if (wanted.size === 0 || sequence.length === 0) return 0;
  // Trigrams as small numbers: those of `a` first (0 … wanted.size − 1), then the others.
  const numbers = new Map<string, number>();
  for (const t of wanted) numbers.set(t, numbers.size);
  const seq = new Int32Array(sequence.length);
  sequence.forEach((t, i) => {
    let n = numbers.get(t);
    if (n === undefined) {
      n = numbers.size;
      numbers.set(t, n);
    }
    seq[i] = n;
  });
  const ofA = wanted.size;
  const sml = (shared: number, extentSize: number) => shared / (ofA + extentSize - shared);
  const lastPos = new Int32Array(numbers.size).fill(-1);
  let lower = -1;
  let count = 0; // trigrams of `a` in the extent
  let extent = 0; // distinct trigrams in the extent
  let best = 0;
  for (let i = 0; i < seq.length; i++) {
    const t = seq[i]!;
    const found = t < ofA;
    if (lower >= 0 || found) {
      if (lastPos[t]! < 0) {
        extent++;
        if (found) count++;
      }
      lastPos[t] = i;
    }
    if (!found) continue;
    if (lower === -1) {
      lower = i;
      extent = 1;
    }
    let current = sml(count, extent);
    // Moving the lower bound of the extent up may give a greater similarity.
    let tmpCount = count;
    let tmpExtent = extent;
    const prevLower = lower;
    for (let tmpLower = lower; tmpLower <= i; tmpLower++) {
      const s = sml(tmpCount, tmpExtent);
      if (s > current) {
        current = s;
        extent = tmpExtent;
        lower = tmpLower;
        count = tmpCount;
      }
      const u = seq[tmpLower]!;
      if (lastPos[u] === tmpLower) {
        tmpExtent--;
        if (u < ofA) tmpCount--;
      }
    }
    if (current > best) best = current;
    for (let tmpLower = prevLower; tmpLower < lower; tmpLower++) {
      const u = seq[tmpLower]!;
      if (lastPos[u] === tmpLower) lastPos[u] = -1;
    }
  }
  return best;
}
