import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  catalogueSchema,
  serviceSchema,
  trainingSchema,
  type CreateServiceBody,
  type CreateTrainingBody,
  type UpdateServiceBody,
  type UpdateTrainingBody,
} from '../../../src/modules/offers/contracts.ts';
import { apiRequest } from './client.ts';
import { toQueryString, type QueryValue } from './query-string.ts';

/** Trainings and services of providers, and the regional catalogue search. */

export type CatalogueFilter = Readonly<Record<string, QueryValue>>;

export function useCatalogue(filter: CatalogueFilter) {
  const query = toQueryString(filter);
  return useQuery({
    queryKey: ['catalogue', query],
    queryFn: () => apiRequest('GET', `/api/catalogue${query}`, catalogueSchema),
    placeholderData: keepPreviousData,
  });
}

/** The provider's own trainings and services, whatever their status. */
export function useMyTrainings() {
  return useQuery({
    queryKey: ['trainings', 'mine'],
    queryFn: () =>
      apiRequest('GET', '/api/trainings?mine=true&status=all', z.array(trainingSchema)),
  });
}

export function useMyServices() {
  return useQuery({
    queryKey: ['services', 'mine'],
    queryFn: () => apiRequest('GET', '/api/services?mine=true&status=all', z.array(serviceSchema)),
  });
}

export function useTraining(id: string) {
  return useQuery({
    queryKey: ['training', id],
    queryFn: () => apiRequest('GET', `/api/trainings/${id}`, trainingSchema),
  });
}

export function useService(id: string) {
  return useQuery({
    queryKey: ['service', id],
    queryFn: () => apiRequest('GET', `/api/services/${id}`, serviceSchema),
  });
}

function useOfferWrite<V, R extends { id: string }>(
  kind: 'training' | 'service',
  write: (variables: V) => Promise<R>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (offer) => {
      queryClient.setQueryData([kind, offer.id], offer);
      // The provider's own list shows the change at once, before it is fetched again.
      queryClient.setQueryData<R[]>([`${kind}s`, 'mine'], (list) =>
        list?.some((o) => o.id === offer.id)
          ? list.map((o) => (o.id === offer.id ? offer : o))
          : list && [...list, offer],
      );
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: [`${kind}s`] }),
        queryClient.invalidateQueries({ queryKey: ['catalogue'] }),
      ]);
    },
  });
}

export const usePublishTraining = () =>
  useOfferWrite('training', (body: CreateTrainingBody) =>
    apiRequest('POST', '/api/trainings', trainingSchema, body),
  );

export const useUpdateTraining = (id: string) =>
  useOfferWrite('training', (body: UpdateTrainingBody) =>
    apiRequest('PATCH', `/api/trainings/${id}`, trainingSchema, body),
  );

export const usePublishService = () =>
  useOfferWrite('service', (body: CreateServiceBody) =>
    apiRequest('POST', '/api/services', serviceSchema, body),
  );

export const useUpdateService = (id: string) =>
  useOfferWrite('service', (body: UpdateServiceBody) =>
    apiRequest('PATCH', `/api/services/${id}`, serviceSchema, body),
  );
