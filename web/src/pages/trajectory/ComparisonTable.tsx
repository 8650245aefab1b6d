import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../../src/modules/trajectories/contracts.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatEuro } from '../../components/format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { label } from './labels.ts';

type Row = { key: string; name: string; old: string; new: string; gap: string };

const euro2 = (n: number) =>
  new Intl.NumberFormat(currentLocale() === 'en' ? 'en-GB' : 'nl-NL', {
    style: 'currency',
    currency: 'EUR',
  }).format(n);
const signed = (n: number, show: (n: number) => string) =>
  n > 0 ? `+${show(n)}` : n < 0 ? `−${show(-n)}` : show(0);

/** Old and new employment conditions side by side, with the differences (income gap) in words. */
export function ComparisonTable({
  comparison: c,
  caption,
}: {
  comparison: Comparison;
  caption: string;
}) {
  const { t } = useTranslation();
  const text = (v: string | null) => v ?? t('trajectory.unknown');
  const num = (v: number | null, show: (n: number) => string) =>
    v === null ? t('trajectory.unknown') : show(v);
  const gap = (v: number | null, show: (n: number) => string) =>
    v === null ? '–' : signed(v, show);
  const hours = (n: number) => t('trajectory.placement.hoursValue', { n });
  const rows: Row[] = [
    {
      key: 'employer',
      name: t('trajectory.employer.employer'),
      old: text(c.old.employerName),
      new: text(c.new.employerName),
      gap: '',
    },
    {
      key: 'job',
      name: t('trajectory.placement.jobTitle'),
      old: text(c.old.jobTitle),
      new: text(c.new.jobTitle),
      gap: '',
    },
    {
      key: 'sector',
      name: t('trajectory.placement.sector'),
      old: c.old.sector ? t(`sectors.${c.old.sector}`) : t('trajectory.unknown'),
      new: c.new.sector ? t(`sectors.${c.new.sector}`) : t('trajectory.unknown'),
      gap:
        c.sectorChanged === null
          ? '–'
          : c.sectorChanged
            ? t('trajectory.placement.otherSector')
            : t('trajectory.placement.sameSector'),
    },
    {
      key: 'hours',
      name: t('trajectory.placement.hours'),
      old: num(c.old.hoursPerWeek, hours),
      new: num(c.new.hoursPerWeek, hours),
      gap: gap(c.hoursGap, hours),
    },
    {
      key: 'salary',
      name: t('trajectory.placement.salary'),
      old: num(c.old.monthlySalary, formatEuro),
      new: num(c.new.monthlySalary, formatEuro),
      gap: gap(c.monthlyIncomeGap, formatEuro),
    },
    {
      key: 'wage',
      name: t('trajectory.placement.hourlyWage'),
      old: num(c.old.hourlyWage, euro2),
      new: num(c.new.hourlyWage, euro2),
      gap: gap(c.hourlyWageGap, euro2),
    },
    {
      key: 'contract',
      name: t('trajectory.placement.contractType'),
      old: c.old.contractType
        ? label(t, 'contractTypes', c.old.contractType)
        : t('trajectory.unknown'),
      new: c.new.contractType
        ? label(t, 'contractTypes', c.new.contractType)
        : t('trajectory.unknown'),
      gap: '',
    },
  ];
  const gapValue = c.monthlyIncomeGap;
  return (
    <>
      <Paragraph>
        {gapValue === null ? (
          t('trajectory.placement.gapUnknown')
        ) : (
          <span
            className={
              gapValue < 0 ? 'ov-gap--negative' : gapValue > 0 ? 'ov-gap--positive' : undefined
            }
          >
            {gapValue < 0
              ? t('trajectory.placement.gapLess', { amount: formatEuro(-gapValue) })
              : gapValue > 0
                ? t('trajectory.placement.gapMore', { amount: formatEuro(gapValue) })
                : t('trajectory.placement.gapNone')}
          </span>
        )}
      </Paragraph>
      <DataTable
        caption={caption}
        rows={rows}
        rowKey={(r) => r.key}
        empty=""
        columns={[
          { header: t('trajectory.placement.condition'), cell: (r) => r.name, rowHeader: true },
          { header: t('trajectory.placement.old'), cell: (r) => r.old },
          { header: t('trajectory.placement.new'), cell: (r) => r.new },
          { header: t('trajectory.placement.difference'), cell: (r) => r.gap || '–' },
        ]}
      />
    </>
  );
}
