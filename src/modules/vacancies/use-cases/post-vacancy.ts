import type { Db } from '../../../db/database.ts';
import { forbidden, invalidInput } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { hasKind, owningOrganisation, type ActingOrganisation } from '../acting-organisation.ts';
import type { CreateVacancyBody, Vacancy } from '../contracts.ts';
import { mayPostVacancy } from '../policies.ts';
import { emptyConditions, type VacancyRow } from '../presenters.ts';
import {
  mergeRequirements,
  requireOccupation,
  requirementsFromOccupation,
  requireSkills,
} from '../taxonomy-refs.ts';
import { vacancyView } from '../vacancy-views.ts';
import { insertVacancy, type VacancyValues } from '../vacancy-writer.ts';

export function valuesFromBody(input: CreateVacancyBody): VacancyValues {
  return {
    title: input.title,
    occupationId: input.occupationId ?? null,
    tasks: input.tasks,
    description: input.description ?? null,
    hoursMin: input.hoursMin ?? null,
    hoursMax: input.hoursMax ?? null,
    salaryMin: input.salaryMin ?? null,
    salaryMax: input.salaryMax ?? null,
    postcode: input.postcode ?? null,
    city: input.city ?? null,
    startDate: input.startDate ?? null,
    positions: input.positions,
    contractType: input.contractType ?? null,
    conditionalContract: input.conditionalContract,
    jobShadowing: input.jobShadowing,
    conditions: { ...emptyConditions, ...input.conditions },
  };
}

/** The hiring employer a vacancy is posted for, if the actor may post for it. */
export async function hiringEmployerFor(
  db: Db,
  actor: Actor | null,
  employerId: string | undefined,
): Promise<ActingOrganisation> {
  const org = await owningOrganisation(db, actor, employerId, 'employerId');
  if (actor && actor.role !== 'admin') {
    if (!mayPostVacancy(actor, org)) throw forbidden('Only hiring employers post vacancies');
  } else if (!hasKind(org, ['hiring_employer'])) {
    throw invalidInput('employerId', 'employerId: is not an active hiring employer');
  }
  return org;
}

/**
 * A hiring employer posts a vacancy for its own organisation (an administrator or the system
 * for a named one). With `fromOccupation` the requirements start from the occupation's skills;
 * the listed requirements override or add to them.
 */
export async function postVacancy(
  db: Db,
  actor: Actor | null,
  input: CreateVacancyBody,
  now: Date,
): Promise<Vacancy> {
  return db.transaction(async (tx) =>
    vacancyView(tx, actor, await insertPostedVacancy(tx, actor, input, now)),
  );
}

/** The posting itself, without presenting it: the demo seed posts many in its own transaction. */
export async function insertPostedVacancy(
  tx: Db,
  actor: Actor | null,
  input: CreateVacancyBody,
  now: Date,
): Promise<VacancyRow> {
  const org = await hiringEmployerFor(tx, actor, input.employerId);
  if (input.occupationId) await requireOccupation(tx, input.occupationId, 'occupationId');
  if (input.fromOccupation && !input.occupationId) {
    throw invalidInput('fromOccupation', 'fromOccupation: choose an occupationId to start from');
  }
  await requireSkills(tx, input.requirements, 'requirements');
  const requirements =
    input.fromOccupation && input.occupationId
      ? mergeRequirements(
          await requirementsFromOccupation(tx, input.occupationId),
          input.requirements,
        )
      : input.requirements;
  return insertVacancy(
    tx,
    actor,
    {
      regionId: org.regionId,
      employerId: org.id,
      values: valuesFromBody(input),
      requirements,
      status: input.status,
      via: actor ? 'form' : 'seed',
    },
    now,
  );
}
