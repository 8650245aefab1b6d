import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../api/error-messages.ts';
import { useOrganisations } from '../../api/queries.ts';
import { useVacancies } from '../../api/vacancy-queries.ts';
import { InputField } from '../../components/InputField.tsx';
import { SelectField } from '../../components/SelectField.tsx';

export interface EmployerDraft {
  employerId: string;
  employerName: string;
  vacancyId: string;
}

export const emptyEmployer: EmployerDraft = { employerId: '', employerName: '', vacancyId: '' };

/** The employer fields as the contract takes them: one of the region, or a name outside it. */
export const employerInput = (d: EmployerDraft) => ({
  employerId: d.employerId || null,
  employerName: d.employerName.trim() || null,
  vacancyId: d.vacancyId || null,
});

/**
 * A hiring employer of the region (with one of its open vacancies), or an employer outside
 * Overstap by name.
 */
export function EmployerFields({
  idPrefix,
  draft,
  update,
  errors,
}: {
  idPrefix: string;
  draft: EmployerDraft;
  update: (patch: Partial<EmployerDraft>) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const employers = useOrganisations({ kind: 'hiring_employer' });
  const vacancies = useVacancies(draft.employerId ? { employerId: draft.employerId } : {});
  const employerOptions = [
    { value: '', label: t('trajectory.employer.outside') },
    ...(employers.data ?? []).filter((o) => o.active).map((o) => ({ value: o.id, label: o.name })),
  ];
  const vacancyOptions = [
    { value: '', label: t('trajectory.employer.noVacancy') },
    ...(draft.employerId ? (vacancies.data ?? []) : [])
      .filter((v) => v.employer.id === draft.employerId)
      .map((v) => ({ value: v.id, label: v.title })),
  ];
  return (
    <>
      <SelectField
        id={`${idPrefix}-employerId`}
        label={t('trajectory.employer.employer')}
        optional
        value={draft.employerId}
        options={employerOptions}
        onChange={(employerId) => update({ employerId, vacancyId: '' })}
        error={errors.employerId}
      />
      {draft.employerId === '' ? (
        <InputField
          id={`${idPrefix}-employerName`}
          label={t('trajectory.employer.name')}
          optional
          value={draft.employerName}
          onChange={(employerName) => update({ employerName })}
          error={errors.employerName}
        />
      ) : (
        <SelectField
          id={`${idPrefix}-vacancyId`}
          label={t('trajectory.employer.vacancy')}
          optional
          value={draft.vacancyId}
          options={vacancyOptions}
          onChange={(vacancyId) => update({ vacancyId })}
          error={errors.vacancyId}
        />
      )}
    </>
  );
}
