import { sql } from 'drizzle-orm';
import {
  countUpsert,
  recordsOf,
  requireLang,
  type BatchHandler,
  type FileContext,
} from './file-context.ts';
import { upsertRows, type Row, type UpsertSpec } from './sql-rows.ts';
import { textColumns, textValues } from './text-columns.ts';

/**
 * ISCO-08 groups into isco_groups, keyed by code. Labels go to label_nl/label_en only (the
 * groups are not searched). The parent code comes from broaderRelationsOccPillar; until that
 * file has set one, the longest code prefix that is itself a group stands in (ISCO codes are
 * positional: 5131 → 513 → 51 → 5).
 */
export function iscoGroupsHandler(ctx: FileContext): BatchHandler {
  const lang = requireLang(ctx);
  const spec: UpsertSpec = {
    table: 'isco_groups',
    conflict: ['code'],
    columns: [
      { name: 'code', type: 'text', update: false },
      { name: 'uri', type: 'text', update: true },
      ...textColumns(lang, { description: false }),
    ],
    returning: ['code', 'uri'],
  };
  return {
    batchSize: 500,
    async write(batch) {
      const values: Row[] = [];
      for (const { line, record } of recordsOf(batch, 'iscoGroup')) {
        // The URI ends in C + code; a mismatch would make two rows claim one URI or code.
        if (!record.uri.endsWith(`/C${record.code}`)) {
          ctx.tally.reject(
            line,
            ctx.column('code'),
            `${ctx.column('code')}: "${record.code}" does not match ${ctx.column('conceptUri')} ${record.uri}`,
          );
          continue;
        }
        values.push({
          code: record.code,
          uri: record.uri,
          ...textValues(lang, record.preferredLabel),
        });
      }
      const written = await upsertRows<{ code: string; uri: string }>(ctx.db, spec, values);
      for (const v of values) ctx.ids.iscoGroups.set(String(v['uri']), String(v['code']));
      countUpsert(ctx.tally, values.length, written);
    },
    async finish() {
      await ctx.db.execute(sql`
        update isco_groups c set parent_code = (
          select p.code from isco_groups p
          where p.code <> c.code and c.code like p.code || '%'
          order by length(p.code) desc limit 1)
        where c.parent_code is null
          and exists (select 1 from isco_groups p where p.code <> c.code and c.code like p.code || '%')
      `);
    },
  };
}
