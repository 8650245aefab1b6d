/**
 * Vacancies: requirements (arena + inverted index, see requirement-sets.ts) and the conditions
 * the constraints compare against, as columns indexed by slot. NaN / -1 / NO_DAY mean unknown.
 */

import { RequirementSets } from './requirement-sets.ts';
import { SlotMap, grow } from './slots.ts';
import type { Interner } from './slots.ts';
import { CONTRACT_TYPES } from './types.ts';
import type { ContractType, VacancyInput } from './types.ts';

/** "Unknown date" sentinel for Int32 day columns. */
export const NO_DAY = -0x80000000;

/** ISO `YYYY-MM-DD` → days since 1970-01-01 (UTC). */
export function toDay(iso: string, field: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`${field}: expected YYYY-MM-DD, got "${iso}"`);
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000);
}

export function fromDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function contractCode(t: ContractType): number {
  const i = CONTRACT_TYPES.indexOf(t);
  if (i < 0) throw new RangeError(`contractType: unknown "${String(t)}"`);
  return i;
}

export interface SharedDictionaries {
  regions: Interner;
  sectors: Interner;
  occupations: Interner;
}

export class VacancyIndex {
  readonly slots = new SlotMap();
  readonly sets = new RequirementSets();
  lat = new Float64Array(0);
  lon = new Float64Array(0);
  region = new Int32Array(0);
  hoursMin = new Float32Array(0);
  hoursMax = new Float32Array(0);
  salaryMin = new Float32Array(0);
  salaryMax = new Float32Array(0);
  startDay = new Int32Array(0);
  contract = new Int8Array(0);
  sector = new Int32Array(0);
  occupation = new Int32Array(0);
  positions = new Int32Array(0);
  /** Open positions per interned occupation id, for opportunity occupations. */
  readonly openPositionsByOccupation = new Map<number, number>();

  constructor(private readonly dicts: SharedDictionaries) {}

  get size(): number {
    return this.slots.size;
  }

  private ensure(slot: number): void {
    if (slot < this.lat.length) return;
    const n = slot + 1;
    this.lat = grow(this.lat, n, NaN);
    this.lon = grow(this.lon, n, NaN);
    this.region = grow(this.region, n, -1);
    this.hoursMin = grow(this.hoursMin, n, NaN);
    this.hoursMax = grow(this.hoursMax, n, NaN);
    this.salaryMin = grow(this.salaryMin, n, NaN);
    this.salaryMax = grow(this.salaryMax, n, NaN);
    this.startDay = grow(this.startDay, n, NO_DAY);
    this.sector = grow(this.sector, n, -1);
    this.occupation = grow(this.occupation, n, -1);
    this.positions = grow(this.positions, n);
    const contract = new Int8Array(this.lat.length).fill(-1);
    contract.set(this.contract);
    this.contract = contract;
  }

  /** Adds or replaces; returns the slot. Validation is the caller's (engine.ts). */
  upsert(v: VacancyInput, teachCount: Int32Array): number {
    const slot = this.slots.acquire(v.id);
    this.ensure(slot);
    this.forgetPositions(slot);
    this.sets.set(slot, v.requirements, teachCount);
    const p = v.location?.point;
    this.lat[slot] = p ? p.lat : NaN;
    this.lon[slot] = p ? p.lon : NaN;
    const region = v.location?.regionId;
    this.region[slot] = region === undefined ? -1 : this.dicts.regions.code(region);
    this.hoursMin[slot] = v.hours ? v.hours.min : NaN;
    this.hoursMax[slot] = v.hours ? v.hours.max : NaN;
    this.salaryMin[slot] = v.salary ? v.salary.min : NaN;
    this.salaryMax[slot] = v.salary ? v.salary.max : NaN;
    this.startDay[slot] = v.startDate ? toDay(v.startDate, 'startDate') : NO_DAY;
    this.contract[slot] = v.contractType ? contractCode(v.contractType) : -1;
    this.sector[slot] = v.sector === undefined ? -1 : this.dicts.sectors.code(v.sector);
    this.occupation[slot] =
      v.occupationId === undefined ? -1 : this.dicts.occupations.code(v.occupationId);
    this.positions[slot] = v.positions;
    const occ = this.occupation[slot] ?? -1;
    if (occ >= 0) {
      const open = this.openPositionsByOccupation;
      open.set(occ, (open.get(occ) ?? 0) + v.positions);
    }
    return slot;
  }

  private forgetPositions(slot: number): void {
    const occ = this.occupation[slot] ?? -1;
    if (occ < 0) return;
    const open = this.openPositionsByOccupation;
    const left = (open.get(occ) ?? 0) - (this.positions[slot] ?? 0);
    if (left > 0) open.set(occ, left);
    else open.delete(occ);
  }

  remove(id: string): number | undefined {
    const slot = this.slots.release(id);
    if (slot === undefined) return undefined;
    this.sets.clear(slot);
    this.forgetPositions(slot);
    this.occupation[slot] = -1;
    this.positions[slot] = 0;
    return slot;
  }
}
