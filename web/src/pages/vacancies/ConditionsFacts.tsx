import { useTranslation } from 'react-i18next';
import type { EmploymentConditions } from '../../../../src/modules/vacancies/contracts.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { FactList, type Fact } from '../../components/FactList.tsx';

/** The employment conditions that are known; unknown ones are left out. */
export function ConditionsFacts({ conditions: c }: { conditions: EmploymentConditions }) {
  const { t } = useTranslation();
  const percent = (n: number | null) => (n === null ? null : `${n}%`);
  const facts: [string, string | null][] = [
    [t('offers.conditions.collectiveAgreement'), c.collectiveAgreement],
    [t('offers.conditions.pensionScheme'), c.pensionScheme],
    [t('offers.conditions.pensionEmployerSharePct'), percent(c.pensionEmployerSharePct)],
    [t('offers.conditions.holidayAllowancePct'), percent(c.holidayAllowancePct)],
    [t('offers.conditions.endOfYearBonusPct'), percent(c.endOfYearBonusPct)],
    [t('offers.conditions.leaveDaysPerYear'), c.leaveDaysPerYear?.toString() ?? null],
    [
      t('offers.conditions.travelAllowancePerKm'),
      c.travelAllowancePerKm === null ? null : `€ ${c.travelAllowancePerKm.toFixed(2)}`,
    ],
    [
      t('offers.conditions.irregularHoursPay'),
      c.irregularHoursPay ? t(`offers.conditions.irregular.${c.irregularHoursPay}`) : null,
    ],
    [t('offers.conditions.irregularHoursNote'), c.irregularHoursNote],
    [t('offers.conditions.other'), c.other],
  ];
  const known = facts.filter((f): f is [string, string] => f[1] !== null) as Fact[];
  if (known.length === 0) return <EmptyState>{t('offers.conditions.noneKnown')}</EmptyState>;
  return <FactList facts={known} />;
}
