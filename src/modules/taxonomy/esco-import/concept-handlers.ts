import type { OccupationRecord, SkillGroupRecord, SkillRecord } from '../esco-csv/index.ts';
import {
  recordsOf,
  requireLang,
  type BatchHandler,
  type FileContext,
  type LineRecord,
} from './file-context.ts';
import { syncLabels, type ConceptLabelSet } from './label-sync.ts';
import { upsertRows, type Column, type Row, type UpsertSpec } from './sql-rows.ts';
import { textColumns, textValues } from './text-columns.ts';

const CONCEPT_BATCH = 500;

type LabelledRecord = SkillRecord | SkillGroupRecord | OccupationRecord;

interface ConceptTable<R extends LabelledRecord> {
  kind: R['kind'];
  table: 'skills' | 'occupations';
  conceptType: 'skill' | 'occupation';
  ids: Map<string, number>;
  /** Columns besides uri and the text columns; `reference` says whether they update. */
  columns(reference: boolean): Column[];
  values(record: R): Row;
  description(record: R): string | null;
}

/**
 * Upserts the concepts of one labelled file (skills, skill groups or occupations) and syncs
 * their labels in the file's language. A concept counts as updated when its row or its labels
 * in this language changed.
 */
function conceptHandler<R extends LabelledRecord>(
  ctx: FileContext,
  def: ConceptTable<R>,
): BatchHandler {
  const lang = requireLang(ctx);
  const spec: UpsertSpec = {
    table: def.table,
    conflict: ['uri'],
    columns: [
      { name: 'uri', type: 'text', update: false },
      { name: 'scheme', type: 'text', update: true },
      ...def.columns(ctx.reference),
      ...textColumns(lang, { description: true }),
    ],
    touch: 'updated_at',
    returning: ['id', 'uri'],
  };
  return {
    batchSize: CONCEPT_BATCH,
    async write(batch) {
      const items = recordsOf(batch, def.kind) as LineRecord<R>[];
      const values = items.map(({ record }) => ({
        uri: record.uri,
        scheme: 'esco',
        ...def.values(record),
        ...textValues(lang, record.preferredLabel, def.description(record)),
      }));
      const written = await upsertRows<{ id: number; uri: string }>(ctx.db, spec, values);
      const fresh = new Set<number>();
      const changedRows = new Set<number>();
      for (const w of written) {
        def.ids.set(w.uri, w.id);
        (w.inserted ? fresh : changedRows).add(w.id);
      }
      const sets: ConceptLabelSet[] = items.map(({ record }) => ({
        conceptId: idOf(def.ids, record.uri),
        preferred: record.preferredLabel,
        alt: record.altLabels,
        hidden: record.hiddenLabels,
      }));
      const changedLabels = await syncLabels(ctx.db, def.conceptType, lang, sets, fresh);
      for (const { conceptId } of sets) {
        if (fresh.has(conceptId)) ctx.tally.inserted++;
        else if (changedRows.has(conceptId) || changedLabels.has(conceptId)) ctx.tally.updated++;
        else ctx.tally.unchanged++;
      }
    },
  };
}

function idOf(ids: ReadonlyMap<string, number>, uri: string): number {
  const id = ids.get(uri);
  // Every upserted row is either returned or was already known (loaded or written earlier).
  if (id === undefined) throw new Error(`no id for ${uri} after upsert`);
  return id;
}

export function skillsHandler(ctx: FileContext): BatchHandler {
  return conceptHandler<SkillRecord>(ctx, {
    kind: 'skill',
    table: 'skills',
    conceptType: 'skill',
    ids: ctx.ids.skills,
    columns: (reference) => [
      { name: 'kind', type: 'text', update: true },
      { name: 'skill_type', type: 'text', update: reference },
      { name: 'reuse_level', type: 'text', update: reference },
    ],
    values: (r) => ({ kind: 'skill', skill_type: r.skillType, reuse_level: r.reuseLevel }),
    description: (r) => r.description ?? r.definition,
  });
}

/** Skill groups are rows of the skills table with kind 'group' (search leaves them out). */
export function skillGroupsHandler(ctx: FileContext): BatchHandler {
  return conceptHandler<SkillGroupRecord>(ctx, {
    kind: 'skillGroup',
    table: 'skills',
    conceptType: 'skill',
    ids: ctx.ids.skills,
    columns: () => [{ name: 'kind', type: 'text', update: true }],
    values: () => ({ kind: 'group' }),
    description: (r) => r.description,
  });
}

export function occupationsHandler(ctx: FileContext): BatchHandler {
  return conceptHandler<OccupationRecord>(ctx, {
    kind: 'occupation',
    table: 'occupations',
    conceptType: 'occupation',
    ids: ctx.ids.occupations,
    columns: (reference) => [
      { name: 'isco_code', type: 'text', update: reference },
      { name: 'code', type: 'text', update: reference },
    ],
    values: (r) => ({ isco_code: r.iscoGroup, code: r.code }),
    description: (r) => r.description ?? r.definition,
  });
}
