import { Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { MyTrajectory } from '../../../../src/modules/trajectories/contracts.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatShortDate } from '../../components/format.ts';
import { PassportSection } from '../passport/PassportSection.tsx';
import { codeLabel } from './privacy-labels.ts';

/** What the case manager referred the candidate to (services, shadowing, events) and trainings. */
export function TrajectoryActivities({
  referrals,
  trainings,
}: Pick<MyTrajectory, 'referrals' | 'trainings'>) {
  const { t } = useTranslation();
  return (
    <PassportSection id="offers" title={t('privacy.trajectory.offers.title')}>
      <DataTable
        caption={t('privacy.trajectory.offers.referralsCaption', { count: referrals.length })}
        rows={referrals}
        rowKey={(r) => r.id}
        empty={t('privacy.trajectory.offers.noReferrals')}
        columns={[
          { header: t('privacy.trajectory.offers.offer'), cell: (r) => r.title, rowHeader: true },
          {
            header: t('privacy.trajectory.offers.kind'),
            cell: (r) => codeLabel(t, 'offerKinds', r.offerKind),
          },
          {
            header: t('privacy.trajectory.offers.status'),
            cell: (r) => codeLabel(t, 'referralStatus', r.status),
          },
          {
            header: t('privacy.trajectory.offers.proposedAt'),
            cell: (r) => formatShortDate(r.proposedAt),
          },
        ]}
      />
      <Heading level={3}>{t('privacy.trajectory.offers.trainingsTitle')}</Heading>
      <DataTable
        caption={t('privacy.trajectory.offers.trainingsCaption', { count: trainings.length })}
        rows={trainings}
        rowKey={(tr) => tr.id}
        empty={t('privacy.trajectory.offers.noTrainings')}
        columns={[
          {
            header: t('privacy.trajectory.offers.training'),
            cell: (tr) => tr.name,
            rowHeader: true,
          },
          {
            header: t('privacy.trajectory.offers.start'),
            cell: (tr) => formatShortDate(tr.startDate),
          },
          {
            header: t('privacy.trajectory.offers.expectedEnd'),
            cell: (tr) => formatShortDate(tr.expectedEndDate),
          },
          {
            header: t('privacy.trajectory.offers.status'),
            cell: (tr) => codeLabel(t, 'trainingStatus', tr.status),
          },
        ]}
      />
    </PassportSection>
  );
}
