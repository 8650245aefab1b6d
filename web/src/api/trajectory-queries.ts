import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  myTrajectorySchema,
  trajectorySchema,
  worklistItemSchema,
  type StartTrajectoryBody,
  type TrajectoryView,
} from '../../../src/modules/trajectories/contracts.ts';
import { ApiError, apiRequest } from './client.ts';

/** A person's trajectory as the case team works with it, and the case manager's worklist. */

export const caseTrajectoryKey = (personId: string) => ['trajectory', 'person', personId] as const;
const worklistKey = ['worklist'] as const;

/**
 * The person's current trajectory (or the last closed one), or null while they have none.
 * The person's trajectory id comes from their 'Mijn traject' view, which the case team may read.
 */
export function useCaseTrajectory(personId: string) {
  return useQuery({
    queryKey: caseTrajectoryKey(personId),
    queryFn: async (): Promise<TrajectoryView | null> => {
      let id: string;
      try {
        id = (
          await apiRequest(
            'GET',
            `/api/persons/${encodeURIComponent(personId)}/trajectory`,
            myTrajectorySchema,
          )
        ).id;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
      return apiRequest('GET', `/api/trajectories/${id}`, trajectorySchema);
    },
  });
}

export function useStartTrajectory(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StartTrajectoryBody) =>
      apiRequest('POST', '/api/trajectories', trajectorySchema, body),
    onSuccess: (view) => {
      queryClient.setQueryData(caseTrajectoryKey(personId), view);
      void queryClient.invalidateQueries({ queryKey: worklistKey });
    },
  });
}

export interface TrajectoryChange {
  /** The path under /api/trajectories/:id, e.g. '/steps'. */
  path: string;
  body: unknown;
  method?: 'POST' | 'PUT';
}

/**
 * Every change to a trajectory answers with the whole trajectory: it replaces the cached one.
 * A refusal (409: someone else moved it meanwhile) reloads it, so the page offers what is
 * allowed now; the form keeps what was typed.
 */
export function useTrajectoryChange(personId: string, trajectoryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body, method = 'POST' }: TrajectoryChange) =>
      apiRequest(method, `/api/trajectories/${trajectoryId}${path}`, trajectorySchema, body),
    onSuccess: (view) => {
      queryClient.setQueryData(caseTrajectoryKey(personId), view);
      void queryClient.invalidateQueries({ queryKey: worklistKey });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: caseTrajectoryKey(personId) });
      }
    },
  });
}

export function useWorklist(withinDays = 14) {
  return useQuery({
    queryKey: [...worklistKey, withinDays],
    queryFn: () =>
      apiRequest('GET', `/api/worklist?withinDays=${withinDays}`, z.array(worklistItemSchema)),
  });
}
