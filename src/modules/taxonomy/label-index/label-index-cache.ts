import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { rows } from '../../../db/migrate.ts';
import { type IndexedConcept, type IndexedLabel, LabelIndex } from './label-index.ts';

export type ConceptType = 'skill' | 'occupation';

interface Cached {
  revision: number;
  index: Promise<LabelIndex>;
}

/**
 * One in-memory label index per database and concept type, rebuilt when the taxonomy changed:
 * every search first reads the one-row revision that statement triggers on skills, occupations
 * and concept_labels move (migration 0014), so an import by another process or node is seen at
 * the next search. A rebuild reads all labels of the type once (full ESCO: ~1–2 s); searches
 * that arrive meanwhile wait for the same build.
 */
const cache = new WeakMap<Db, Map<ConceptType, Cached>>();

export async function labelIndexFor(db: Db, conceptType: ConceptType): Promise<LabelIndex> {
  const revision = await taxonomyRevision(db);
  let perType = cache.get(db);
  if (!perType) {
    perType = new Map();
    cache.set(db, perType);
  }
  const cached = perType.get(conceptType);
  // The revision only grows: an index at least as new as what this search read will do.
  if (cached && cached.revision >= revision) return cached.index;
  const index = loadLabelIndex(db, conceptType);
  const entry = { revision, index };
  perType.set(conceptType, entry);
  // A failed build is not kept: the next search tries again.
  index.catch(() => {
    if (perType.get(conceptType) === entry) perType.delete(conceptType);
  });
  return index;
}

/** Builds both indexes ahead of the first search (on start); errors are the caller's to log. */
export async function warmLabelIndexes(db: Db): Promise<void> {
  await labelIndexFor(db, 'skill');
  await labelIndexFor(db, 'occupation');
}

async function taxonomyRevision(db: Db): Promise<number> {
  const res = await db.execute(sql`select revision from taxonomy_revision where id = 1`);
  return Number(rows<{ revision: number | string }>(res)[0]?.revision ?? 0);
}

async function loadLabelIndex(db: Db, conceptType: ConceptType): Promise<LabelIndex> {
  const concepts =
    conceptType === 'skill'
      ? sql`select id, uri, scheme, label_nl, label_en, kind = 'skill' as offered from skills`
      : sql`select id, uri, scheme, label_nl, label_en, true as offered from occupations`;
  const conceptRows = rows<{
    id: number;
    uri: string;
    scheme: string;
    label_nl: string | null;
    label_en: string | null;
    offered: boolean;
  }>(await db.execute(concepts));
  const labelRows = rows<{
    id: number;
    concept_id: number;
    kind: string;
    lang: string;
    label: string;
    search_text: string;
  }>(
    await db.execute(sql`
      select id, concept_id, kind, lang, label, search_text from concept_labels
      where concept_type = ${conceptType}
      order by id`),
  );
  const indexed: IndexedConcept[] = conceptRows.map((c) => ({
    id: c.id,
    uri: c.uri,
    scheme: c.scheme,
    labelNl: c.label_nl,
    labelEn: c.label_en,
    offered: c.offered,
  }));
  const labels: IndexedLabel[] = labelRows.map((l) => ({
    id: l.id,
    conceptId: l.concept_id,
    kind: l.kind,
    lang: l.lang,
    label: l.label,
    searchText: l.search_text,
  }));
  return new LabelIndex(indexed, labels);
}
