import { describe, expect, it } from 'vitest';
import { vacancyStatuses, type VacancyStatus } from './contracts.ts';
import { isFinalVacancyStatus, mayMoveVacancy } from './status-transitions.ts';

describe('vacancy status transitions', () => {
  const legal: [VacancyStatus, VacancyStatus][] = [
    ['draft', 'open'],
    ['open', 'paused'],
    ['paused', 'open'],
    ['open', 'filled'],
    ['open', 'closed'],
    ['paused', 'filled'],
    ['paused', 'closed'],
  ];

  it('allows exactly draft→open, open↔paused and open/paused→filled/closed', () => {
    for (const from of vacancyStatuses) {
      for (const to of vacancyStatuses) {
        const expected = legal.some(([f, t]) => f === from && t === to);
        expect(mayMoveVacancy(from, to), `${from}→${to}`).toBe(expected);
      }
    }
  });

  it('treats filled and closed as final', () => {
    expect(vacancyStatuses.filter(isFinalVacancyStatus)).toEqual(['filled', 'closed']);
  });
});
