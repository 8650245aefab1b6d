import { useTranslation } from 'react-i18next';
import { vacancyContractTypes } from '../../../../src/modules/vacancies/contracts.ts';
import type { FieldErrors } from '../../api/error-messages.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { InputField } from '../../components/InputField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import type { VacancyDraft } from './vacancy-draft.ts';

/** Hours, salary, place, start, positions and the kind of contract of a vacancy. */
export function TermsFields({
  draft,
  update,
  errors,
}: {
  draft: VacancyDraft;
  update: (patch: Partial<VacancyDraft>) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const number = (key: 'hoursMin' | 'hoursMax' | 'salaryMin' | 'salaryMax' | 'positions') => (
    <InputField
      id={key}
      kind="number"
      short
      optional={key !== 'positions'}
      label={t(`offers.vacancies.form.${key}`)}
      value={draft[key]}
      onChange={(value) => update({ [key]: value })}
      error={errors[key]}
    />
  );
  return (
    <>
      <div className="ov-field-row">
        {number('hoursMin')}
        {number('hoursMax')}
      </div>
      <div className="ov-field-row">
        {number('salaryMin')}
        {number('salaryMax')}
      </div>
      <div className="ov-field-row">
        <InputField
          id="postcode"
          label={t('offers.vacancies.form.postcode')}
          optional
          short
          autoComplete="postal-code"
          value={draft.postcode}
          onChange={(postcode) => update({ postcode })}
          error={errors.postcode}
        />
        <InputField
          id="city"
          label={t('offers.vacancies.form.city')}
          optional
          autoComplete="address-level2"
          value={draft.city}
          onChange={(city) => update({ city })}
          error={errors.city}
        />
      </div>
      <InputField
        id="startDate"
        kind="date"
        short
        label={t('offers.vacancies.form.startDate')}
        optional
        value={draft.startDate}
        onChange={(startDate) => update({ startDate })}
        error={errors.startDate}
      />
      {number('positions')}
      <SelectField
        id="contractType"
        label={t('offers.vacancies.form.contractType')}
        optional
        value={draft.contractType}
        options={[
          { value: '', label: t('offers.vacancies.form.noContractType') },
          ...vacancyContractTypes.map((c) => ({
            value: c,
            label: t(`offers.vacancies.contractTypes.${c}`),
          })),
        ]}
        onChange={(value) => update({ contractType: value as VacancyDraft['contractType'] })}
        error={errors.contractType}
      />
      <CheckboxField
        id="conditionalContract"
        label={t('offers.vacancies.form.conditionalContract')}
        description={t('offers.vacancies.form.conditionalContractHint')}
        checked={draft.conditionalContract}
        onChange={(conditionalContract) => update({ conditionalContract })}
        error={errors.conditionalContract}
      />
      <CheckboxField
        id="jobShadowing"
        label={t('offers.vacancies.form.jobShadowing')}
        description={t('offers.vacancies.form.jobShadowingHint')}
        checked={draft.jobShadowing}
        onChange={(jobShadowing) => update({ jobShadowing })}
        error={errors.jobShadowing}
      />
    </>
  );
}
