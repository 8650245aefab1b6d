import { useTranslation } from 'react-i18next';
import type { TrajectoryView } from '../../../../src/modules/trajectories/contracts.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDateTime } from '../../components/format.ts';
import { label, stepLabel } from './labels.ts';
import { TrajectorySection } from './TrajectorySection.tsx';

type Transition = TrajectoryView['transitions'][number];

/** Every transition of the chain with time, actor and reason: newest first. */
export function TransitionsTable({ view }: { view: TrajectoryView }) {
  const { t } = useTranslation();
  const where = (status: string | null, step: number | null) =>
    status === null
      ? '–'
      : status === 'active' && step !== null
        ? stepLabel(t, step)
        : label(t, 'statuses', status);
  const reason = (x: Transition) => {
    if (x.reasonCode === null) return '–';
    if (x.action === 'close') return label(t, 'closureReasons', x.reasonCode);
    if (x.action === 'triage') {
      return label(t, 'triageGroups', x.reasonCode.replace(/^group_/, ''));
    }
    if (x.action === 'start') return label(t, 'sources', x.reasonCode);
    return label(t, 'reasons', x.reasonCode);
  };
  return (
    <TrajectorySection id="history" title={t('trajectory.history.title')}>
      <DataTable
        caption={t('trajectory.history.caption')}
        rows={[...view.transitions].reverse()}
        rowKey={(x) => x.id}
        empty={t('trajectory.history.empty')}
        columns={[
          {
            header: t('trajectory.when'),
            cell: (x) => formatDateTime(x.occurredAt),
            rowHeader: true,
          },
          {
            header: t('trajectory.history.what'),
            cell: (x) => label(t, 'transitionActions', x.action),
          },
          { header: t('trajectory.history.from'), cell: (x) => where(x.fromStatus, x.fromStep) },
          { header: t('trajectory.history.to'), cell: (x) => where(x.toStatus, x.toStep) },
          { header: t('trajectory.history.reason'), cell: reason },
          { header: t('trajectory.history.note'), cell: (x) => x.note ?? '–' },
          {
            header: t('trajectory.by'),
            cell: (x) => x.actor?.name ?? t('trajectory.history.system'),
          },
        ]}
      />
    </TrajectorySection>
  );
}
