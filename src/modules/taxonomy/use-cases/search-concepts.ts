import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { rows } from '../../../db/migrate.ts';
import type { ConceptHit, JobTitleQuery, SearchQuery } from '../contracts.ts';
import { type ConceptType, labelIndexFor } from '../label-index/label-index-cache.ts';
import { toSearchText } from '../search-text.ts';

/**
 * Autocomplete over preferred, alternative and hidden labels in Dutch and English, case- and
 * accent-insensitive: whole label, then label prefix, then a later word starting with the query,
 * then typo-tolerant word matches (see LabelIndex for the score). Served from an in-memory index
 * that follows the database (label-index-cache.ts): a query costs well under a millisecond plus
 * one read of the taxonomy revision, where the same in SQL took 20–60 ms on the full ESCO set.
 */
export async function searchConcepts(
  db: Db,
  conceptType: ConceptType,
  query: SearchQuery,
): Promise<ConceptHit[]> {
  const q = toSearchText(query.q);
  if (!q) return [];
  const index = await labelIndexFor(db, conceptType);
  return index.search({ q, lang: query.lang, scheme: query.scheme ?? null, limit: query.limit });
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

/** Words of a job title that count (titles are short; the rest is noise). */
const MAX_TITLE_WORDS = 8;
/** Labels scored with the full formula after the word-level shortlist. */
const SHORTLIST = 150;
/**
 * A vocabulary word stands for a title word from this trigram similarity on ("schoonmaakster" →
 * "schoonmaker" 0.5, "verzorgende" → "verzorger" 0.57, a typo ≥ 0.8; "accountmanager" →
 * "salesmanager" 0.27 is another job).
 */
const MIN_CLOSENESS = 0.45;

/** The distinct words of a normalised title, at most MAX_TITLE_WORDS. */
function titleWords(q: string): string[] {
  return [...new Set(q.split(' ').filter(Boolean))].slice(0, MAX_TITLE_WORDS);
}

/**
 * Job title → occupation: people type their own titles ("medewerker bediening",
 * "zorgmedewerker niveau 3"); rank occupations by how much of the title a label covers
 * (word similarity both ways) and by whole-label trigram similarity, best label per occupation.
 *
 * Comparing the title with all ~58,000 occupation labels of ESCO takes about a second, so it goes
 * word by word through indexes (occupation_words / occupation_label_words, kept by triggers):
 *   1. each title word → vocabulary words it may mean: itself, typos and other forms by trigram
 *      similarity ("schoonmaakster" → "schoonmaker"), and for the last word, which may be
 *      unfinished, longer forms ("verzorg" → "verzorgende"); each with a closeness 0..1;
 *   2. labels holding those words → a cheap score: 0.55 × share of the title's words found in
 *      the label + 0.45 × share of the label's words found in the title (btree index);
 *   3. the best SHORTLIST labels get the full score below; best label per occupation wins.
 */
export async function findOccupationsForJobTitle(
  db: Db,
  query: JobTitleQuery,
): Promise<ConceptHit[]> {
  const q = toSearchText(query.title);
  if (!q) return [];
  const res = await db.execute(sql`
    with ${wordShortlist(q, query.scheme ?? null)},
    hits as (
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
      from shortlist cl
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

/**
 * CTEs ending in `shortlist(concept_id, kind, lang, label, search_text)`: the SHORTLIST occupation
 * labels that best cover the words of `q`, found word by word through the word index
 * (see findOccupationsForJobTitle for the steps).
 */
function wordShortlist(q: string, scheme: string | null): SQL {
  const words = titleWords(q);
  return sql`
    title_words as (
      -- only the last word may be unfinished: only it also matches longer words
      select w, n = ${words.length} and length(w) >= 3 as open
      from unnest(${`{${words.join(',')}}`}::text[]) with ordinality as u(w, n)
    ),
    close_words as (
      select t.w, v.word,
             case when v.word = t.w then 1.0
                  when t.open and v.word like t.w || '%' then 0.9
                  else similarity(v.word, t.w) end as closeness
      from title_words t
      join occupation_words v on v.word % t.w or (t.open and v.word like t.w || '%')
    ),
    close_enough as (
      select * from close_words where closeness >= ${MIN_CLOSENESS}
    ),
    label_words as (
      select lw.label_id, lw.label_words, c.w, c.word, c.closeness
      from close_enough c join occupation_label_words lw on lw.word = c.word
    ),
    per_title_word as (
      select label_id, max(closeness) as best from label_words group by label_id, w
    ),
    per_label_word as (
      select label_id, label_words, max(closeness) as best
      from label_words group by label_id, label_words, word
    ),
    label_scores as (
      select t.label_id,
             0.55 * t.found / ${words.length} + 0.45 * l.found / greatest(1, l.label_words) as cheap
      from (select label_id, sum(best) as found from per_title_word group by label_id) t
      join (select label_id, label_words, sum(best) as found
            from per_label_word group by label_id, label_words) l using (label_id)
      where (${scheme}::text is null or exists (
        select 1 from concept_labels cl join occupations o on o.id = cl.concept_id
        where cl.id = t.label_id and o.scheme = ${scheme}))
    ),
    shortlist as (
      select cl.concept_id, cl.kind, cl.lang, cl.label, cl.search_text
      from (select label_id, cheap from label_scores
            order by cheap desc, label_id limit ${SHORTLIST * 4}) s
      join concept_labels cl on cl.id = s.label_id
      order by s.cheap desc, length(cl.search_text), cl.id
      limit ${SHORTLIST}
    )`;
}
