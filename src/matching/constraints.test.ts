import { describe, expect, it } from 'vitest';
import { ConstraintFilter, PASS, checkConstraints, haversineKm } from './constraints.ts';
import { EngineCore } from './core.ts';
import { MatchingEngine } from './engine.ts';
import { aCandidate, aVacancy, randomWorld } from './test-factories.ts';
import type { CandidateWishes, VacancyInput } from './types.ts';

const UTRECHT = { lat: 52.0907, lon: 5.1214 };
const AMERSFOORT = { lat: 52.1561, lon: 5.3878 }; // ≈ 19.4 km from Utrecht
const NIJMEGEN = { lat: 51.8126, lon: 5.8372 }; // ≈ 58 km from Utrecht

function pair(wishes: CandidateWishes, vacancy: Partial<VacancyInput>): MatchingEngine {
  const e = new MatchingEngine();
  e.upsertVacancy(aVacancy(vacancy));
  e.upsertCandidate(aCandidate({ wishes }));
  return e;
}

function excluded(e: MatchingEngine) {
  const x = e.explain('cand-1', 'vac-1');
  // A constraint filters; it never changes the score.
  expect(x.score).toBe(100);
  return { excludedBy: x.excludedBy, listed: e.topVacanciesForCandidate('cand-1', 5).length };
}

describe('constraints filter, they do not lower the score', () => {
  it('haversine: one degree along the equator is 2πR/360 = 111.195 km; Utrecht–Amersfoort ≈ 19.5 km', () => {
    expect(haversineKm(0, 0, 0, 1)).toBeCloseTo(111.195, 3);
    expect(haversineKm(UTRECHT.lat, UTRECHT.lon, AMERSFOORT.lat, AMERSFOORT.lon)).toBeCloseTo(
      19.5,
      0,
    );
  });

  it('distance by coordinates', () => {
    const near = pair({ maxTravelKm: 25, home: UTRECHT }, { location: { point: AMERSFOORT } });
    expect(excluded(near)).toEqual({ excludedBy: null, listed: 1 });
    const far = excluded(
      pair({ maxTravelKm: 25, home: UTRECHT }, { location: { point: NIJMEGEN } }),
    );
    expect(far.listed).toBe(0);
    expect(far.excludedBy).toMatchObject({
      constraint: 'distance',
      basis: 'coordinates',
      maxKm: 25,
    });
    expect(
      far.excludedBy?.constraint === 'distance' &&
        far.excludedBy.basis === 'coordinates' &&
        far.excludedBy.km,
    ).toBeGreaterThan(55);
  });

  it('distance by region when coordinates are missing; unknown passes', () => {
    const other = excluded(
      pair({ maxTravelKm: 25, homeRegionId: 'utrecht' }, { location: { regionId: 'gelderland' } }),
    );
    expect(other).toEqual({
      excludedBy: {
        constraint: 'distance',
        basis: 'region',
        candidateRegionId: 'utrecht',
        vacancyRegionId: 'gelderland',
      },
      listed: 0,
    });
    expect(
      excluded(
        pair({ maxTravelKm: 25, homeRegionId: 'utrecht' }, { location: { regionId: 'utrecht' } }),
      ).listed,
    ).toBe(1);
    expect(excluded(pair({ maxTravelKm: 25 }, { location: { regionId: 'utrecht' } })).listed).toBe(
      1,
    );
  });

  it('hours must overlap', () => {
    const e = excluded(pair({ minHours: 32, maxHours: 40 }, { hours: { min: 16, max: 24 } }));
    expect(e).toEqual({
      excludedBy: {
        constraint: 'hours',
        wanted: { min: 32, max: 40 },
        offered: { min: 16, max: 24 },
      },
      listed: 0,
    });
    expect(
      excluded(pair({ minHours: 24, maxHours: 32 }, { hours: { min: 32, max: 38 } })).listed,
    ).toBe(1);
  });

  it('salary band top must reach the minimum', () => {
    const e = excluded(pair({ minSalary: 3200 }, { salary: { min: 2600, max: 3100 } }));
    expect(e).toEqual({
      excludedBy: { constraint: 'salary', minWanted: 3200, maxOffered: 3100 },
      listed: 0,
    });
    expect(excluded(pair({ minSalary: 3000 }, { salary: { min: 2600, max: 3100 } })).listed).toBe(
      1,
    );
  });

  it('start date: a vacancy starting more than 28 days before the candidate can start', () => {
    const e = excluded(pair({ earliestStart: '2026-06-01' }, { startDate: '2026-05-01' }));
    expect(e).toEqual({
      excludedBy: {
        constraint: 'start-date',
        earliestStart: '2026-06-01',
        vacancyStart: '2026-05-01',
      },
      listed: 0,
    });
    expect(
      excluded(pair({ earliestStart: '2026-06-01' }, { startDate: '2026-05-10' })).listed,
    ).toBe(1);
  });

  it('contract type must be accepted', () => {
    const e = excluded(
      pair({ contractTypes: ['permanent', 'conditional'] }, { contractType: 'temporary-agency' }),
    );
    expect(e).toEqual({
      excludedBy: {
        constraint: 'contract-type',
        accepted: ['permanent', 'conditional'],
        offered: 'temporary-agency',
      },
      listed: 0,
    });
    expect(
      excluded(pair({ contractTypes: ['conditional'] }, { contractType: 'conditional' })).listed,
    ).toBe(1);
  });

  it('sector must be wished, when the candidate named sectors', () => {
    const e = excluded(pair({ sectors: ['care'] }, { sector: 'ict' }));
    expect(e).toEqual({
      excludedBy: { constraint: 'sector', wished: ['care'], offered: 'ict' },
      listed: 0,
    });
    expect(excluded(pair({}, { sector: 'ict' })).listed).toBe(1);
  });

  it('applies to topCandidatesForVacancy too', () => {
    const e = pair({ minSalary: 5000 }, { salary: { min: 2600, max: 3100 } });
    e.upsertCandidate(aCandidate({ id: 'cand-2' }));
    expect(e.topCandidatesForVacancy('vac-1', 5).map((r) => r.candidateId)).toEqual(['cand-2']);
  });
});

describe('ConstraintFilter (the fast path) agrees with checkConstraints', () => {
  it('on every pair of random worlds, including distances near the limit', () => {
    for (const seed of [31, 32, 33]) {
      const w = randomWorld(seed, 60, 300);
      const core = new EngineCore();
      for (const v of w.vacancies) core.vacancies.upsert(v, core.teachCount);
      for (const c of w.candidates) core.candidates.upsert(c);
      const filter = new ConstraintFilter();
      let passed = 0;
      for (const c of w.candidates) {
        const cs = core.candidates.slots.slotOf(c.id) ?? -1;
        filter.load(core.candidates, cs);
        for (const v of w.vacancies) {
          const vs = core.vacancies.slots.slotOf(v.id) ?? -1;
          const exact = checkConstraints(core.candidates, cs, core.vacancies, vs) === PASS;
          expect(filter.passes(core.vacancies, vs)).toBe(exact);
          if (exact) passed++;
        }
      }
      expect(passed).toBeGreaterThan(0);
    }
  });
});
