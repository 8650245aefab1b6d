import type { DashboardQuery } from '../../../../src/modules/dashboard/contracts.ts';

/** The filters live in the address (shareable, bookmarkable): `?from=…&to=…&triageGroup=2`. */
export const filterKeys = [
  'from',
  'to',
  'compare',
  'triageGroup',
  'releasingEmployerId',
  'hiringSector',
  'programmeId',
  'matchingEventId',
] as const;
export type FilterKey = (typeof filterKeys)[number];
export type FilterValues = Record<FilterKey, string>;

export function filterFromParams(params: URLSearchParams): FilterValues {
  return Object.fromEntries(filterKeys.map((k) => [k, params.get(k) ?? ''])) as FilterValues;
}

export function paramsFromFilter(values: FilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const k of filterKeys) if (values[k]) params.set(k, values[k]);
  return params;
}

export function queryFromFilter(values: FilterValues): DashboardQuery {
  const q: DashboardQuery = {};
  if (values.from) q.from = values.from;
  if (values.to) q.to = values.to;
  if (values.compare === 'true' && values.from) q.compare = 'true';
  if (values.triageGroup) q.triageGroup = Number(values.triageGroup);
  if (values.releasingEmployerId) q.releasingEmployerId = values.releasingEmployerId;
  if (values.hiringSector) q.hiringSector = values.hiringSector;
  if (values.programmeId) q.programmeId = values.programmeId;
  if (values.matchingEventId) q.matchingEventId = values.matchingEventId;
  return q;
}
