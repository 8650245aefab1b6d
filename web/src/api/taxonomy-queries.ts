import { z } from 'zod';
import { conceptHitSchema, type ConceptHit } from '../../../src/modules/taxonomy/contracts.ts';
import type { Locale } from '../i18n/index.ts';
import { apiRequest } from './client.ts';

/**
 * What an autocomplete searches: skills; occupations (by their labels and, as people type job
 * titles, through the job-title search too); or only the job-title search, whose proposals are
 * the occupations a typed job title most likely means.
 */
export type ConceptSource = 'skills' | 'occupations' | 'job-titles';

/** Fewest characters before a search is worth sending (the job-title API wants 2). */
export const MIN_QUERY_LENGTH = 2;
const LIMIT = 10;

function fetchHits(
  path: 'skills' | 'occupations' | 'job-titles',
  text: string,
  lang: Locale,
): Promise<ConceptHit[]> {
  const params = new URLSearchParams({ lang, limit: String(LIMIT) });
  params.set(path === 'job-titles' ? 'title' : 'q', text);
  return apiRequest('GET', `/api/taxonomy/${path}?${params.toString()}`, z.array(conceptHitSchema));
}

/** Searches the taxonomy over Dutch and English labels; labels come back in `lang`. */
export async function searchConcepts(
  source: ConceptSource,
  text: string,
  lang: Locale,
): Promise<ConceptHit[]> {
  if (source !== 'occupations') return fetchHits(source, text, lang);
  const [byLabel, byTitle] = await Promise.all([
    fetchHits('occupations', text, lang),
    fetchHits('job-titles', text, lang),
  ]);
  const seen = new Set<number>();
  return [...byLabel, ...byTitle]
    .filter((hit) => !seen.has(hit.id) && seen.add(hit.id))
    .slice(0, LIMIT);
}
