import { useTranslation } from 'react-i18next';
import type { MyTrajectory } from '../../../../src/modules/trajectories/contracts.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDateTime } from '../../components/format.ts';
import { PassportSection } from '../passport/PassportSection.tsx';
import { codeLabel } from './privacy-labels.ts';

type Appointment = MyTrajectory['nextAppointments'][number];

/** The appointments still to come, soonest first. */
export function TrajectoryAppointments({ appointments }: { appointments: Appointment[] }) {
  const { t } = useTranslation();
  return (
    <PassportSection id="appointments" title={t('privacy.trajectory.appointments.title')}>
      <DataTable
        caption={t('privacy.trajectory.appointments.caption', { count: appointments.length })}
        rows={appointments}
        rowKey={(a) => a.id}
        empty={t('privacy.trajectory.appointments.empty')}
        columns={[
          {
            header: t('privacy.trajectory.appointments.when'),
            cell: (a) => formatDateTime(a.startsAt),
            rowHeader: true,
          },
          {
            header: t('privacy.trajectory.appointments.what'),
            cell: (a) => a.title ?? codeLabel(t, 'appointmentKinds', a.kind),
          },
          {
            header: t('privacy.trajectory.appointments.kind'),
            cell: (a) => codeLabel(t, 'appointmentKinds', a.kind),
          },
          {
            header: t('privacy.trajectory.appointments.where'),
            cell: (a) => a.location ?? '–',
          },
        ]}
      />
    </PassportSection>
  );
}
