import type {
  CreateVacancyBody,
  EmploymentConditionsInput,
  UpdateVacancyBody,
  Vacancy,
} from '../../../../src/modules/vacancies/contracts.ts';

type Fields = Omit<CreateVacancyBody, 'requirements' | 'status' | 'fromOccupation' | 'employerId'>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Only what the form changed, so the history says "2 details changed" and not every field;
 * null when nothing changed.
 */
export function changedFields(vacancy: Vacancy, fields: Fields): UpdateVacancyBody | null {
  const current: Record<string, unknown> = {
    ...vacancy,
    occupationId: vacancy.occupation?.id ?? null,
  };
  const { conditions, ...rest } = fields;
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (!same(value, current[key])) body[key] = value;
  }
  const changedConditions: EmploymentConditionsInput = {};
  for (const [key, value] of Object.entries(conditions) as [
    keyof EmploymentConditionsInput,
    unknown,
  ][]) {
    if (!same(value, vacancy.conditions[key])) {
      Object.assign(changedConditions, { [key]: value });
    }
  }
  if (Object.keys(changedConditions).length > 0) body.conditions = changedConditions;
  return Object.keys(body).length > 0 ? (body as UpdateVacancyBody) : null;
}
