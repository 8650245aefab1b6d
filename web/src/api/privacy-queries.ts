import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { z } from 'zod';
import {
  accessLogEntrySchema,
  consentRecipientsSchema,
  consentSchema,
  dataExportSchema,
  erasureResultSchema,
  type Consent,
  type GrantConsentBody,
} from '../../../src/modules/consent/contracts.ts';
import {
  myTrajectorySchema,
  type MyTrajectory,
} from '../../../src/modules/trajectories/contracts.ts';
import { ApiError, apiRequest } from './client.ts';
import { meKey } from './queries.ts';

/** The candidate's own trajectory ('Mijn traject'), consents, access log, export and erasure. */

const personUrl = (id: string) => `/api/persons/${encodeURIComponent(id)}`;

export const myTrajectoryKey = (personId: string) => ['my-trajectory', personId] as const;
const consentsKey = (personId: string) => ['consents', personId] as const;
const recipientsKey = (personId: string) => ['consent-recipients', personId] as const;
const accessLogKey = (personId: string) => ['access-log', personId] as const;

/** 'Mijn traject', or null while the person has no trajectory (404 is an answer here). */
export function useMyTrajectory(personId: string) {
  return useQuery({
    queryKey: myTrajectoryKey(personId),
    queryFn: async (): Promise<MyTrajectory | null> => {
      try {
        return await apiRequest('GET', `${personUrl(personId)}/trajectory`, myTrajectorySchema);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** Self-registration: the candidate asks their case organisation for a trajectory. */
export function useRegisterForTrajectory(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('POST', `${personUrl(personId)}/trajectory`, myTrajectorySchema),
    onSuccess: (mine) => queryClient.setQueryData(myTrajectoryKey(personId), mine),
  });
}

/** Every consent of the person, newest first (withdrawn and expired ones too: the history). */
export function useConsents(personId: string) {
  return useQuery({
    queryKey: consentsKey(personId),
    queryFn: () => apiRequest('GET', `${personUrl(personId)}/consents`, z.array(consentSchema)),
  });
}

/** Per purpose, the organisations of the region that consent can go to. */
export function useConsentRecipients(personId: string) {
  return useQuery({
    queryKey: recipientsKey(personId),
    queryFn: () =>
      apiRequest('GET', `${personUrl(personId)}/consent-recipients`, consentRecipientsSchema),
    staleTime: 5 * 60_000,
  });
}

/** Both answer with the whole list, which replaces the cached one at once. */
function useConsentChange<V>(personId: string, send: (vars: V) => Promise<Consent[]>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (consents) => queryClient.setQueryData(consentsKey(personId), consents),
  });
}

export const useGrantConsent = (personId: string) =>
  useConsentChange(personId, (body: GrantConsentBody) =>
    apiRequest('POST', `${personUrl(personId)}/consents`, z.array(consentSchema), body),
  );

export const useWithdrawConsent = (personId: string) =>
  useConsentChange(personId, (consentId: string) =>
    apiRequest(
      'POST',
      `${personUrl(personId)}/consents/${encodeURIComponent(consentId)}/withdraw`,
      z.array(consentSchema),
      {},
    ),
  );

/** Who of another organisation read the person's data, newest first. */
export function useAccessLog(personId: string) {
  return useQuery({
    queryKey: accessLogKey(personId),
    queryFn: () =>
      apiRequest('GET', `${personUrl(personId)}/access-log`, z.array(accessLogEntrySchema)),
  });
}

/** All data about the person as one overstap.personal-data/v1 document. */
export function useDataExport(personId: string) {
  return useMutation({
    mutationFn: () => apiRequest('GET', `${personUrl(personId)}/data-export`, dataExportSchema),
  });
}

/** Erasure also ends the account's sessions on the server (the caller then signs out locally). */
export function useErasePerson(personId: string) {
  return useMutation({
    mutationFn: () => apiRequest('POST', `${personUrl(personId)}/erase`, erasureResultSchema, {}),
  });
}

/** Forgets everything the app held about the user: after erasure there is no one signed in. */
export function useForgetSignedInUser() {
  const queryClient = useQueryClient();
  return useCallback(() => {
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
    queryClient.setQueryData(meKey, null);
  }, [queryClient]);
}
