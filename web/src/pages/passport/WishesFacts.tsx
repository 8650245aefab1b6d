import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Wishes } from '../../../../src/modules/people/contracts.ts';
import { conceptLabel } from '../../components/conceptLabel.ts';
import { currentLocale } from '../../i18n/index.ts';
import { orDash } from './labels.ts';

/** The wishes as facts (read-only view and the printable page). */
export function WishesFacts({ wishes }: { wishes: Wishes }) {
  const { t } = useTranslation();
  const list = (items: string[]) => (items.length ? items.join(', ') : '–');
  const hours =
    wishes.hoursMin || wishes.hoursMax
      ? `${wishes.hoursMin ?? '?'} – ${wishes.hoursMax ?? '?'}`
      : '–';
  const facts: [string, string][] = [
    [t('passport.wishes.sectors'), list(wishes.sectors.map((s) => t(`sectors.${s}`)))],
    [
      t('passport.wishes.occupations'),
      list(wishes.occupations.map((o) => conceptLabel(o, currentLocale()))),
    ],
    [t('passport.wishes.hours'), hours],
    [t('passport.wishes.maxTravelKm'), orDash(wishes.maxTravelKm)],
    [t('passport.wishes.minMonthlySalary'), orDash(wishes.minMonthlySalary)],
    [t('passport.wishes.earliestStart'), orDash(wishes.earliestStart)],
    [
      t('passport.wishes.contractTypes'),
      list(wishes.contractTypes.map((c) => t(`contractTypes.${c}`))),
    ],
    [t('passport.wishes.trainingHoursPerWeek'), orDash(wishes.trainingHoursPerWeek)],
  ];
  return (
    <DataList className="ov-facts">
      {facts.map(([key, value]) => (
        <DataListItem key={key}>
          <DataListKey>{key}</DataListKey>
          <DataListValue>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}
