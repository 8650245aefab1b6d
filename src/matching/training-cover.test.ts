import { describe, expect, it } from 'vitest';
import { greedyTrainingCover } from './training-cover.ts';
import type { TrainingRecord } from './training-cover.ts';

function catalogue(list: { id: string; skills: number[]; weeks: number; cost: number }[]) {
  const records: TrainingRecord[] = list.map((t, slot) => ({
    slot,
    id: t.id,
    skillIds: Int32Array.from(t.skills),
    weeks: t.weeks,
    cost: t.cost,
  }));
  return (skill: number) => records.filter((r) => r.skillIds.includes(skill));
}

describe('greedy training cover', () => {
  it('prefers one training covering several skills over several single ones when cheaper per skill', () => {
    const teaching = catalogue([
      { id: 'a', skills: [1], weeks: 4, cost: 0 },
      { id: 'b', skills: [2], weeks: 4, cost: 0 },
      { id: 'c', skills: [3], weeks: 4, cost: 0 },
      { id: 'abc', skills: [1, 2, 3], weeks: 6, cost: 0 },
    ]);
    const r = greedyTrainingCover([1, 2, 3], teaching);
    expect(r.trainings.map((t) => t.id)).toEqual(['abc']);
    expect(r.totalWeeks).toBe(6);
  });

  it('adds weeks and costs up (trainings run one after another)', () => {
    const teaching = catalogue([
      { id: 'x', skills: [1], weeks: 3, cost: 400 },
      { id: 'y', skills: [2], weeks: 5, cost: 900 },
    ]);
    const r = greedyTrainingCover([1, 2], teaching);
    expect(r.trainings.map((t) => t.id).sort()).toEqual(['x', 'y']);
    expect(r).toMatchObject({ totalWeeks: 8, totalCost: 1300, uncovered: [] });
  });

  it('counts cost as weeks (500 euro ≈ 1 week) when choosing', () => {
    const teaching = catalogue([
      { id: 'cheap-slow', skills: [1], weeks: 4, cost: 0 }, // price 4
      { id: 'fast-dear', skills: [1], weeks: 1, cost: 2000 }, // price 1 + 4 = 5
    ]);
    expect(greedyTrainingCover([1], teaching).trainings.map((t) => t.id)).toEqual(['cheap-slow']);
  });

  it('reports skills no training teaches and drops trainings made redundant', () => {
    const teaching = catalogue([
      { id: 'small', skills: [1], weeks: 1, cost: 0 }, // best ratio first: 1 per week
      { id: 'big', skills: [1, 2, 3], weeks: 4, cost: 0 }, // then needed for 2, 3 — covers 1 too
    ]);
    const r = greedyTrainingCover([1, 2, 3, 9], teaching);
    expect(r.trainings.map((t) => t.id)).toEqual(['big']);
    expect(r.uncovered).toEqual([9]);
    expect(r.covered).toEqual([1, 2, 3]);
  });

  it('is empty for nothing needed', () => {
    expect(greedyTrainingCover([], catalogue([]))).toEqual({
      trainings: [],
      totalWeeks: 0,
      totalCost: 0,
      covered: [],
      uncovered: [],
    });
  });
});
