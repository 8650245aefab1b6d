import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { rows } from '../../../db/migrate.ts';
import type { ConceptHit, JobTitleQuery, SearchQuery } from '../contracts.ts';
import { toSearchText } from '../search-text.ts';

type ConceptType = 'skill' | 'occupation';

const table = (t: ConceptType) => (t === 'skill' ? sql.raw('skills') : sql.raw('occupations'));

/**
 * Autocomplete over preferred, alternative and hidden labels in Dutch and English,
 * case- and accent-insensitive. Ranking: whole label, then label prefix, then a word of the label
 * starting with the query, then typo-tolerant trigram word similarity; a preferred label and the
 * requested language win ties. All three conditions are served by the trigram index.
 */
export async function searchConcepts(
  db: Db,
  conceptType: ConceptType,
  query: SearchQuery,
): Promise<ConceptHit[]> {
  const q = toSearchText(query.q);
  if (!q) return [];
  const prefix = `${q}%`;
  const wordPrefix = `% ${q}%`;
  const res = await db.execute(sql`
    with hits as (
      select cl.concept_id,
             max(
               (case when cl.search_text = ${q} then 3
                     when cl.search_text like ${prefix} then 2
                     when cl.search_text like ${wordPrefix} then 1.5
                     else 0 end)
               + word_similarity(${q}, cl.search_text)
               + (case when cl.kind = 'preferred' then 0.1 when cl.kind = 'hidden' then -0.2 else 0 end)
               + (case when cl.lang = ${query.lang} then 0.05 else 0 end)
               - length(cl.search_text) / 1000.0
             ) as score,
             (array_agg(cl.label order by
               (case when cl.search_text like ${prefix} then 0 when cl.search_text like ${wordPrefix} then 1 else 2 end),
               word_similarity(${q}, cl.search_text) desc,
               (cl.lang = ${query.lang}) desc))[1] as matched
      from concept_labels cl
      where cl.concept_type = ${conceptType}
        and (cl.search_text like ${prefix} or cl.search_text like ${wordPrefix} or ${q} <% cl.search_text)
      group by cl.concept_id
    )
    select c.id, c.uri, c.scheme, c.label_nl, c.label_en, h.matched, h.score
    from hits h join ${table(conceptType)} c on c.id = h.concept_id
    where (${query.scheme ?? null}::text is null or c.scheme = ${query.scheme ?? null})
      ${conceptType === 'skill' ? sql`and c.kind = 'skill'` : sql``}
    order by h.score desc, c.id
    limit ${query.limit}
  `);
  return rows<HitRow>(res).map((r) => present(r, query.lang));
}

interface HitRow {
  id: number;
  uri: string;
  scheme: string;
  label_nl: string | null;
  label_en: string | null;
  matched: string;
  score: number;
}

function present(r: HitRow, lang: 'nl' | 'en'): ConceptHit {
  const label = (lang === 'nl' ? (r.label_nl ?? r.label_en) : (r.label_en ?? r.label_nl)) ?? r.uri;
  return {
    id: r.id,
    uri: r.uri,
    label,
    matchedLabel: r.matched && r.matched !== label ? r.matched : null,
    scheme: r.scheme,
    score: Math.round(Number(r.score) * 1000) / 1000,
  };
}

/**
 * Job title → occupation: people type their own titles ("medewerker bediening",
 * "zorgmedewerker niveau 3"); rank occupations by how much of the title a label covers
 * (word similarity both ways) and by whole-label trigram similarity, best label per occupation.
 */
export async function findOccupationsForJobTitle(
  db: Db,
  query: JobTitleQuery,
): Promise<ConceptHit[]> {
  const q = toSearchText(query.title);
  if (!q) return [];
  const res = await db.execute(sql`
    with hits as (
      select cl.concept_id,
             max(
               0.45 * word_similarity(${q}, cl.search_text)
               + 0.35 * word_similarity(cl.search_text, ${q})
               + 0.2 * similarity(${q}, cl.search_text)
               + (case when cl.search_text = ${q} then 0.5 else 0 end)
               + (case when cl.kind = 'preferred' then 0.02 else 0 end)
               + (case when cl.lang = ${query.lang} then 0.03 else 0 end)
             ) as score,
             (array_agg(cl.label order by similarity(${q}, cl.search_text) desc))[1] as matched
      from concept_labels cl
      where cl.concept_type = 'occupation'
        and (${q} <% cl.search_text or cl.search_text <% ${q} or cl.search_text % ${q})
      group by cl.concept_id
    )
    select c.id, c.uri, c.scheme, c.label_nl, c.label_en, h.matched, h.score
    from hits h join occupations c on c.id = h.concept_id
    where (${query.scheme ?? null}::text is null or c.scheme = ${query.scheme ?? null})
    order by h.score desc, c.id
    limit ${query.limit}
  `);
  return rows<HitRow>(res).map((r) => present(r, query.lang));
}
