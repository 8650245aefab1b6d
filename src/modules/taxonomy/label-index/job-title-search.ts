import type { ConceptHit } from '../contracts.ts';
import type { LabelIndex } from './label-index.ts';
import { textSimilarity, trigramProfile, wordSimilarity } from './trigrams.ts';

/** Words of a job title that count (titles are short; the rest is noise). */
const MAX_TITLE_WORDS = 8;
/** Labels kept by the cheap score before the tie-break on length. */
const PRESELECT = 600;
/** Labels given the full score after the shortlist. */
const SHORTLIST = 150;

export interface JobTitleSearch {
  /** Normalised with toSearchText. */
  title: string;
  lang: 'nl' | 'en';
  scheme: string | null;
  limit: number;
}

/**
 * Job title → occupation: people type their own titles ("medewerker bediening",
 * "zorgmedewerker niveau 3"); rank occupations by how much of the title a label covers (pg_trgm
 * word similarity both ways) and by whole-label trigram similarity, best label per occupation:
 *   0.45 × word_similarity(title, label) + 0.35 × word_similarity(label, title)
 *   + 0.2 × similarity(title, label) + 0.5 for the whole label
 *   + 0.02 for a preferred label + 0.03 in the requested language.
 * Only the SHORTLIST labels that best cover the title's words get that score (jobTitleShortlist).
 * The trigram functions are pg_trgm's, computed here (trigrams.ts; checked against PostgreSQL).
 */
export function searchJobTitle(index: LabelIndex, query: JobTitleSearch): ConceptHit[] {
  const q = query.title;
  const title = trigramProfile(q);
  const best = new Map<number, { score: number; label: number; closest: number }>();
  for (const label of jobTitleShortlist(index, q, query.scheme, SHORTLIST)) {
    const text = index.textOf(label);
    const profile = trigramProfile(text);
    const similarity = textSimilarity(title, profile);
    const score =
      0.45 * wordSimilarity(title, profile) +
      0.35 * wordSimilarity(profile, title) +
      0.2 * similarity +
      (text === q ? 0.5 : 0) +
      (index.isPreferred(label) ? 0.02 : 0) +
      (index.langOf(label) === query.lang ? 0.03 : 0);
    const concept = index.conceptOf(label);
    const seen = best.get(concept);
    if (!seen) best.set(concept, { score, label, closest: similarity });
    else {
      seen.score = Math.max(seen.score, score);
      // The label shown as matched: the one most similar to the title as a whole.
      if (similarity > seen.closest) {
        seen.label = label;
        seen.closest = similarity;
      }
    }
  }
  return [...best.entries()]
    .sort(([a, x], [b, y]) => y.score - x.score || index.conceptIdOf(a) - index.conceptIdOf(b))
    .slice(0, query.limit)
    .map(([concept, hit]) => index.present(concept, hit.label, hit.score, query.lang));
}

/**
 * The `size` occupation labels that best cover the title's words, found word by word (comparing
 * the title with all ~58,000 ESCO occupation labels would take far longer):
 *   1. each title word → the vocabulary words it may mean (LabelIndex.closeVocabulary: itself,
 *      typos and other forms by trigram similarity, longer forms of the unfinished last word);
 *   2. every label holding one of those → a cheap score: 0.55 × share of the title's words found
 *      in the label + 0.45 × share of the label's words found in the title, each word counted
 *      with its best closeness;
 *   3. the best PRESELECT by that score (then label id), of which the `size` best by score, then
 *      the shorter label, then label id. Returns index positions.
 */
export function jobTitleShortlist(
  index: LabelIndex,
  title: string,
  scheme: string | null,
  size: number,
): number[] {
  const words = [...new Set(title.split(' ').filter(Boolean))].slice(0, MAX_TITLE_WORDS);
  if (words.length === 0) return [];
  const close = words.map((word, i) =>
    index.closeVocabulary(word, i === words.length - 1 && word.length >= 3),
  );
  // Closeness of every vocabulary word to each title word (0 where not close), for fast lookups.
  const closeness = close.map((byWord) => {
    const row = new Float32Array(index.vocabularySize);
    for (const [w, c] of byWord) row[w] = c;
    return row;
  });
  const seen = new Uint8Array(index.size);
  const labels: number[] = [];
  for (const byWord of close) {
    for (const w of byWord.keys()) {
      for (const l of index.labelsHolding(w)) {
        if (seen[l] === 0) {
          seen[l] = 1;
          labels.push(l);
        }
      }
    }
  }

  const scored: { label: number; cheap: number; id: number }[] = [];
  for (const label of labels) {
    if (!index.offers(label, scheme)) continue;
    const labelWords = index.wordsOf(label);
    let titleFound = 0;
    for (const row of closeness) {
      let best = 0;
      for (const w of labelWords) if (row[w]! > best) best = row[w]!;
      titleFound += best;
    }
    let labelFound = 0;
    for (const w of labelWords) {
      let best = 0;
      for (const row of closeness) if (row[w]! > best) best = row[w]!;
      labelFound += best;
    }
    const cheap =
      (0.55 * titleFound) / words.length +
      (0.45 * labelFound) / Math.max(1, index.wordCountOf(label));
    scored.push({ label, cheap, id: index.databaseIdOf(label) });
  }
  return scored
    .sort((a, b) => b.cheap - a.cheap || a.id - b.id)
    .slice(0, PRESELECT)
    .sort(
      (a, b) =>
        b.cheap - a.cheap ||
        index.textOf(a.label).length - index.textOf(b.label).length ||
        a.id - b.id,
    )
    .slice(0, size)
    .map((s) => s.label);
}
