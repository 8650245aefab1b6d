import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { CreateVacancyBody, Vacancy } from '../../../../src/modules/vacancies/contracts.ts';
import { useSetRequirements, useUpdateVacancy, useVacancy } from '../../api/vacancy-queries.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { QueryResult } from '../../components/QueryResult.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { changedFields } from './changed-fields.ts';
import { HiringOnly } from './HiringOnly.tsx';
import { VacancyForm } from './VacancyForm.tsx';
import { draftOf, requirementInputs } from './vacancy-draft.ts';

export function EditVacancyPage() {
  const { id = '' } = useParams();
  const vacancy = useVacancy(id);
  return (
    <HiringOnly>
      <QueryResult query={vacancy}>{(v) => <EditVacancy vacancy={v} />}</QueryResult>
    </HiringOnly>
  );
}

/** Changing a vacancy: its fields (PATCH), and its requirements (PUT) only when they changed. */
function EditVacancy({ vacancy }: { vacancy: Vacancy }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateVacancy(vacancy.id);
  const setRequirements = useSetRequirements(vacancy.id);
  const initial = draftOf(vacancy, currentLocale());
  const before = JSON.stringify(requirementInputs(initial.requirements));
  const title = t('offers.vacancies.editTitle', { title: vacancy.title });

  const save = async (body: CreateVacancyBody): Promise<Vacancy> => {
    const {
      requirements,
      status: _status,
      fromOccupation: _from,
      employerId: _e,
      ...fields
    } = body;
    const changed = changedFields(vacancy, fields);
    let saved = changed ? await update.mutateAsync(changed) : vacancy;
    if (JSON.stringify(requirements) !== before) {
      saved = await setRequirements.mutateAsync({ requirements });
    }
    return saved;
  };

  const final = vacancy.nextStatuses.length === 0;
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {final ? (
        <EmptyState>{t('offers.vacancies.finalNoEdit')}</EmptyState>
      ) : (
        <VacancyForm
          initial={initial}
          mode="edit"
          busy={update.isPending || setRequirements.isPending}
          save={save}
          onSaved={(v) => void navigate(`/vacatures/${v.id}`, { state: { saved: 'changed' } })}
        />
      )}
      <Paragraph>
        <AppLink to={`/vacatures/${vacancy.id}`}>{t('offers.vacancies.backToVacancy')}</AppLink>
      </Paragraph>
    </>
  );
}
