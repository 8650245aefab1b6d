import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { Vacancy } from '../../../../src/modules/vacancies/contracts.ts';
import { useVacancy } from '../../api/vacancy-queries.ts';
import { useCurrentUser } from '../../app/current-user.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import { VacancyActions } from './VacancyActions.tsx';
import { VacancyFacts } from './VacancyFacts.tsx';
import { VacancyHistory } from './VacancyHistory.tsx';

/** What a page that saved something passes on, to confirm it here. */
export interface VacancyPageState {
  saved?: 'posted' | 'changed';
  carved?: { a: { id: string; title: string }; b: { id: string; title: string } };
}

export function VacancyDetailPage() {
  const { id = '' } = useParams();
  const vacancy = useVacancy(id);
  return <QueryResult query={vacancy}>{(v) => <VacancyDetail vacancy={v} />}</QueryResult>;
}

/**
 * One vacancy. Its own employer also changes it, moves its status, splits it and reads its
 * history; others in the region read it while it is open.
 */
function VacancyDetail({ vacancy }: { vacancy: Vacancy }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const state = (useLocation().state ?? {}) as VacancyPageState;
  const own = me.role === 'employer' && me.organisationId === vacancy.employer.id;
  return (
    <>
      <PageHeading title={vacancy.title}>{vacancy.title}</PageHeading>
      {state.saved && <SuccessAlert message={t(`offers.vacancies.saved.${state.saved}`)} />}
      {state.carved && (
        <Alert type="ok" className="ov-alert">
          <Paragraph>{t('offers.carve.done')}</Paragraph>
          <ul>
            {[state.carved.a, state.carved.b].map((part) => (
              <li key={part.id}>
                <AppLink to={`/vacatures/${part.id}`}>{part.title}</AppLink>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {own && vacancy.carvedFromId && (
        <Paragraph>
          {t('offers.vacancies.carvedFrom')}{' '}
          <AppLink to={`/vacatures/${vacancy.carvedFromId}`}>
            {t('offers.vacancies.toOriginal')}
          </AppLink>
        </Paragraph>
      )}
      <VacancyFacts vacancy={vacancy} />
      {vacancy.status === 'open' &&
        (own || me.role === 'case_manager' || me.role === 'coordinator') && (
          <Paragraph>
            <AppLink to={`/vacatures/${vacancy.id}/kandidaten`}>
              {t('matching.links.bestCandidates')}
            </AppLink>
          </Paragraph>
        )}
      {me.role === 'candidate' && (
        <Paragraph>
          <AppLink to={`/kansen/vacatures/${vacancy.id}`}>
            {t('matching.links.checkVacancy')}
          </AppLink>
        </Paragraph>
      )}
      {own && (
        <>
          <Heading level={2} id="status-title">
            {t('offers.vacancies.manageTitle')}
          </Heading>
          <VacancyActions vacancy={vacancy} />
          <VacancyHistory vacancyId={vacancy.id} />
        </>
      )}
      <Paragraph>
        <AppLink to="/vacatures">{t('offers.vacancies.backToList')}</AppLink>
      </Paragraph>
    </>
  );
}
