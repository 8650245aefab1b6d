import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { forbidden } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { ListPersonsQuery, PersonSummary } from '../contracts.ts';
import { caseloadScope } from '../policies.ts';
import { persons } from '../schema.ts';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A case manager's caseload: the persons of their organisation, optionally searched by part of a
 * name or the pseudonym (case- and accent-insensitive). A candidate gets only their own.
 */
export async function listCaseload(
  db: Db,
  actor: Actor,
  query: ListPersonsQuery,
): Promise<PersonSummary[]> {
  const scope = caseloadScope(actor);
  if (!scope) throw forbidden('Only case managers list persons');
  const where: SQL[] = [isNull(persons.erasedAt)];
  if (scope.kind === 'organisation') {
    where.push(eq(persons.caseOrganisationId, scope.organisationId));
    where.push(eq(persons.regionId, actor.regionId));
  } else {
    where.push(eq(persons.userId, scope.userId));
  }
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    const name = sql`coalesce(${persons.givenName}, '') || ' ' || coalesce(${persons.familyName}, '')`;
    where.push(
      sql`(unaccent(${name}) ilike unaccent(${pattern}) or ${persons.pseudonym} ilike ${pattern})`,
    );
  }
  const rows = await db
    .select({
      id: persons.id,
      pseudonym: persons.pseudonym,
      givenName: persons.givenName,
      familyName: persons.familyName,
      city: persons.city,
      userId: persons.userId,
      updatedAt: persons.updatedAt,
      skillCount: sql<number>`(select count(*)::int from person_skills ps where ps.person_id = ${persons.id})`,
    })
    .from(persons)
    .where(and(...where))
    .orderBy(asc(persons.familyName), asc(persons.givenName), asc(persons.pseudonym))
    .limit(query.limit)
    .offset(query.offset);
  return rows.map(({ userId, updatedAt, skillCount, ...r }) => ({
    ...r,
    hasAccount: userId !== null,
    skillCount: Number(skillCount),
    updatedAt: updatedAt.toISOString(),
  }));
}
