import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { conflict, forbidden, notFound } from '../../shared/errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordEvent } from '../events/record-event.ts';
import type { VacancyStatus } from './contracts.ts';
import { mayManageVacancy, mayViewVacancy } from './policies.ts';
import type { VacancyRow } from './presenters.ts';
import { vacancies } from './schema.ts';
import { isFinalVacancyStatus } from './status-transitions.ts';

/** The vacancy, if the actor may see it; otherwise 404, as if it did not exist. */
export async function vacancyForReading(db: Db, actor: Actor, id: string): Promise<VacancyRow> {
  const [row] = await db.select().from(vacancies).where(eq(vacancies.id, id));
  if (!row || !mayViewVacancy(actor, row)) throw notFound('Vacancy');
  return row;
}

/**
 * The vacancy, locked for this transaction, if the actor may manage it. Those who may not see
 * it get 404; those who see it but may not change it (a case manager, a candidate) get 403.
 */
export async function vacancyForManaging(tx: Db, actor: Actor, id: string): Promise<VacancyRow> {
  const [row] = await tx.select().from(vacancies).where(eq(vacancies.id, id)).for('update');
  if (!row || !mayViewVacancy(actor, row)) throw notFound('Vacancy');
  if (!mayManageVacancy(actor, row)) throw forbidden('Only the employer changes its vacancies');
  return row;
}

/** Filled and closed vacancies are history; they are not edited any more. */
export function requireNotFinal(row: VacancyRow): void {
  if (isFinalVacancyStatus(row.status as VacancyStatus)) {
    throw conflict(`status: a ${row.status} vacancy is no longer changed`, 'status');
  }
}

/** Every change to a vacancy is an event on it; together they are its history. */
export async function recordVacancyEvent(
  tx: Db,
  actor: Actor | null,
  vacancy: Pick<VacancyRow, 'id' | 'regionId'>,
  type: `vacancy.${string}`,
  data: Record<string, unknown>,
  now: Date,
): Promise<void> {
  await recordEvent(tx, {
    regionId: vacancy.regionId,
    type,
    actorUserId: actor?.userId ?? null,
    subjectType: 'vacancy',
    subjectId: vacancy.id,
    data,
    occurredAt: now,
  });
}
