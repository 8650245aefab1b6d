import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  dashboardSchema,
  type CreateTargetBody,
  type DashboardQuery,
} from '../../../src/modules/dashboard/contracts.ts';
import { matchingEventSchema } from '../../../src/modules/offers/activity-contracts.ts';
import { apiRequest, apiRequestNoContent } from './client.ts';
import { toQueryString } from './query-string.ts';

/** The dashboard of the signed-in user's scope (region, caseload or consented people). */
export function useDashboard(query: DashboardQuery) {
  const qs = toQueryString({ ...query });
  return useQuery({
    queryKey: ['dashboard', qs],
    queryFn: () => apiRequest('GET', `/api/dashboard${qs}`, dashboardSchema),
  });
}

export const exportUrl = (query: DashboardQuery, format: 'csv' | 'xlsx') =>
  `/api/dashboard/export${toQueryString({ ...query, format })}`;

export function useCreateTarget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTargetBody) =>
      apiRequest('POST', '/api/dashboard/targets', z.object({ id: z.string() }), body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['dashboard'] }),
  });
}

export function useRemoveTarget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequestNoContent('DELETE', `/api/dashboard/targets/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['dashboard'] }),
  });
}

/** Matching events of the region, to cut the figures by or to set a target for. */
export function useMatchingEventOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['matching-events', 'dashboard'],
    queryFn: () => apiRequest('GET', '/api/matching-events', z.array(matchingEventSchema)),
    enabled,
  });
}
