import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { z } from 'zod';
import {
  carveResultSchema,
  historyEntrySchema,
  requirementSchema,
  vacancyImportReportSchema,
  vacancySchema,
  type CarveVacancyBody,
  type ChangeVacancyStatusBody,
  type CreateVacancyBody,
  type SetRequirementsBody,
  type UpdateVacancyBody,
} from '../../../src/modules/vacancies/contracts.ts';
import { apiRequest } from './client.ts';
import { readAsBase64 } from './file-content.ts';
import { toQueryString, type QueryValue } from './query-string.ts';

/** Filters of the vacancy list, as the API spells them (all optional). */
export type VacancyFilter = Readonly<Record<string, QueryValue>>;

export function useVacancies(filter: VacancyFilter = {}) {
  const query = toQueryString(filter);
  return useQuery({
    queryKey: ['vacancies', query],
    queryFn: () => apiRequest('GET', `/api/vacancies${query}`, z.array(vacancySchema)),
    placeholderData: keepPreviousData,
  });
}

export function useVacancy(id: string) {
  return useQuery({
    queryKey: ['vacancy', id],
    queryFn: () => apiRequest('GET', `/api/vacancies/${id}`, vacancySchema),
  });
}

export function useVacancyHistory(id: string, enabled = true) {
  return useQuery({
    queryKey: ['vacancy-history', id],
    queryFn: () => apiRequest('GET', `/api/vacancies/${id}/history`, z.array(historyEntrySchema)),
    enabled,
  });
}

/** The occupation's skills as requirements, for the form to show (and edit) before saving. */
export function fetchSuggestedRequirements(queryClient: QueryClient, occupationId: number) {
  return queryClient.fetchQuery({
    queryKey: ['suggested-requirements', occupationId],
    queryFn: () =>
      apiRequest(
        'GET',
        `/api/vacancies/suggested-requirements?occupationId=${occupationId}`,
        z.array(requirementSchema),
      ),
    staleTime: 10 * 60_000,
  });
}

function useVacancyWrite<V>(write: (variables: V) => Promise<z.infer<typeof vacancySchema>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (vacancy) => {
      queryClient.setQueryData(['vacancy', vacancy.id], vacancy);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['vacancies'] }),
        queryClient.invalidateQueries({ queryKey: ['vacancy-history', vacancy.id] }),
      ]);
    },
  });
}

export const usePostVacancy = () =>
  useVacancyWrite((body: CreateVacancyBody) =>
    apiRequest('POST', '/api/vacancies', vacancySchema, body),
  );

export const useUpdateVacancy = (id: string) =>
  useVacancyWrite((body: UpdateVacancyBody) =>
    apiRequest('PATCH', `/api/vacancies/${id}`, vacancySchema, body),
  );

export const useSetRequirements = (id: string) =>
  useVacancyWrite((body: SetRequirementsBody) =>
    apiRequest('PUT', `/api/vacancies/${id}/requirements`, vacancySchema, body),
  );

export const useChangeVacancyStatus = (id: string) =>
  useVacancyWrite((body: ChangeVacancyStatusBody) =>
    apiRequest('POST', `/api/vacancies/${id}/status`, vacancySchema, body),
  );

export function useCarveVacancy(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CarveVacancyBody) =>
      apiRequest('POST', `/api/vacancies/${id}/carve`, carveResultSchema, body),
    onSuccess: (result) => {
      for (const vacancy of [result.original, result.a, result.b]) {
        queryClient.setQueryData(['vacancy', vacancy.id], vacancy);
      }
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['vacancies'] }),
        queryClient.invalidateQueries({ queryKey: ['vacancy-history', id] }),
      ]);
    },
  });
}

export function useImportVacancies() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      apiRequest('POST', '/api/vacancies/import', vacancyImportReportSchema, {
        filename: file.name,
        contentBase64: await readAsBase64(file),
        dryRun,
      }),
    onSuccess: (report) =>
      report.saved ? queryClient.invalidateQueries({ queryKey: ['vacancies'] }) : undefined,
  });
}
