import { useTranslation } from 'react-i18next';
import type { WorklistItem } from '../../../../src/modules/trajectories/contracts.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { formatShortDate } from '../../components/format.ts';
import { worklistTarget } from './worklist-target.ts';

const nameOf = (i: WorklistItem) =>
  [i.givenName, i.familyName].filter(Boolean).join(' ') || i.pseudonym;

/** What is due, for whom, by when — each row links to the place where it is done. */
export function WorklistTable({ items, caption }: { items: WorklistItem[]; caption: string }) {
  const { t } = useTranslation();
  const detail = (i: WorklistItem) => {
    if (i.kind === 'check_in_due') {
      const months = Number.parseInt(i.detail, 10);
      return Number.isNaN(months) ? i.detail : t('trajectory.worklist.months', { months });
    }
    if (i.kind === 'inactive') {
      const days = Number.parseInt(i.detail, 10);
      return Number.isNaN(days) ? i.detail : t('trajectory.worklist.days', { days });
    }
    if (i.kind === 'consent_expiring')
      return t(`trajectory.worklist.purposes.${i.detail}`, { defaultValue: i.detail });
    if (i.kind === 'intake_due') return t('trajectory.worklist.selfRegistered');
    return i.detail;
  };
  return (
    <DataTable
      caption={caption}
      rows={items}
      rowKey={(i) => `${i.kind}-${i.subjectId ?? i.trajectoryId ?? i.personId}`}
      empty={t('trajectory.worklist.empty')}
      columns={[
        {
          header: t('trajectory.worklist.task'),
          rowHeader: true,
          cell: (i) => (
            <AppLink to={worklistTarget(i)}>
              {t(`trajectory.worklist.kinds.${i.kind}`)}: {nameOf(i)}
            </AppLink>
          ),
        },
        { header: t('trajectory.worklist.detail'), cell: detail },
        {
          header: t('trajectory.worklist.due'),
          cell: (i) =>
            i.kind === 'inactive'
              ? t('trajectory.worklist.since', { date: formatShortDate(i.dueOn) })
              : i.overdue
                ? t('trajectory.worklist.overdue', { date: formatShortDate(i.dueOn) })
                : formatShortDate(i.dueOn),
        },
      ]}
    />
  );
}
