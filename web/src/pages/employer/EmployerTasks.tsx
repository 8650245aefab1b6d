import { Heading, LinkList, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useVacancies } from '../../api/vacancy-queries.ts';
import { Loading } from '../../components/Loading.tsx';
import { NavLinkItem } from '../parts/NavLinkItem.tsx';
import { useOwnKinds } from './useOwnKinds.ts';

/** On an employer's home: what a releasing and/or hiring employer does in Overstap. */
export function EmployerTasks() {
  const { t } = useTranslation();
  const kinds = useOwnKinds();
  if (kinds === null) return <Loading />;
  const releasing = kinds.includes('releasing_employer');
  const hiring = kinds.includes('hiring_employer');
  if (!releasing && !hiring) return null;
  return (
    <section aria-labelledby="employer-tasks-title">
      <Heading level={2} id="employer-tasks-title">
        {t('offers.home.employerTasks')}
      </Heading>
      {releasing && (
        <>
          <Paragraph>{t('offers.home.releasingTasks')}</Paragraph>
          <LinkList>
            <NavLinkItem to="/boventalligheid/melden">{t('offers.home.toReport')}</NavLinkItem>
            <NavLinkItem to="/boventalligheid">{t('offers.home.toNotices')}</NavLinkItem>
          </LinkList>
        </>
      )}
      {hiring && <HiringTasks />}
    </section>
  );
}

function HiringTasks() {
  const { t } = useTranslation();
  const vacancies = useVacancies();
  return (
    <>
      <Paragraph>{t('offers.home.hiringTasks')}</Paragraph>
      {vacancies.data && (
        <Paragraph>
          {t('offers.home.vacancyCounts', {
            open: vacancies.data.filter((v) => v.status === 'open').length,
            total: vacancies.data.length,
          })}
        </Paragraph>
      )}
      <LinkList>
        <NavLinkItem to="/vacatures">{t('offers.home.toVacanciesOwn')}</NavLinkItem>
        <NavLinkItem to="/vacatures/nieuw">{t('offers.home.toNewVacancy')}</NavLinkItem>
        <NavLinkItem to="/vacatures/importeren">{t('offers.home.toImportVacancies')}</NavLinkItem>
      </LinkList>
    </>
  );
}
