import { Button, Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Target } from '../../../../src/modules/dashboard/contracts.ts';
import { useRemoveTarget } from '../../api/dashboard-queries.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatShortDate } from '../../components/format.ts';
import { formatCell } from './figure-format.ts';
import { TargetForm } from './TargetForm.tsx';

/** SMART targets against their realisation (computed from the event log), with a status. */
export function TargetsSection({ targets }: { targets: readonly Target[] }) {
  const { t } = useTranslation();
  const remove = useRemoveTarget();
  const valueOf = (target: Target, v: Target['realised']) =>
    formatCell(v, target.metric === 'participants' ? 'count' : 'rate');
  return (
    <section aria-labelledby="dash-targets">
      <Heading level={2} id="dash-targets">
        {t('dashboard.sections.targets')}
      </Heading>
      <DataTable<Target>
        caption={t('dashboard.sections.targets')}
        rows={targets}
        rowKey={(x) => x.id}
        empty={t('dashboard.targets.none')}
        columns={[
          {
            header: t('dashboard.targets.metric'),
            cell: (x) =>
              t(`dashboard.targets.metrics.${x.metric}`, { months: x.withinMonths ?? '' }),
            rowHeader: true,
          },
          {
            header: t('dashboard.targets.scope'),
            cell: (x) => x.scopeName ?? t('dashboard.targets.region'),
          },
          {
            header: t('dashboard.targets.period'),
            cell: (x) => `${formatShortDate(x.startsOn)} – ${formatShortDate(x.dueOn)}`,
          },
          {
            header: t('dashboard.targets.target'),
            cell: (x) => valueOf(x, x.targetValue),
            numeric: true,
          },
          {
            header: t('dashboard.targets.realised'),
            cell: (x) => valueOf(x, x.realised),
            numeric: true,
          },
          {
            header: t('dashboard.targets.status'),
            cell: (x) => (
              <span className={`ov-target-status ov-target-status--${x.status}`}>
                {t(`dashboard.targets.statuses.${x.status}`)}
              </span>
            ),
          },
          {
            header: t('dashboard.targets.remove'),
            cell: (x) => (
              <Button
                appearance="subtle-button"
                disabled={remove.isPending}
                onClick={() => remove.mutate(x.id)}
                aria-label={`${t('dashboard.targets.remove')}: ${t(`dashboard.targets.metrics.${x.metric}`, { months: x.withinMonths ?? '' })}`}
              >
                {t('dashboard.targets.remove')}
              </Button>
            ),
          },
        ]}
      />
      <TargetForm />
    </section>
  );
}
