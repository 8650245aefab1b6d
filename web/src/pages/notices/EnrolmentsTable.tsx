import { Button, Paragraph } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type {
  Enrolment,
  Invitation,
} from '../../../../src/modules/vacancies/redundancy-contracts.ts';
import { useReissueInvitation } from '../../api/notice-queries.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatShortDate } from '../../components/format.ts';
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx';

const statusOf = (e: Enrolment, t: TFunction) =>
  e.expired ? t('offers.enrolments.statuses.expired') : t(`offers.enrolments.statuses.${e.status}`);

/** What the person's consent lets the employer see, in words. */
function sharedOf(e: Enrolment, t: TFunction): string {
  if (e.status !== 'accepted') return '–';
  const parts: string[] = [];
  if (!e.sharing.progress && !e.sharing.passport) return t('offers.enrolments.nothingShared');
  if (e.sharing.progress) {
    parts.push(
      e.progress
        ? t('offers.enrolments.progress', {
            status: t(`offers.enrolments.trajectoryStatuses.${e.progress.status}`, {
              defaultValue: e.progress.status,
            }),
            step: e.progress.step ?? '–',
          })
        : t('offers.enrolments.progressNotStarted'),
    );
  }
  return parts.length > 0 ? parts.join(' · ') : t('offers.enrolments.nothingShared');
}

/** The shared text, with a link to what the person shares when they share their passport. */
function SharedCell({ noticeId, enrolment: e }: { noticeId: string; enrolment: Enrolment }) {
  const { t } = useTranslation();
  const text = sharedOf(e, t);
  if (!e.sharing.passport || !e.personId) return <>{text}</>;
  return (
    <>
      {e.sharing.progress ? `${text} · ` : ''}
      <AppLink to={`/boventalligheid/${noticeId}/medewerkers/${e.personId}`}>
        {t('offers.enrolments.passportShared')}
        <VisuallyHidden> {t('offers.enrolments.ofName', { name: e.name ?? '' })}</VisuallyHidden>
      </AppLink>
    </>
  );
}

/**
 * Who has been invited, whether they have answered, and — per person — only what their consent
 * allows (their codes are never shown again; an expired or declined one can be replaced).
 */
export function EnrolmentsTable({
  noticeId,
  enrolments,
  open,
  onReissued,
}: {
  noticeId: string;
  enrolments: readonly Enrolment[];
  open: boolean;
  onReissued: (invitation: Invitation) => void;
}) {
  const { t } = useTranslation();
  const reissue = useReissueInvitation(noticeId);
  const accepted = enrolments.filter((e) => e.status === 'accepted');
  const sharing = accepted.filter((e) => e.sharing.progress).length;
  return (
    <>
      {reissue.isError && <ErrorAlert error={reissue.error} />}
      {accepted.length > 0 && (
        <Paragraph>
          {t('offers.enrolments.sharingSummary', { count: accepted.length, sharing })}
        </Paragraph>
      )}
      <DataTable
        caption={t('offers.enrolments.caption', { count: enrolments.length })}
        rows={enrolments}
        rowKey={(e) => e.id}
        empty={t('offers.enrolments.empty')}
        columns={[
          { header: t('offers.enrolments.name'), cell: (e) => e.name ?? '–', rowHeader: true },
          { header: t('offers.enrolments.email'), cell: (e) => e.email ?? '–' },
          { header: t('offers.enrolments.function'), cell: (e) => e.functionTitle ?? '–' },
          {
            header: t('offers.enrolments.contractEnd'),
            cell: (e) => formatShortDate(e.contractEndDate),
          },
          { header: t('offers.enrolments.invitedAt'), cell: (e) => formatShortDate(e.invitedAt) },
          { header: t('offers.enrolments.status'), cell: (e) => statusOf(e, t) },
          {
            header: t('offers.enrolments.shared'),
            cell: (e) => <SharedCell noticeId={noticeId} enrolment={e} />,
          },
          {
            header: t('offers.enrolments.actions'),
            cell: (e) =>
              open && e.status !== 'accepted' ? (
                <Button
                  appearance="subtle-button"
                  busy={reissue.isPending && reissue.variables === e.id}
                  onClick={() => reissue.mutate(e.id, { onSuccess: onReissued })}
                >
                  {t('offers.enrolments.reissue')}
                  <VisuallyHidden>
                    {' '}
                    {t('offers.enrolments.codeOf', { name: e.name ?? '' })}
                  </VisuallyHidden>
                </Button>
              ) : (
                '–'
              ),
          },
        ]}
      />
    </>
  );
}
