import { Heading, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Vacancy } from '../../../../src/modules/vacancies/contracts.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { FactList } from '../../components/FactList.tsx';
import { formatDate } from '../../components/format.ts';
import { ConditionsFacts } from './ConditionsFacts.tsx';
import { RequirementsTable } from './RequirementsTable.tsx';
import {
  contractLabel,
  hoursLabel,
  occupationLabel,
  placeOf,
  salaryLabel,
  sectorOf,
  statusLabel,
  yesNo,
} from './vacancy-labels.ts';

/** Everything a vacancy says: key facts, tasks, skills and employment conditions. */
export function VacancyFacts({ vacancy: v }: { vacancy: Vacancy }) {
  const { t } = useTranslation();
  return (
    <>
      <FactList
        facts={[
          [t('offers.vacancies.employer'), v.employer.name],
          [t('offers.vacancies.status'), statusLabel(v.status, t)],
          [t('offers.vacancies.occupation'), occupationLabel(v)],
          [t('offers.vacancies.sector'), sectorOf(v.sector, t)],
          [t('offers.vacancies.hours'), hoursLabel(v, t)],
          [t('offers.vacancies.salary'), salaryLabel(v, t)],
          [t('offers.vacancies.place'), placeOf(v)],
          [t('offers.vacancies.startDate'), formatDate(v.startDate)],
          [t('offers.vacancies.positions'), v.positions],
          [t('offers.vacancies.contractType'), contractLabel(v, t)],
          [t('offers.vacancies.conditionalContract'), yesNo(v.conditionalContract, t)],
          [t('offers.vacancies.jobShadowing'), yesNo(v.jobShadowing, t)],
        ]}
      />
      {v.description && <Paragraph className="ov-prewrap">{v.description}</Paragraph>}
      <Heading level={2}>{t('offers.vacancies.tasks')}</Heading>
      {v.tasks.length > 0 ? (
        <OrderedList>
          {v.tasks.map((task, i) => (
            <OrderedListItem key={`${i}-${task}`}>{task}</OrderedListItem>
          ))}
        </OrderedList>
      ) : (
        <EmptyState>{t('offers.vacancies.noTasks')}</EmptyState>
      )}
      <Heading level={2}>{t('offers.vacancies.skills')}</Heading>
      <RequirementsTable requirements={v.requirements} />
      <Heading level={2}>{t('offers.conditions.legend')}</Heading>
      <ConditionsFacts conditions={v.conditions} />
    </>
  );
}
