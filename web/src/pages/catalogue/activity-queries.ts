import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  matchingEventSchema,
  shadowingSlotSchema,
  type CreateEventBody,
  type CreateSlotBody,
  type UpdateEventBody,
  type UpdateSlotBody,
} from '../../../../src/modules/offers/contracts.ts';
import { apiRequest } from '../../api/client.ts';

/** Job-shadowing slots of a hiring employer and matching events of their organisers. */

export function useMySlots() {
  return useQuery({
    queryKey: ['shadowing-slots', 'mine'],
    queryFn: () =>
      apiRequest('GET', '/api/shadowing-slots?mine=true&status=all', z.array(shadowingSlotSchema)),
  });
}

export function useSlot(id: string) {
  return useQuery({
    queryKey: ['shadowing-slot', id],
    queryFn: () => apiRequest('GET', `/api/shadowing-slots/${id}`, shadowingSlotSchema),
  });
}

export function useMyEvents() {
  return useQuery({
    queryKey: ['matching-events', 'mine'],
    queryFn: () =>
      apiRequest('GET', '/api/matching-events?mine=true&status=all', z.array(matchingEventSchema)),
  });
}

export function useEvent(id: string) {
  return useQuery({
    queryKey: ['matching-event', id],
    queryFn: () => apiRequest('GET', `/api/matching-events/${id}`, matchingEventSchema),
  });
}

function useActivityWrite<V, R extends { id: string }>(
  kind: 'shadowing-slot' | 'matching-event',
  write: (variables: V) => Promise<R>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (saved) => {
      queryClient.setQueryData([kind, saved.id], saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: [`${kind}s`] }),
        queryClient.invalidateQueries({ queryKey: ['catalogue'] }),
      ]);
    },
  });
}

export const useOfferSlot = () =>
  useActivityWrite('shadowing-slot', (body: CreateSlotBody) =>
    apiRequest('POST', '/api/shadowing-slots', shadowingSlotSchema, body),
  );

export const useUpdateSlot = (id: string) =>
  useActivityWrite('shadowing-slot', (body: UpdateSlotBody) =>
    apiRequest('PATCH', `/api/shadowing-slots/${id}`, shadowingSlotSchema, body),
  );

export const usePlanEvent = () =>
  useActivityWrite('matching-event', (body: CreateEventBody) =>
    apiRequest('POST', '/api/matching-events', matchingEventSchema, body),
  );

export const useUpdateEvent = (id: string) =>
  useActivityWrite('matching-event', (body: UpdateEventBody) =>
    apiRequest('PATCH', `/api/matching-events/${id}`, matchingEventSchema, body),
  );
