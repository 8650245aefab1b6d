import { recordsOf, type BatchHandler, type FileContext } from './file-context.ts';
import { edgeTable, RELATION_BATCH, upsertCounted } from './relation-handlers.ts';
import { resolveUri } from './resolve-uri.ts';
import { updateColumn, type Row, type UpdateSpec } from './sql-rows.ts';

const OCCUPATION_BROADER = edgeTable('occupation_broader', 'occupation_id', 'broader_id');

const OCCUPATION_ISCO: UpdateSpec = {
  table: 'occupations',
  key: { name: 'id', type: 'int' },
  column: { name: 'isco_code', type: 'text' },
  touch: 'updated_at',
};

const ISCO_PARENT: UpdateSpec = {
  table: 'isco_groups',
  key: { name: 'code', type: 'text' },
  column: { name: 'parent_code', type: 'text' },
};

/**
 * broaderRelationsOccPillar holds three kinds of edge, each stored where it belongs:
 * occupation → occupation in occupation_broader; occupation → ISCO group as the occupation's
 * isco_code (the code the occupations file gives too, so normally unchanged); ISCO group →
 * ISCO group as the group's parent_code.
 */
export function occupationPillarHandler(ctx: FileContext): BatchHandler {
  const { occupations, iscoGroups } = ctx.ids;
  return {
    batchSize: RELATION_BATCH,
    async write(batch) {
      const broader: Row[] = [];
      const occupationIsco: Row[] = [];
      const iscoParent: Row[] = [];
      for (const { line, record } of recordsOf(batch, 'broaderRelation')) {
        const uri = record.conceptUri;
        const broaderUri = record.broaderUri;
        if (record.conceptType === 'Occupation') {
          const id = resolveUri(ctx, line, occupations, {
            what: 'occupation',
            column: 'conceptUri',
            uri,
          });
          if (id === undefined) continue;
          if (record.broaderType === 'Occupation') {
            const broaderId = resolveUri(ctx, line, occupations, {
              what: 'occupation',
              column: 'broaderUri',
              uri: broaderUri,
            });
            if (broaderId !== undefined) broader.push({ occupation_id: id, broader_id: broaderId });
          } else {
            const code = resolveUri(ctx, line, iscoGroups, {
              what: 'ISCO group',
              column: 'broaderUri',
              uri: broaderUri,
            });
            if (code !== undefined) occupationIsco.push({ id, isco_code: code });
          }
        } else if (record.broaderType === 'ISCOGroup') {
          const code = resolveUri(ctx, line, iscoGroups, {
            what: 'ISCO group',
            column: 'conceptUri',
            uri,
          });
          if (code === undefined) continue;
          const parent = resolveUri(ctx, line, iscoGroups, {
            what: 'ISCO group',
            column: 'broaderUri',
            uri: broaderUri,
          });
          if (parent !== undefined) iscoParent.push({ code, parent_code: parent });
        } else {
          ctx.tally.skip(line, 'ISCO group below an occupation: not part of the stored hierarchy');
        }
      }
      await upsertCounted(ctx, OCCUPATION_BROADER, broader);
      // Both updates only change existing rows: changed counts as updated, the rest unchanged.
      for (const [spec, values] of [
        [OCCUPATION_ISCO, occupationIsco],
        [ISCO_PARENT, iscoParent],
      ] as const) {
        const changed = await updateColumn(ctx.db, spec, values);
        ctx.tally.updated += changed;
        ctx.tally.unchanged += values.length - changed;
      }
    },
  };
}
