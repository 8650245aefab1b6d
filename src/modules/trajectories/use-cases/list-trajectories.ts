import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { forbidden } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { persons } from '../../people/schema.ts';
import type { ListTrajectoriesQuery, TrajectorySummary } from '../contracts.ts';
import { presentSummary } from '../presenters.ts';
import { trajectories } from '../schema.ts';

/** The trajectories of the case manager's organisation, most recently active first. */
export async function listTrajectories(
  db: Db,
  actor: Actor,
  query: ListTrajectoriesQuery,
): Promise<TrajectorySummary[]> {
  if (actor.role !== 'case_manager' || !actor.organisationId) {
    throw forbidden('Case managers list the trajectories of their organisation');
  }
  const where: SQL[] = [
    eq(trajectories.caseOrganisationId, actor.organisationId),
    eq(trajectories.regionId, actor.regionId),
    isNull(persons.erasedAt),
  ];
  if (query.status) where.push(eq(trajectories.status, query.status));
  if (query.step) where.push(eq(trajectories.step, query.step));
  const rows = await db
    .select({
      row: trajectories,
      person: {
        id: persons.id,
        pseudonym: persons.pseudonym,
        givenName: persons.givenName,
        familyName: persons.familyName,
      },
      outcome: sql<string | null>`(select o.outcome from trajectory_outcomes o
        where o.trajectory_id = ${trajectories.id} order by o.recorded_at desc limit 1)`,
    })
    .from(trajectories)
    .innerJoin(persons, eq(persons.id, trajectories.personId))
    .where(and(...where))
    .orderBy(desc(trajectories.lastActivityAt), asc(trajectories.id))
    .limit(query.limit)
    .offset(query.offset);
  return rows.map((r) => presentSummary(r.row, r.person, r.outcome));
}
