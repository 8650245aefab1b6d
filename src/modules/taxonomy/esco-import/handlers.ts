import type { EscoFileKind } from '../esco-csv/index.ts';
import { occupationsHandler, skillGroupsHandler, skillsHandler } from './concept-handlers.ts';
import type { BatchHandler, FileContext } from './file-context.ts';
import { iscoGroupsHandler } from './isco-handler.ts';
import { occupationPillarHandler } from './occupation-pillar-handler.ts';
import {
  occupationSkillRelationsHandler,
  skillPillarHandler,
  skillSkillRelationsHandler,
  skillsHierarchyHandler,
} from './relation-handlers.ts';

const HANDLERS: Record<EscoFileKind, (ctx: FileContext) => BatchHandler> = {
  ISCOGroups: iscoGroupsHandler,
  skillGroups: skillGroupsHandler,
  skills: skillsHandler,
  occupations: occupationsHandler,
  broaderRelationsOccPillar: occupationPillarHandler,
  broaderRelationsSkillPillar: skillPillarHandler,
  skillsHierarchy: skillsHierarchyHandler,
  occupationSkillRelations: occupationSkillRelationsHandler,
  skillSkillRelations: skillSkillRelationsHandler,
};

/** The writer for one ESCO file kind. */
export function handlerFor(kind: EscoFileKind, ctx: FileContext): BatchHandler {
  return HANDLERS[kind](ctx);
}
