import { ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Vacancy } from '../../../../src/modules/vacancies/contracts.ts';
import { ActionLink } from '../../components/ActionLink.tsx';
import { StatusForm } from './StatusForm.tsx';

const carvable: readonly Vacancy['status'][] = ['draft', 'open', 'paused'];

/** Change, split, or move the status of a vacancy that is still live. */
export function VacancyActions({ vacancy }: { vacancy: Vacancy }) {
  const { t } = useTranslation();
  if (vacancy.nextStatuses.length === 0) {
    return <Paragraph>{t('offers.vacancies.finalNoEdit')}</Paragraph>;
  }
  return (
    <>
      <ButtonGroup className="ov-actions">
        <ActionLink to={`/vacatures/${vacancy.id}/bewerken`}>
          {t('offers.vacancies.edit')}
        </ActionLink>
        {carvable.includes(vacancy.status) && (
          <ActionLink to={`/vacatures/${vacancy.id}/splitsen`}>
            {t('offers.carve.title')}
          </ActionLink>
        )}
      </ButtonGroup>
      <StatusForm vacancy={vacancy} />
    </>
  );
}
