/**
 * Constraints FILTER a pair; they never lower its score (a job 40 km away is not a worse fit,
 * it is out of reach). Checked in this fixed order; the first that fails is `excludedBy`:
 *
 *   distance      — candidate's max travel km: haversine between home and workplace when both
 *                   have coordinates; otherwise both region ids must be equal. Unknown → pass.
 *   hours         — the candidate's [min, max] hours per week must overlap the vacancy's.
 *   salary        — the top of the vacancy's band must reach the candidate's minimum.
 *   start-date    — the vacancy must not start more than START_DATE_GRACE_DAYS before the
 *                   candidate can start (employers usually wait a few weeks for a good match).
 *   contract-type — the vacancy's contract type is one the candidate accepts.
 *   sector        — the vacancy's sector is one the candidate wished (when they named any).
 *
 * A wish or condition that is unknown on either side does not exclude: missing data must not
 * hide a job. Hot path returns a numeric code; `describeExclusion` builds the object lazily.
 */

import type { CandidateIndex } from './candidate-index.ts';
import type { SharedDictionaries, VacancyIndex } from './vacancy-index.ts';
import { NO_DAY, fromDay } from './vacancy-index.ts';
import { CONTRACT_TYPES } from './types.ts';
import type { ConstraintName, ContractType, Exclusion } from './types.ts';

export const START_DATE_GRACE_DAYS = 28;

export const PASS = 0;
/** Code k (1-based) is CONSTRAINT_ORDER[k − 1]. */
export const CONSTRAINT_ORDER: readonly ConstraintName[] = [
  'distance',
  'hours',
  'salary',
  'start-date',
  'contract-type',
  'sector',
];

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

function distanceKm(cand: CandidateIndex, c: number, vac: VacancyIndex, v: number): number {
  return haversineKm(cand.lat[c] ?? NaN, cand.lon[c] ?? NaN, vac.lat[v] ?? NaN, vac.lon[v] ?? NaN);
}

/** 0 = pass, else 1 + index in CONSTRAINT_ORDER. */
export function checkConstraints(
  cand: CandidateIndex,
  c: number,
  vac: VacancyIndex,
  v: number,
): number {
  const maxKm = cand.maxKm[c] ?? NaN;
  if (maxKm === maxKm) {
    const km = distanceKm(cand, c, vac, v);
    if (km === km) {
      if (km > maxKm) return 1;
    } else {
      const cr = cand.region[c] ?? -1;
      const vr = vac.region[v] ?? -1;
      if (cr >= 0 && vr >= 0 && cr !== vr) return 1;
    }
  }
  const wantMin = cand.minHours[c] ?? NaN;
  const wantMax = cand.maxHours[c] ?? NaN;
  const offMin = vac.hoursMin[v] ?? NaN;
  const offMax = vac.hoursMax[v] ?? NaN;
  if (offMax < wantMin || offMin > wantMax) return 2; // NaN comparisons are false: unknown passes
  const minSalary = cand.minSalary[c] ?? NaN;
  const top =
    vac.salaryMax[v] === vac.salaryMax[v] ? (vac.salaryMax[v] ?? NaN) : (vac.salaryMin[v] ?? NaN);
  if (top < minSalary) return 3;
  const earliest = cand.earliestDay[c] ?? NO_DAY;
  const start = vac.startDay[v] ?? NO_DAY;
  if (earliest !== NO_DAY && start !== NO_DAY && start + START_DATE_GRACE_DAYS < earliest) return 4;
  const mask = cand.contractMask[c] ?? 0;
  const contract = vac.contract[v] ?? -1;
  if (mask !== 0 && contract >= 0 && (mask & (1 << contract)) === 0) return 5;
  const sectors = cand.sectors[c];
  const sector = vac.sector[v] ?? -1;
  if (sectors && sectors.length > 0 && sector >= 0 && !sectors.includes(sector)) return 6;
  return PASS;
}

const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;
/** Equirectangular distance is within 0.5 % of haversine up to this range (mid latitudes). */
const APPROX_RANGE_KM = 200;
const APPROX_BAND = 0.03;

/**
 * The same verdict as `checkConstraints(...) === PASS`, for scanning many vacancies for one
 * candidate: the candidate's wishes are read once, cheap checks go first, and distance uses an
 * equirectangular estimate, falling back to haversine within 3 % of the limit (so the verdict
 * never differs from the exact rule).
 */
export class ConstraintFilter {
  private maxKm = NaN;
  private lat = NaN;
  private lon = NaN;
  private region = -1;
  private wantMin = NaN;
  private wantMax = NaN;
  private minSalary = NaN;
  private earliest = NO_DAY;
  private mask = 0;
  private sectors: Int32Array | null = null;
  private lo2 = 0;
  private hi2 = 0;

  load(cand: CandidateIndex, c: number): this {
    this.maxKm = cand.maxKm[c] ?? NaN;
    this.lat = cand.lat[c] ?? NaN;
    this.lon = cand.lon[c] ?? NaN;
    this.region = cand.region[c] ?? -1;
    this.wantMin = cand.minHours[c] ?? NaN;
    this.wantMax = cand.maxHours[c] ?? NaN;
    this.minSalary = cand.minSalary[c] ?? NaN;
    this.earliest = cand.earliestDay[c] ?? NO_DAY;
    this.mask = cand.contractMask[c] ?? 0;
    const sectors = cand.sectors[c];
    this.sectors = sectors && sectors.length > 0 ? sectors : null;
    this.lo2 = (this.maxKm * (1 - APPROX_BAND)) ** 2;
    this.hi2 = (this.maxKm * (1 + APPROX_BAND)) ** 2;
    return this;
  }

  passes(vac: VacancyIndex, v: number): boolean {
    const contract = vac.contract[v] ?? -1;
    if (this.mask !== 0 && contract >= 0 && (this.mask & (1 << contract)) === 0) return false;
    if ((vac.hoursMax[v] ?? NaN) < this.wantMin || (vac.hoursMin[v] ?? NaN) > this.wantMax)
      return false;
    const sMax = vac.salaryMax[v] ?? NaN;
    if ((sMax === sMax ? sMax : (vac.salaryMin[v] ?? NaN)) < this.minSalary) return false;
    const start = vac.startDay[v] ?? NO_DAY;
    if (
      this.earliest !== NO_DAY &&
      start !== NO_DAY &&
      start + START_DATE_GRACE_DAYS < this.earliest
    ) {
      return false;
    }
    const sector = vac.sector[v] ?? -1;
    if (this.sectors !== null && sector >= 0 && !this.sectors.includes(sector)) return false;
    if (this.maxKm !== this.maxKm) return true;
    const vlat = vac.lat[v] ?? NaN;
    const vlon = vac.lon[v] ?? NaN;
    if (this.lat === this.lat && this.lon === this.lon && vlat === vlat && vlon === vlon) {
      const dy = (vlat - this.lat) * KM_PER_DEGREE;
      const dx = (vlon - this.lon) * KM_PER_DEGREE * Math.cos(((vlat + this.lat) / 2) * RAD);
      const d2 = dx * dx + dy * dy;
      if (d2 < APPROX_RANGE_KM * APPROX_RANGE_KM) {
        if (d2 <= this.lo2) return true;
        if (d2 > this.hi2) return false;
      }
      return haversineKm(this.lat, this.lon, vlat, vlon) <= this.maxKm;
    }
    const vr = vac.region[v] ?? -1;
    return !(this.region >= 0 && vr >= 0 && this.region !== vr);
  }
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

export function describeExclusion(
  code: number,
  cand: CandidateIndex,
  c: number,
  vac: VacancyIndex,
  v: number,
  dicts: SharedDictionaries,
): Exclusion | null {
  switch (CONSTRAINT_ORDER[code - 1]) {
    case 'distance': {
      const km = distanceKm(cand, c, vac, v);
      if (km === km)
        return {
          constraint: 'distance',
          basis: 'coordinates',
          maxKm: cand.maxKm[c] ?? 0,
          km: round1(km),
        };
      return {
        constraint: 'distance',
        basis: 'region',
        candidateRegionId: dicts.regions.name(cand.region[c] ?? -1),
        vacancyRegionId: dicts.regions.name(vac.region[v] ?? -1),
      };
    }
    case 'hours':
      return {
        constraint: 'hours',
        wanted: { min: orElse(cand.minHours[c], 0), max: orElse(cand.maxHours[c], 168) },
        offered: { min: orElse(vac.hoursMin[v], 0), max: orElse(vac.hoursMax[v], 168) },
      };
    case 'salary':
      return {
        constraint: 'salary',
        minWanted: orElse(cand.minSalary[c], 0),
        maxOffered: orElse(vac.salaryMax[v], orElse(vac.salaryMin[v], 0)),
      };
    case 'start-date':
      return {
        constraint: 'start-date',
        earliestStart: fromDay(cand.earliestDay[c] ?? 0),
        vacancyStart: fromDay(vac.startDay[v] ?? 0),
      };
    case 'contract-type': {
      const mask = cand.contractMask[c] ?? 0;
      const accepted: ContractType[] = CONTRACT_TYPES.filter((_, i) => (mask & (1 << i)) !== 0);
      return {
        constraint: 'contract-type',
        accepted,
        offered: CONTRACT_TYPES[vac.contract[v] ?? 0] ?? 'permanent',
      };
    }
    case 'sector':
      return {
        constraint: 'sector',
        wished: [...(cand.sectors[c] ?? [])].map((s) => dicts.sectors.name(s)),
        offered: dicts.sectors.name(vac.sector[v] ?? -1),
      };
    default:
      return null;
  }
}

function orElse(x: number | undefined, fallback: number): number {
  return x === undefined || Number.isNaN(x) ? fallback : x;
}
