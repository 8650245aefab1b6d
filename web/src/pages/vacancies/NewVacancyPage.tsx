import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePostVacancy } from '../../api/vacancy-queries.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { HiringOnly } from './HiringOnly.tsx';
import { VacancyForm } from './VacancyForm.tsx';
import { emptyDraft } from './vacancy-draft.ts';

/** A new vacancy, starting from an occupation whose skills become the proposed requirements. */
export function NewVacancyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const post = usePostVacancy();
  const title = t('offers.vacancies.newTitle');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph>{t('offers.vacancies.newIntro')}</Paragraph>
      <HiringOnly>
        <VacancyForm
          initial={emptyDraft}
          mode="new"
          busy={post.isPending}
          save={(body) => post.mutateAsync(body)}
          onSaved={(vacancy) =>
            void navigate(`/vacatures/${vacancy.id}`, { state: { saved: 'posted' } })
          }
        />
      </HiringOnly>
      <Paragraph>
        <AppLink to="/vacatures">{t('offers.vacancies.backToList')}</AppLink>
      </Paragraph>
    </>
  );
}
