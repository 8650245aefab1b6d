import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { rows } from '../../../db/migrate.ts';
import { toSearchText } from '../search-text.ts';
import { insertRows, intArray, type Row } from './sql-rows.ts';

export interface ConceptLabelSet {
  conceptId: number;
  preferred: string;
  alt: readonly string[];
  hidden: readonly string[];
}

interface LabelRow {
  concept_id: number;
  kind: string;
  label: string;
  search_text: string;
}

const LABEL_COLUMNS = [
  { name: 'concept_type', type: 'text' },
  { name: 'concept_id', type: 'int' },
  { name: 'lang', type: 'text' },
  { name: 'kind', type: 'text' },
  { name: 'label', type: 'text' },
  { name: 'search_text', type: 'text' },
] as const;

/**
 * Makes the labels of these concepts in this one language equal to the given sets, leaving
 * other languages alone. A concept whose labels are already exactly these keeps its rows (no
 * churn, no duplicates on a second import); a changed concept gets its labels in this language
 * replaced. `fresh` concepts were inserted just now and have no labels yet.
 * Returns the ids of concepts (outside `fresh`) whose labels changed.
 */
export async function syncLabels(
  db: Db,
  conceptType: 'skill' | 'occupation',
  lang: string,
  sets: readonly ConceptLabelSet[],
  fresh: ReadonlySet<number>,
): Promise<Set<number>> {
  const wanted = new Map(sets.map((s) => [s.conceptId, labelRows(s)]));
  const existingIds = sets.map((s) => s.conceptId).filter((id) => !fresh.has(id));
  const stored = new Map<number, LabelRow[]>();
  if (existingIds.length > 0) {
    const res = await db.execute(sql`
      select concept_id, kind, label, search_text from concept_labels
      where concept_type = ${conceptType} and lang = ${lang}
        and concept_id = any(${intArray(existingIds)}::int[])
    `);
    for (const r of rows<LabelRow>(res)) {
      const list = stored.get(r.concept_id);
      if (list === undefined) stored.set(r.concept_id, [r]);
      else list.push(r);
    }
  }
  const changed = new Set<number>();
  for (const id of existingIds) {
    if (fingerprint(stored.get(id) ?? []) !== fingerprint(wanted.get(id) ?? [])) changed.add(id);
  }
  if (changed.size > 0) {
    await db.execute(sql`
      delete from concept_labels
      where concept_type = ${conceptType} and lang = ${lang}
        and concept_id = any(${intArray(changed)}::int[])
    `);
  }
  const toWrite: Row[] = [];
  for (const [id, labels] of wanted) {
    if (!fresh.has(id) && !changed.has(id)) continue;
    for (const l of labels) toWrite.push({ concept_type: conceptType, lang, ...l });
  }
  // In slices, so one statement's JSON stays a few megabytes at most.
  for (let i = 0; i < toWrite.length; i += 5000) {
    await insertRows(db, 'concept_labels', LABEL_COLUMNS, toWrite.slice(i, i + 5000));
  }
  return changed;
}

/** One row per distinct label: preferred beats alternative beats hidden. */
function labelRows(set: ConceptLabelSet): LabelRow[] {
  const out: LabelRow[] = [];
  const seen = new Set<string>();
  const add = (kind: string, label: string) => {
    const searchText = toSearchText(label);
    // A label of only punctuation can never be found; storing it would only add noise.
    if (seen.has(label) || searchText === '') return;
    seen.add(label);
    out.push({ concept_id: set.conceptId, kind, label, search_text: searchText });
  };
  add('preferred', set.preferred);
  for (const a of set.alt) add('alt', a);
  for (const h of set.hidden) add('hidden', h);
  return out;
}

function fingerprint(labels: readonly LabelRow[]): string {
  return labels
    .map((l) => `${l.kind}\u0001${l.label}\u0001${l.search_text}`)
    .sort()
    .join('\u0002');
}
