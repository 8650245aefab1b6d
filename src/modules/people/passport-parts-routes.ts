import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, type AppContext } from '../../server/context.ts';
import { errorResponses } from '../../server/error-schemas.ts';
import {
  addEducationBody,
  addWorkHistoryBody,
  confirmSkillBody,
  entryParams,
  passportSchema,
  personParams,
  saveSkillBody,
  setWishesBody,
  skillParams,
  skillSuggestionSchema,
  updateWorkHistoryBody,
} from './contracts.ts';
import { addEducation } from './use-cases/add-education.ts';
import { addWorkHistory } from './use-cases/add-work-history.ts';
import { confirmSkill } from './use-cases/confirm-skill.ts';
import { dismissSkillSuggestion } from './use-cases/dismiss-skill-suggestion.ts';
import { removeEducation } from './use-cases/remove-education.ts';
import { removeSkill } from './use-cases/remove-skill.ts';
import { removeWorkHistory } from './use-cases/remove-work-history.ts';
import { saveSkill } from './use-cases/save-skill.ts';
import { setWishes } from './use-cases/set-wishes.ts';
import { suggestSkills } from './use-cases/suggest-skills.ts';
import { updateWorkHistory } from './use-cases/update-work-history.ts';

const tags = ['passport'];
const passport = { 200: passportSchema, ...errorResponses };
const suggestions = { 200: z.array(skillSuggestionSchema), ...errorResponses };

/**
 * The parts of a passport: work history, skills (with suggestions from the work history),
 * education and wishes. Every change answers with the whole passport. Who: the candidate
 * themself or a case manager of the person's case organisation; others get 404.
 */
export const passportPartsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (
  app,
  { ctx },
) => {
  const { db, clock } = ctx;
  const base = '/api/persons/:id';

  app.post(
    `${base}/work-history`,
    {
      schema: {
        tags,
        summary: 'Add a job (own title; occupation from the taxonomy, optional)',
        params: personParams,
        body: addWorkHistoryBody,
        response: passport,
      },
    },
    async (r) => addWorkHistory(db, actorOf(r), r.params.id, r.body, clock.now()),
  );

  app.patch(
    `${base}/work-history/:entryId`,
    {
      schema: {
        tags,
        summary: 'Change a job',
        params: entryParams,
        body: updateWorkHistoryBody,
        response: passport,
      },
    },
    async (r) =>
      updateWorkHistory(db, actorOf(r), r.params.id, r.params.entryId, r.body, clock.now()),
  );

  app.delete(
    `${base}/work-history/:entryId`,
    { schema: { tags, summary: 'Remove a job', params: entryParams, response: passport } },
    async (r) => removeWorkHistory(db, actorOf(r), r.params.id, r.params.entryId, clock.now()),
  );

  app.get(
    `${base}/skill-suggestions`,
    {
      schema: {
        tags,
        summary: 'Essential skills of the occupations in the work history, not yet in the passport',
        params: personParams,
        response: suggestions,
      },
    },
    async (r) => suggestSkills(db, actorOf(r), r.params.id),
  );

  app.post(
    `${base}/skill-suggestions/:skillId/dismiss`,
    {
      schema: {
        tags,
        summary: 'Turn a suggested skill down; answers the suggestions left',
        params: skillParams,
        response: suggestions,
      },
    },
    async (r) => dismissSkillSuggestion(db, actorOf(r), r.params.id, r.params.skillId),
  );

  app.put(
    `${base}/skills/:skillId`,
    {
      schema: {
        tags,
        summary: 'Add or change a skill: level 1–4, evidence, source, note',
        params: skillParams,
        body: saveSkillBody,
        response: passport,
      },
    },
    async (r) => saveSkill(db, actorOf(r), r.params.id, r.params.skillId, r.body, clock.now()),
  );

  app.delete(
    `${base}/skills/:skillId`,
    { schema: { tags, summary: 'Remove a skill', params: skillParams, response: passport } },
    async (r) => removeSkill(db, actorOf(r), r.params.id, r.params.skillId, clock.now()),
  );

  app.post(
    `${base}/skills/:skillId/confirm`,
    {
      schema: {
        tags,
        summary: 'Confirm a skill (case managers): evidence coach_verified, signed who and when',
        params: skillParams,
        body: confirmSkillBody,
        response: passport,
      },
    },
    async (r) => confirmSkill(db, actorOf(r), r.params.id, r.params.skillId, r.body, clock.now()),
  );

  app.post(
    `${base}/education`,
    {
      schema: {
        tags,
        summary: 'Add a course, diploma or certificate',
        params: personParams,
        body: addEducationBody,
        response: passport,
      },
    },
    async (r) => addEducation(db, actorOf(r), r.params.id, r.body, clock.now()),
  );

  app.delete(
    `${base}/education/:entryId`,
    {
      schema: {
        tags,
        summary: 'Remove a course, diploma or certificate',
        params: entryParams,
        response: passport,
      },
    },
    async (r) => removeEducation(db, actorOf(r), r.params.id, r.params.entryId, clock.now()),
  );

  app.put(
    `${base}/wishes`,
    {
      schema: {
        tags,
        summary: 'Set the wishes: sectors, occupations, hours, travel, salary, start, training',
        params: personParams,
        body: setWishesBody,
        response: passport,
      },
    },
    async (r) => setWishes(db, actorOf(r), r.params.id, r.body, clock.now()),
  );
};
