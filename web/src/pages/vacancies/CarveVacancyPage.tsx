import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Vacancy } from '../../../../src/modules/vacancies/contracts.ts';
import { useVacancy } from '../../api/vacancy-queries.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { CarveForm } from './CarveForm.tsx';
import { HiringOnly } from './HiringOnly.tsx';

const carvable: readonly Vacancy['status'][] = ['draft', 'open', 'paused'];

/** "Vacature splitsen": job carving, one vacancy into two with their own tasks and skills. */
export function CarveVacancyPage() {
  const { id = '' } = useParams();
  const vacancy = useVacancy(id);
  return (
    <HiringOnly>
      <QueryResult query={vacancy}>{(v) => <CarveVacancy vacancy={v} />}</QueryResult>
    </HiringOnly>
  );
}

function CarveVacancy({ vacancy }: { vacancy: Vacancy }) {
  const { t } = useTranslation();
  const title = t('offers.carve.pageTitle', { title: vacancy.title });
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph>{t('offers.carve.intro')}</Paragraph>
      {carvable.includes(vacancy.status) ? (
        <CarveForm vacancy={vacancy} />
      ) : (
        <EmptyState>{t('offers.carve.notCarvable')}</EmptyState>
      )}
      <Paragraph>
        <AppLink to={`/vacatures/${vacancy.id}`}>{t('offers.vacancies.backToVacancy')}</AppLink>
      </Paragraph>
    </>
  );
}
