import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { z } from 'zod';
import {
  historyEntrySchema,
  importResultSchema,
  passportExportSchema,
  passportSchema,
  personSummarySchema,
  skillSuggestionSchema,
  type AddEducationBody,
  type AddWorkHistoryBody,
  type CreatePersonBody,
  type Passport,
  type PassportExport,
  type SaveSkillBody,
  type SetWishesBody,
  type UpdatePersonBody,
  type UpdateWorkHistoryBody,
} from '../../../src/modules/people/contracts.ts';
import { ApiError, apiRequest } from './client.ts';

export const myPassportKey = ['passport', 'me'] as const;
export const passportKey = (id: string) => ['passport', id] as const;
const suggestionsKey = (id: string) => ['passport-suggestions', id] as const;
const historyKey = (id: string) => ['passport-history', id] as const;
const caseloadKey = ['caseload'] as const;

const personUrl = (id: string) => `/api/persons/${encodeURIComponent(id)}`;

/** The signed-in candidate's own passport, or null while they have none (404 is an answer). */
export function useMyPassport() {
  return useQuery({
    queryKey: myPassportKey,
    queryFn: async (): Promise<Passport | null> => {
      try {
        return await apiRequest('GET', '/api/persons/me', passportSchema);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

export function usePassport(id: string) {
  return useQuery({
    queryKey: passportKey(id),
    queryFn: () => apiRequest('GET', personUrl(id), passportSchema),
  });
}

export function useSkillSuggestions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: suggestionsKey(id),
    queryFn: () =>
      apiRequest('GET', `${personUrl(id)}/skill-suggestions`, z.array(skillSuggestionSchema)),
    enabled,
  });
}

export function usePassportHistory(id: string) {
  return useQuery({
    queryKey: historyKey(id),
    queryFn: () => apiRequest('GET', `${personUrl(id)}/history`, z.array(historyEntrySchema)),
  });
}

export function useCaseload(q: string) {
  const params = new URLSearchParams({ limit: '200' });
  if (q) params.set('q', q);
  return useQuery({
    queryKey: [...caseloadKey, q],
    queryFn: () =>
      apiRequest('GET', `/api/persons?${params.toString()}`, z.array(personSummarySchema)),
    placeholderData: keepPreviousData,
  });
}

/** After any change: the answer is the whole passport; suggestions and history follow it. */
function passportChanged(queryClient: QueryClient, passport: Passport): void {
  queryClient.setQueryData(passportKey(passport.id), passport);
  queryClient.setQueryData<Passport | null>(myPassportKey, (mine) =>
    mine && mine.id === passport.id ? passport : mine,
  );
  void queryClient.invalidateQueries({ queryKey: suggestionsKey(passport.id) });
  void queryClient.invalidateQueries({ queryKey: historyKey(passport.id) });
  void queryClient.invalidateQueries({ queryKey: caseloadKey });
}

/** A change to one passport that the server answers with the whole passport. */
function usePassportChange<V>(personId: string, send: (url: string, vars: V) => Promise<Passport>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: V) => send(personUrl(personId), vars),
    onSuccess: (passport) => passportChanged(queryClient, passport),
  });
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePersonBody) =>
      apiRequest('POST', '/api/persons', passportSchema, body),
    onSuccess: (passport) => {
      queryClient.setQueryData(passportKey(passport.id), passport);
      // Only a candidate's own passport has an account: it is "mine".
      if (passport.hasAccount) queryClient.setQueryData(myPassportKey, passport);
      void queryClient.invalidateQueries({ queryKey: caseloadKey });
    },
  });
}

export const useUpdatePersonal = (id: string) =>
  usePassportChange(id, (url, body: UpdatePersonBody) =>
    apiRequest('PATCH', url, passportSchema, body),
  );

export const useAddWorkHistory = (id: string) =>
  usePassportChange(id, (url, body: AddWorkHistoryBody) =>
    apiRequest('POST', `${url}/work-history`, passportSchema, body),
  );

export const useUpdateWorkHistory = (id: string) =>
  usePassportChange(id, (url, v: { entryId: string; body: UpdateWorkHistoryBody }) =>
    apiRequest('PATCH', `${url}/work-history/${v.entryId}`, passportSchema, v.body),
  );

export const useRemoveWorkHistory = (id: string) =>
  usePassportChange(id, (url, entryId: string) =>
    apiRequest('DELETE', `${url}/work-history/${entryId}`, passportSchema),
  );

export const useSaveSkill = (id: string) =>
  usePassportChange(id, (url, v: { skillId: number; body: SaveSkillBody }) =>
    apiRequest('PUT', `${url}/skills/${v.skillId}`, passportSchema, v.body),
  );

export const useRemoveSkill = (id: string) =>
  usePassportChange(id, (url, skillId: number) =>
    apiRequest('DELETE', `${url}/skills/${skillId}`, passportSchema),
  );

export const useConfirmSkill = (id: string) =>
  usePassportChange(id, (url, skillId: number) =>
    apiRequest('POST', `${url}/skills/${skillId}/confirm`, passportSchema, {}),
  );

export const useAddEducation = (id: string) =>
  usePassportChange(id, (url, body: AddEducationBody) =>
    apiRequest('POST', `${url}/education`, passportSchema, body),
  );

export const useRemoveEducation = (id: string) =>
  usePassportChange(id, (url, entryId: string) =>
    apiRequest('DELETE', `${url}/education/${entryId}`, passportSchema),
  );

export const useSetWishes = (id: string) =>
  usePassportChange(id, (url, body: SetWishesBody) =>
    apiRequest('PUT', `${url}/wishes`, passportSchema, body),
  );

export function useDismissSuggestion(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (skillId: number) =>
      apiRequest(
        'POST',
        `${personUrl(id)}/skill-suggestions/${skillId}/dismiss`,
        z.array(skillSuggestionSchema),
      ),
    onSuccess: (left) => {
      queryClient.setQueryData(suggestionsKey(id), left);
      void queryClient.invalidateQueries({ queryKey: historyKey(id) });
    },
  });
}

/** The passport as an overstap.passport/v1 document (the export is recorded in the history). */
export function useExportPassport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('GET', `${personUrl(id)}/export`, passportExportSchema),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: historyKey(id) }),
  });
}

/** Import a file: as a new passport (personId null) or replacing this passport's content. */
export function useImportPassport(personId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (document: PassportExport) =>
      personId
        ? apiRequest('POST', `${personUrl(personId)}/import`, importResultSchema, document)
        : apiRequest('POST', '/api/persons/import', importResultSchema, document),
    onSuccess: (result) => {
      passportChanged(queryClient, result.passport);
      if (result.passport.hasAccount) queryClient.setQueryData(myPassportKey, result.passport);
    },
  });
}
