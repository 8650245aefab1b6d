import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { invalidInput } from '../../shared/errors.ts';
import { vacancies } from '../vacancies/schema.ts';

const DAY = 86_400_000;

/** Job shadowing lasts one day to one week: the end is the start day or up to six days later. */
export function checkShadowingDates(startDate: string, endDate: string): void {
  const days = (Date.parse(endDate) - Date.parse(startDate)) / DAY;
  if (days < 0) throw invalidInput('endDate', 'endDate: must be on or after startDate');
  if (days > 6) throw invalidInput('endDate', 'endDate: job shadowing lasts one day to one week');
}

/** A slot may point to a vacancy of the same employer; its occupation comes with it. */
export async function slotVacancy(
  tx: Db,
  employerId: string,
  vacancyId: string,
): Promise<{ id: string; occupationId: number | null }> {
  const [v] = await tx
    .select({
      id: vacancies.id,
      employerId: vacancies.employerId,
      occupationId: vacancies.occupationId,
    })
    .from(vacancies)
    .where(eq(vacancies.id, vacancyId));
  if (!v || v.employerId !== employerId) {
    throw invalidInput('vacancyId', 'vacancyId: not a vacancy of this employer');
  }
  return v;
}
