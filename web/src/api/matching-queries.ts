import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  groupPlacementSchema,
  type AnswerProposalBody,
  matchExplanationSchema,
  matchProposalSchema,
  matchProposalsSchema,
  opportunitiesSchema,
  proposalsAwaitingSchema,
  transitionPathsSchema,
  vacancyCandidatesSchema,
  vacancyProposalSchema,
  vacancyProposalsSchema,
  type WithdrawalReason,
} from '../../../src/modules/matching/contracts.ts';
import { apiRequest } from './client.ts';

/** Matching: a person's opportunities, a vacancy's best candidates, transition paths, placement. */

const personUrl = (id: string) => `/api/persons/${encodeURIComponent(id)}`;
const opportunitiesKey = (personId: string) => ['opportunities', personId] as const;
const proposalsKey = (personId: string) => ['match-proposals', personId] as const;

export const OPPORTUNITY_LIMIT = 20;

export function useOpportunities(personId: string | null) {
  return useQuery({
    queryKey: opportunitiesKey(personId ?? ''),
    queryFn: () =>
      apiRequest(
        'GET',
        `${personUrl(personId ?? '')}/opportunities?limit=${OPPORTUNITY_LIMIT}`,
        opportunitiesSchema,
      ),
    enabled: personId !== null,
  });
}

/** One person–vacancy pair explained (also when a wish rules the vacancy out). */
export function useMatchExplanation(personId: string | null, vacancyId: string) {
  const query = new URLSearchParams({ personId: personId ?? '', vacancyId });
  return useQuery({
    queryKey: ['match-explanation', personId ?? '', vacancyId],
    queryFn: () => apiRequest('GET', `/api/matches/explain?${query}`, matchExplanationSchema),
    enabled: personId !== null,
  });
}

export function useMatchProposals(personId: string) {
  return useQuery({
    queryKey: proposalsKey(personId),
    queryFn: () =>
      apiRequest('GET', `${personUrl(personId)}/match-proposals`, matchProposalsSchema),
  });
}

export function useProposeMatch(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vacancyId: string) =>
      apiRequest('POST', `${personUrl(personId)}/match-proposals`, matchProposalSchema, {
        vacancyId,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: proposalsKey(personId) }),
  });
}

/** Takes a proposal back (optional reason code); the employer no longer sees it. */
export function useWithdrawProposal(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ proposalId, reason }: { proposalId: string; reason: WithdrawalReason | null }) =>
      apiRequest(
        'POST',
        `${personUrl(personId)}/match-proposals/${encodeURIComponent(proposalId)}/withdraw`,
        matchProposalSchema,
        { reason },
      ),
    // Also after a refusal (already withdrawn elsewhere): show the list as it is now.
    onSettled: () => queryClient.invalidateQueries({ queryKey: proposalsKey(personId) }),
  });
}

const vacancyProposalsKey = (vacancyId: string) => ['vacancy-match-proposals', vacancyId] as const;
const awaitingKey = ['match-proposals-awaiting'] as const;

/** "Voorgesteld door casemanagers": the vacancy's active proposals. */
export function useVacancyProposals(vacancyId: string) {
  return useQuery({
    queryKey: vacancyProposalsKey(vacancyId),
    queryFn: () =>
      apiRequest(
        'GET',
        `/api/vacancies/${encodeURIComponent(vacancyId)}/match-proposals`,
        vacancyProposalsSchema,
      ),
  });
}

/** The employer answers a proposal: invite for an interview, or "does not fit" with a reason. */
export function useAnswerProposal(vacancyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ proposalId, ...body }: AnswerProposalBody & { proposalId: string }) =>
      apiRequest(
        'POST',
        `/api/vacancies/${encodeURIComponent(vacancyId)}/match-proposals/${encodeURIComponent(proposalId)}/answer`,
        vacancyProposalSchema,
        body,
      ),
    // Also after a refusal (withdrawn or answered meanwhile): show the list as it is now.
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: vacancyProposalsKey(vacancyId) });
      await queryClient.invalidateQueries({ queryKey: awaitingKey });
    },
  });
}

/** For an employer's home: proposals of its open vacancies that wait for its answer. */
export function useProposalsAwaiting(enabled: boolean) {
  return useQuery({
    queryKey: awaitingKey,
    queryFn: () =>
      apiRequest('GET', '/api/match-proposals/awaiting-answer', proposalsAwaitingSchema),
    enabled,
  });
}

export function useVacancyCandidates(vacancyId: string) {
  return useQuery({
    queryKey: ['vacancy-candidates', vacancyId],
    queryFn: () =>
      apiRequest(
        'GET',
        `/api/vacancies/${encodeURIComponent(vacancyId)}/candidates?limit=${OPPORTUNITY_LIMIT}`,
        vacancyCandidatesSchema,
      ),
  });
}

export function useTransitionPaths(fromOccupationId: number | null, limit = 15) {
  return useQuery({
    queryKey: ['transition-paths', fromOccupationId ?? 0, limit],
    queryFn: () =>
      apiRequest(
        'GET',
        `/api/transition-paths?fromOccupationId=${fromOccupationId ?? 0}&limit=${limit}`,
        transitionPathsSchema,
      ),
    enabled: fromOccupationId !== null,
    staleTime: 5 * 60_000,
  });
}

/** A proposal computed on demand (nothing is saved): a mutation, so it runs when asked. */
export function useGroupPlacement(noticeId: string) {
  return useMutation({
    mutationFn: () =>
      apiRequest(
        'POST',
        `/api/redundancy-notices/${encodeURIComponent(noticeId)}/group-placement`,
        groupPlacementSchema,
      ),
  });
}
