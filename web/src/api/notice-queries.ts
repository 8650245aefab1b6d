import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  enrolmentImportReportSchema,
  enrolmentSchema,
  invitationSchema,
  noticeHistoryEntrySchema,
  noticeSchema,
  type CreateNoticeBody,
  type InviteEmployeesBody,
  type ListNoticesQuery,
  type UpdateNoticeBody,
} from '../../../src/modules/vacancies/redundancy-contracts.ts';
import { apiRequest } from './client.ts';
import { readAsBase64 } from './file-content.ts';
import { toQueryString } from './query-string.ts';

/** Redundancy notices (rapid response) and the invitations of the employees concerned. */

export function useNotices(filter: ListNoticesQuery = {}) {
  const query = toQueryString({ since: filter.since, status: filter.status });
  return useQuery({
    queryKey: ['notices', filter.since ?? '', filter.status ?? ''],
    queryFn: () => apiRequest('GET', `/api/redundancy-notices${query}`, z.array(noticeSchema)),
  });
}

export function useNotice(id: string) {
  return useQuery({
    queryKey: ['notice', id],
    queryFn: () => apiRequest('GET', `/api/redundancy-notices/${id}`, noticeSchema),
  });
}

/** Names and e-mail addresses stay with the employer: only fetched when it may see them. */
export function useEnrolments(noticeId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['enrolments', noticeId],
    queryFn: () =>
      apiRequest('GET', `/api/redundancy-notices/${noticeId}/enrolments`, z.array(enrolmentSchema)),
    enabled,
  });
}

export function useReportRedundancy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateNoticeBody) =>
      apiRequest('POST', '/api/redundancy-notices', noticeSchema, body),
    onSuccess: (notice) => {
      queryClient.setQueryData(['notice', notice.id], notice);
      return queryClient.invalidateQueries({ queryKey: ['notices'] });
    },
  });
}

export function useUpdateNotice(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateNoticeBody) =>
      apiRequest('PATCH', `/api/redundancy-notices/${id}`, noticeSchema, body),
    onSuccess: (notice) => {
      queryClient.setQueryData(['notice', id], notice);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['notices'] }),
        queryClient.invalidateQueries({ queryKey: ['notice', id, 'history'] }),
      ]);
    },
  });
}

/** Each invitation carries its code in this answer only. */
export function useInviteEmployees(noticeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InviteEmployeesBody) =>
      apiRequest(
        'POST',
        `/api/redundancy-notices/${noticeId}/enrolments`,
        z.array(invitationSchema),
        body,
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['enrolments', noticeId] }),
        queryClient.invalidateQueries({ queryKey: ['notice', noticeId] }),
      ]),
  });
}

export function useImportEnrolments(noticeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      apiRequest(
        'POST',
        `/api/redundancy-notices/${noticeId}/enrolments/import`,
        enrolmentImportReportSchema,
        { filename: file.name, contentBase64: await readAsBase64(file), dryRun },
      ),
    onSuccess: (report) => {
      if (!report.saved) return;
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['enrolments', noticeId] }),
        queryClient.invalidateQueries({ queryKey: ['notice', noticeId] }),
      ]);
    },
  });
}

/** The notice's history: reported, corrected (which fields, by whom), invited, closed. */
export function useNoticeHistory(id: string) {
  return useQuery({
    queryKey: ['notice', id, 'history'],
    queryFn: () =>
      apiRequest('GET', `/api/redundancy-notices/${id}/history`, z.array(noticeHistoryEntrySchema)),
  });
}

/** A new code for an expired, lost or declined invitation (shown in this answer only). */
export function useReissueInvitation(noticeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enrolmentId: string) =>
      apiRequest(
        'POST',
        `/api/redundancy-notices/${noticeId}/enrolments/${enrolmentId}/reissue`,
        invitationSchema,
        {},
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['enrolments', noticeId] }),
        queryClient.invalidateQueries({ queryKey: ['notice', noticeId] }),
      ]),
  });
}
