import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  meSchema,
  userSchema,
  type CreateUserBody,
  type Me,
  type UpdateUserBody,
} from '../../../src/modules/auth/contracts.ts';
import {
  organisationSchema,
  regionSchema,
  type CreateOrganisationBody,
  type OrganisationKind,
} from '../../../src/modules/organisations/contracts.ts';
import { apiRequest, apiRequestNoContent, isUnauthenticated } from './client.ts';

export const meKey = ['me'] as const;

/** The signed-in user, or null when signed out (401 is an answer here, not an error). */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async (): Promise<Me | null> => {
      try {
        return await apiRequest('GET', '/api/auth/me', meSchema);
      } catch (error) {
        if (isUnauthenticated(error)) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      apiRequest('POST', '/api/auth/login', meSchema, body),
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
      queryClient.setQueryData(meKey, me);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequestNoContent('POST', '/api/auth/logout'),
    onSettled: () => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
      queryClient.setQueryData(meKey, null);
    },
  });
}

export function useUpdateMyLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: 'nl' | 'en') => apiRequest('PATCH', '/api/auth/me', meSchema, { locale }),
    onSuccess: (me) => queryClient.setQueryData(meKey, me),
  });
}

export function useRegions() {
  return useQuery({
    queryKey: ['regions'],
    queryFn: () => apiRequest('GET', '/api/regions', z.array(regionSchema)),
    staleTime: 60 * 60_000,
  });
}

export function useOrganisations(filter: { kind?: OrganisationKind | undefined } = {}) {
  const params = new URLSearchParams();
  if (filter.kind) params.set('kind', filter.kind);
  const query = params.size ? `?${params.toString()}` : '';
  return useQuery({
    queryKey: ['organisations', filter.kind ?? 'all'],
    queryFn: () => apiRequest('GET', `/api/organisations${query}`, z.array(organisationSchema)),
    // While a filter changes, keep showing the previous list instead of flashing "loading".
    placeholderData: keepPreviousData,
  });
}

export function useOrganisation(id: string | null) {
  return useQuery({
    queryKey: ['organisation', id],
    queryFn: () => apiRequest('GET', `/api/organisations/${id ?? ''}`, organisationSchema),
    enabled: id !== null,
  });
}

export function useUsers(organisationId?: string | null) {
  const query = organisationId ? `?organisationId=${encodeURIComponent(organisationId)}` : '';
  return useQuery({
    queryKey: ['users', organisationId ?? 'all'],
    queryFn: () => apiRequest('GET', `/api/users${query}`, z.array(userSchema)),
  });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrganisationBody) =>
      apiRequest('POST', '/api/organisations', organisationSchema, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['organisations'] }),
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => apiRequest('POST', '/api/users', userSchema, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateUserBody }) =>
      apiRequest('PATCH', `/api/users/${id}`, userSchema, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
