import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { caseOrganisationSchema } from '../../../../src/modules/people/contracts.ts';
import {
  acceptedInvitationSchema,
  invitationPreviewSchema,
  type AcceptInvitationBody,
} from '../../../../src/modules/vacancies/invitation-contracts.ts';
import { apiRequest, apiRequestNoContent } from '../../api/client.ts';
import { meKey } from '../../api/queries.ts';

/** The employee's side of an enrolment invitation, and the choice of a case organisation. */

export function useLookupInvitation() {
  return useMutation({
    mutationFn: (code: string) =>
      apiRequest('POST', '/api/invitations/lookup', invitationPreviewSchema, { code }),
  });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInvitationBody) =>
      apiRequest('POST', '/api/invitations/accept', acceptedInvitationSchema, body),
    // A new account is signed in now; an existing one has a (new) passport: fetch both again.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: meKey }),
        queryClient.invalidateQueries({ queryKey: ['passport'] }),
      ]),
  });
}

export function useDeclineInvitation() {
  return useMutation({
    mutationFn: (code: string) => apiRequestNoContent('POST', '/api/invitations/decline', { code }),
  });
}

export function useCaseOrganisations(enabled = true) {
  return useQuery({
    queryKey: ['case-organisations'],
    queryFn: () => apiRequest('GET', '/api/case-organisations', z.array(caseOrganisationSchema)),
    enabled,
  });
}
