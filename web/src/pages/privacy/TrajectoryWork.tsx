import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MyTrajectory } from '../../../../src/modules/trajectories/contracts.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDate, formatEuro, formatShortDate } from '../../components/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { PassportSection } from '../passport/PassportSection.tsx';
import { codeLabel } from './privacy-labels.ts';

type Placement = MyTrajectory['placements'][number];
type Conditions = Placement['comparison']['old'];

const euro = (n: number | null) => (n === null ? '–' : formatEuro(n));
const signedEuro = (n: number | null) => (n === null ? '–' : `${n > 0 ? '+' : ''}${formatEuro(n)}`);

function comparisonRows(t: TFunction, p: Placement) {
  const c = p.comparison;
  const row = (key: string, show: (x: Conditions) => string, gap = '') => ({
    key,
    label: t(`privacy.trajectory.work.${key}`),
    old: show(c.old),
    new: show(c.new),
    gap,
  });
  return [
    row('employer', (x) => x.employerName ?? '–'),
    row('jobTitle', (x) => x.jobTitle ?? '–'),
    row('sector', (x) => (x.sector ? t(`sectors.${x.sector}`) : '–')),
    row(
      'hours',
      (x) => (x.hoursPerWeek === null ? '–' : String(x.hoursPerWeek)),
      c.hoursGap === null ? '' : `${c.hoursGap > 0 ? '+' : ''}${c.hoursGap}`,
    ),
    row('salary', (x) => euro(x.monthlySalary), signedEuro(c.monthlyIncomeGap)),
    row(
      'hourlyWage',
      (x) => (x.hourlyWage === null ? '–' : formatEuroCents(x.hourlyWage)),
      c.hourlyWageGap === null ? '' : formatEuroCents(c.hourlyWageGap, true),
    ),
    row('contract', (x) => codeLabel(t, 'contractTypes', x.contractType)),
  ];
}

function formatEuroCents(n: number, signed = false): string {
  const text = new Intl.NumberFormat(currentLocale() === 'en' ? 'en-GB' : 'nl-NL', {
    style: 'currency',
    currency: 'EUR',
  }).format(n);
  return signed && n > 0 ? `+${text}` : text;
}

function PlacementPart({ placement }: { placement: Placement }) {
  const { t } = useTranslation();
  const employer = placement.employer.name ?? placement.comparison.new.employerName ?? '–';
  return (
    <>
      <Heading level={3}>
        {t('privacy.trajectory.work.placementTitle', {
          employer,
          date: formatDate(placement.startDate),
        })}
      </Heading>
      {placement.endedOn && (
        <Paragraph>
          {t('privacy.trajectory.work.ended', { date: formatDate(placement.endedOn) })}
        </Paragraph>
      )}
      <DataTable
        caption={t('privacy.trajectory.work.comparisonCaption')}
        rows={comparisonRows(t, placement)}
        rowKey={(r) => r.key}
        empty=""
        columns={[
          { header: t('privacy.trajectory.work.what'), cell: (r) => r.label, rowHeader: true },
          { header: t('privacy.trajectory.work.old'), cell: (r) => r.old },
          { header: t('privacy.trajectory.work.new'), cell: (r) => r.new },
          { header: t('privacy.trajectory.work.difference'), cell: (r) => r.gap || '–' },
        ]}
      />
      <DataTable
        caption={t('privacy.trajectory.work.aftercareCaption')}
        rows={placement.aftercare}
        rowKey={(c) => String(c.months)}
        empty={t('privacy.trajectory.work.noAftercare')}
        columns={[
          {
            header: t('privacy.trajectory.work.moment'),
            cell: (c) => t('privacy.trajectory.work.months', { count: c.months }),
            rowHeader: true,
          },
          { header: t('privacy.trajectory.work.dueOn'), cell: (c) => formatShortDate(c.dueOn) },
          {
            header: t('privacy.trajectory.work.result'),
            cell: (c) => codeLabel(t, 'checkResults', c.result),
          },
        ]}
      />
    </>
  );
}

/** The new job: old and new conditions side by side, and the aftercare moments. */
export function TrajectoryWork({ mine }: { mine: MyTrajectory }) {
  const { t } = useTranslation();
  return (
    <PassportSection id="work" title={t('privacy.trajectory.work.title')}>
      {mine.outcome && (
        <Paragraph>
          {t('privacy.trajectory.work.outcome', {
            outcome: codeLabel(t, 'outcomes', mine.outcome.outcome),
            date: formatDate(mine.outcome.recordedAt),
          })}
        </Paragraph>
      )}
      {mine.placements.map((p) => (
        <PlacementPart key={p.id} placement={p} />
      ))}
    </PassportSection>
  );
}
