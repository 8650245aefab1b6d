import { Fieldset, FieldsetLegend, FormFieldDescription } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../api/error-messages.ts';
import { InputField } from '../../components/InputField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import type { ConditionsDraft, IrregularHoursPay } from './vacancy-draft.ts';

const decimals = [
  'pensionEmployerSharePct',
  'holidayAllowancePct',
  'endOfYearBonusPct',
  'leaveDaysPerYear',
  'travelAllowancePerKm',
] as const;

const irregular: readonly IrregularHoursPay[] = ['none', 'allowance', 'included_in_salary'];

/**
 * The employment-conditions template: the same facts for every vacancy, so a candidate's old
 * and new conditions can be laid side by side. Everything may be left unknown.
 */
export function ConditionsFieldset({
  value,
  onChange,
  errors,
}: {
  value: ConditionsDraft;
  onChange: (value: ConditionsDraft) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const set = (key: keyof ConditionsDraft) => (text: string) => onChange({ ...value, [key]: text });
  const error = (key: keyof ConditionsDraft) => errors[`conditions.${key}`];
  return (
    <Fieldset id="conditions">
      <FieldsetLegend>{t('offers.conditions.legend')}</FieldsetLegend>
      <FormFieldDescription>{t('offers.conditions.description')}</FormFieldDescription>
      <div className="ov-form">
        <InputField
          id="conditions-collectiveAgreement"
          label={t('offers.conditions.collectiveAgreement')}
          optional
          value={value.collectiveAgreement}
          onChange={set('collectiveAgreement')}
          error={error('collectiveAgreement')}
        />
        <InputField
          id="conditions-pensionScheme"
          label={t('offers.conditions.pensionScheme')}
          optional
          value={value.pensionScheme}
          onChange={set('pensionScheme')}
          error={error('pensionScheme')}
        />
        {decimals.map((key) => (
          <InputField
            key={key}
            id={`conditions-${key}`}
            kind="number"
            short
            label={t(`offers.conditions.${key}`)}
            optional
            value={value[key]}
            onChange={set(key)}
            error={error(key)}
          />
        ))}
        <SelectField
          id="conditions-irregularHoursPay"
          label={t('offers.conditions.irregularHoursPay')}
          optional
          value={value.irregularHoursPay}
          options={[
            { value: '', label: t('offers.conditions.unknown') },
            ...irregular.map((v) => ({ value: v, label: t(`offers.conditions.irregular.${v}`) })),
          ]}
          onChange={(v) =>
            onChange({ ...value, irregularHoursPay: v as ConditionsDraft['irregularHoursPay'] })
          }
          error={error('irregularHoursPay')}
        />
        <InputField
          id="conditions-irregularHoursNote"
          label={t('offers.conditions.irregularHoursNote')}
          optional
          value={value.irregularHoursNote}
          onChange={set('irregularHoursNote')}
          error={error('irregularHoursNote')}
        />
        <TextareaField
          id="conditions-other"
          label={t('offers.conditions.other')}
          optional
          rows={3}
          value={value.other}
          onChange={set('other')}
          error={error('other')}
        />
      </div>
    </Fieldset>
  );
}
