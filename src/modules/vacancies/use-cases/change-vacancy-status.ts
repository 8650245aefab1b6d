import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { conflict, notFound } from '../../../shared/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { ChangeVacancyStatusBody, Vacancy, VacancyStatus } from '../contracts.ts';
import { vacancies } from '../schema.ts';
import { mayMoveVacancy, nextVacancyStatuses } from '../status-transitions.ts';
import { recordVacancyEvent, vacancyForManaging } from '../vacancy-access.ts';
import { vacancyView } from '../vacancy-views.ts';

/** Opens, pauses, reopens, fills or closes a vacancy; the step and its reason are its history. */
export async function changeVacancyStatus(
  db: Db,
  actor: Actor,
  id: string,
  input: ChangeVacancyStatusBody,
  now: Date,
): Promise<Vacancy> {
  return db.transaction(async (tx) => {
    const current = await vacancyForManaging(tx, actor, id);
    const from = current.status as VacancyStatus;
    if (!mayMoveVacancy(from, input.status)) {
      const next = nextVacancyStatuses(from);
      throw conflict(
        `status: a ${from} vacancy cannot become ${input.status}` +
          (next.length > 0 ? ` (it can become ${next.join(' or ')})` : ' (it is final)'),
        'status',
      );
    }
    const [row] = await tx
      .update(vacancies)
      .set({ status: input.status, updatedAt: now })
      .where(eq(vacancies.id, id))
      .returning();
    if (!row) throw notFound('Vacancy');
    await recordVacancyEvent(
      tx,
      actor,
      row,
      'vacancy.status_changed',
      { from, to: input.status, reason: input.reason ?? null },
      now,
    );
    return vacancyView(tx, actor, row);
  });
}
