import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { MyTrajectory } from '../../../../src/modules/trajectories/contracts.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatShortDate } from '../../components/format.ts';
import { PassportSection } from '../passport/PassportSection.tsx';
import { codeLabel } from './privacy-labels.ts';

type Goal = MyTrajectory['goals'][number];

/** The personal plan: each goal, its due date, who agreed it and how the last evaluation went. */
export function TrajectoryPlan({ goals }: { goals: Goal[] }) {
  const { t } = useTranslation();
  const evaluation = (g: Goal) => {
    const e = g.latestEvaluation;
    if (!e) return t('privacy.trajectory.plan.notEvaluated');
    return t('privacy.trajectory.plan.evaluated', {
      progress: codeLabel(t, 'progress', e.progress),
      date: formatShortDate(e.evaluatedAt),
    });
  };
  return (
    <PassportSection
      id="plan"
      title={t('privacy.trajectory.plan.title')}
      intro={<Paragraph>{t('privacy.trajectory.plan.intro')}</Paragraph>}
    >
      <DataTable
        caption={t('privacy.trajectory.plan.caption', { count: goals.length })}
        rows={goals}
        rowKey={(g) => g.id}
        empty={t('privacy.trajectory.plan.empty')}
        columns={[
          {
            header: t('privacy.trajectory.plan.goal'),
            cell: (g) => g.title ?? '–',
            rowHeader: true,
          },
          {
            header: t('privacy.trajectory.plan.dueOn'),
            cell: (g) => formatShortDate(g.dueOn),
          },
          {
            header: t('privacy.trajectory.plan.agreedWith'),
            cell: (g) => g.agreedWith.map((p) => codeLabel(t, 'parties', p)).join(', '),
          },
          {
            header: t('privacy.trajectory.plan.status'),
            cell: (g) => codeLabel(t, 'goalStatus', g.status),
          },
          { header: t('privacy.trajectory.plan.latestEvaluation'), cell: evaluation },
          {
            header: t('privacy.trajectory.plan.nextEvaluation'),
            cell: (g) => formatShortDate(g.nextEvaluationOn),
          },
        ]}
      />
    </PassportSection>
  );
}
