import type { VacancyStatus } from './contracts.ts';

/**
 * The life of a vacancy: a draft is opened; an open vacancy can be paused and reopened; an open
 * or paused vacancy ends as filled or closed. Filled and closed are final (post a new vacancy
 * instead), so the history of a vacancy always reads forward.
 */
const allowed: Record<VacancyStatus, readonly VacancyStatus[]> = {
  draft: ['open'],
  open: ['paused', 'filled', 'closed'],
  paused: ['open', 'filled', 'closed'],
  filled: [],
  closed: [],
};

export const mayMoveVacancy = (from: VacancyStatus, to: VacancyStatus): boolean =>
  allowed[from].includes(to);

export const nextVacancyStatuses = (from: VacancyStatus): readonly VacancyStatus[] => allowed[from];

/** Filled and closed vacancies are history: they are no longer edited. */
export const isFinalVacancyStatus = (status: VacancyStatus): boolean =>
  allowed[status].length === 0;
