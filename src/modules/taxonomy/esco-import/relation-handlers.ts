import type { ConceptWhat } from './concept-ids.ts';
import { countUpsert, recordsOf, type BatchHandler, type FileContext } from './file-context.ts';
import { resolveUri } from './resolve-uri.ts';
import { upsertRows, type Row, type UpsertSpec } from './sql-rows.ts';

/** Relation rows are small; big batches mean few statements (≈60 for 125k relations). */
export const RELATION_BATCH = 2000;

/** An edge table keyed by its two ids, with no other column: new edges are inserted. */
export function edgeTable(table: string, from: string, to: string): UpsertSpec {
  return {
    table,
    conflict: [from, to],
    columns: [
      { name: from, type: 'int', update: false },
      { name: to, type: 'int', update: false },
    ],
    returning: [],
  };
}

/** A relation table keyed by two ids whose `relation` (essential | optional) may change. */
function relationTable(table: string, from: string, to: string): UpsertSpec {
  const edge = edgeTable(table, from, to);
  return { ...edge, columns: [...edge.columns, { name: 'relation', type: 'text', update: true }] };
}

const SKILL_BROADER = edgeTable('skill_broader', 'skill_id', 'broader_id');
const OCCUPATION_SKILLS = relationTable('occupation_skills', 'occupation_id', 'skill_id');
const SKILL_RELATIONS = relationTable('skill_relations', 'skill_id', 'related_skill_id');

export async function upsertCounted(
  ctx: FileContext,
  spec: UpsertSpec,
  values: Row[],
): Promise<void> {
  countUpsert(ctx.tally, values.length, await upsertRows(ctx.db, spec, values));
}

export function occupationSkillRelationsHandler(ctx: FileContext): BatchHandler {
  const { skills, occupations } = ctx.ids;
  return {
    batchSize: RELATION_BATCH,
    async write(batch) {
      const values: Row[] = [];
      for (const { line, record } of recordsOf(batch, 'occupationSkillRelation')) {
        const occupationId = resolveUri(ctx, line, occupations, {
          what: 'occupation',
          column: 'occupationUri',
          uri: record.occupationUri,
        });
        if (occupationId === undefined) continue;
        const skillId = resolveUri(ctx, line, skills, {
          what: 'skill',
          column: 'skillUri',
          uri: record.skillUri,
        });
        if (skillId === undefined) continue;
        values.push({
          occupation_id: occupationId,
          skill_id: skillId,
          relation: record.relationType,
        });
      }
      await upsertCounted(ctx, OCCUPATION_SKILLS, values);
    },
  };
}

export function skillSkillRelationsHandler(ctx: FileContext): BatchHandler {
  const { skills } = ctx.ids;
  return {
    batchSize: RELATION_BATCH,
    async write(batch) {
      const values: Row[] = [];
      for (const { line, record } of recordsOf(batch, 'skillSkillRelation')) {
        const skillId = resolveUri(ctx, line, skills, {
          what: 'skill',
          column: 'originalSkillUri',
          uri: record.originalSkillUri,
        });
        if (skillId === undefined) continue;
        const relatedId = resolveUri(ctx, line, skills, {
          what: 'skill',
          column: 'relatedSkillUri',
          uri: record.relatedSkillUri,
        });
        if (relatedId === undefined) continue;
        values.push({
          skill_id: skillId,
          related_skill_id: relatedId,
          relation: record.relationType,
        });
      }
      await upsertCounted(ctx, SKILL_RELATIONS, values);
    },
  };
}

const SKILL_PILLAR_WHAT: Record<string, ConceptWhat> = {
  KnowledgeSkillCompetence: 'skill',
  SkillGroup: 'skill group',
};

/** broaderRelationsSkillPillar: skill or group → broader skill or group, into skill_broader. */
export function skillPillarHandler(ctx: FileContext): BatchHandler {
  const { skills } = ctx.ids;
  const what = (type: string) => SKILL_PILLAR_WHAT[type] ?? 'skill';
  return {
    batchSize: RELATION_BATCH,
    async write(batch) {
      const values: Row[] = [];
      for (const { line, record } of recordsOf(batch, 'broaderRelation')) {
        const skillId = resolveUri(ctx, line, skills, {
          what: what(record.conceptType),
          column: 'conceptUri',
          uri: record.conceptUri,
        });
        if (skillId === undefined) continue;
        const broaderId = resolveUri(ctx, line, skills, {
          what: what(record.broaderType),
          column: 'broaderUri',
          uri: record.broaderUri,
        });
        if (broaderId === undefined) continue;
        values.push({ skill_id: skillId, broader_id: broaderId });
      }
      await upsertCounted(ctx, SKILL_BROADER, values);
    },
  };
}

/**
 * skillsHierarchy_<lang>: each row links a group to the group one level up, into skill_broader
 * (the same edges as the skill pillar file, so usually unchanged). The labels it repeats are
 * already in skillGroups_<lang>.
 */
export function skillsHierarchyHandler(ctx: FileContext): BatchHandler {
  const { skills } = ctx.ids;
  return {
    batchSize: RELATION_BATCH,
    async write(batch) {
      const values: Row[] = [];
      for (const { line, record } of recordsOf(batch, 'skillHierarchy')) {
        if (record.parentUri === null) {
          ctx.tally.skip(line, 'top level of the hierarchy: no broader group to store');
          continue;
        }
        const skillId = resolveUri(ctx, line, skills, {
          what: 'skill group',
          column: `Level ${record.level} URI`,
          uri: record.uri,
        });
        if (skillId === undefined) continue;
        const broaderId = resolveUri(ctx, line, skills, {
          what: 'skill group',
          column: `Level ${record.level - 1} URI`,
          uri: record.parentUri,
        });
        if (broaderId === undefined) continue;
        values.push({ skill_id: skillId, broader_id: broaderId });
      }
      await upsertCounted(ctx, SKILL_BROADER, values);
    },
  };
}
