import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sectors, type Sector } from '../../../../src/modules/organisations/contracts.ts';
import {
  contractTypes,
  setWishesBody,
  type ContractType,
  type Passport,
} from '../../../../src/modules/people/contracts.ts';
import { formErrorsOf, type FieldErrors } from '../../api/error-messages.ts';
import { useSetWishes } from '../../api/passport-queries.ts';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { conceptLabel } from '../../components/conceptLabel.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { InputField } from '../../components/InputField.tsx';
import type { ChosenConcept } from '../../components/JobTitleField.tsx';
import { OccupationsField } from '../../components/OccupationsField.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid.ts';
import { currentLocale } from '../../i18n/index.ts';
import { checkForm, localiseFieldErrors, numberOrNull } from './field-messages.ts';

const numberFields = [
  'hoursMin',
  'hoursMax',
  'maxTravelKm',
  'minMonthlySalary',
  'trainingHoursPerWeek',
] as const;
type NumberField = (typeof numberFields)[number];
const fields = [...numberFields, 'sectors', 'contractTypes', 'occupationIds', 'earliestStart'];

const text = (v: number | string | null | undefined) =>
  v === null || v === undefined ? '' : String(v);

/** What work the person looks for: sectors, occupations, hours, distance, pay, start, training. */
export function WishesForm({ passport }: { passport: Passport }) {
  const { t } = useTranslation();
  const save = useSetWishes(passport.id);
  const w = passport.wishes;
  const [chosenSectors, setSectors] = useState<Sector[]>(w?.sectors ?? []);
  const [chosenContracts, setContracts] = useState<ContractType[]>(w?.contractTypes ?? []);
  const [occupations, setOccupations] = useState<ChosenConcept[]>(
    (w?.occupations ?? []).map((o) => ({ id: o.id, label: conceptLabel(o, currentLocale()) })),
  );
  const [numbers, setNumbers] = useState<Record<NumberField, string>>({
    hoursMin: text(w?.hoursMin),
    hoursMax: text(w?.hoursMax),
    maxTravelKm: text(w?.maxTravelKm),
    minMonthlySalary: text(w?.minMonthlySalary),
    trainingHoursPerWeek: text(w?.trainingHoursPerWeek),
  });
  const [earliestStart, setEarliestStart] = useState(w?.earliestStart ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    setGeneral(null);
    const checked = checkForm(setWishesBody, {
      sectors: chosenSectors,
      contractTypes: chosenContracts,
      occupationIds: occupations.map((o) => o.id),
      ...Object.fromEntries(numberFields.map((f) => [f, numberOrNull(numbers[f])])),
      earliestStart: earliestStart || null,
    });
    if (!checked.ok) {
      setErrors(checked.errors);
      return focusFirstInvalid();
    }
    setErrors({});
    save.mutate(checked.data, {
      onSuccess: () => setSaved(true),
      onError: (error) => {
        const result = formErrorsOf(error, t, fields);
        setErrors(localiseFieldErrors(result.fields));
        setGeneral(result.general);
        focusFirstInvalid();
      },
    });
  };

  const numberField = (key: NumberField, description?: string) => (
    <InputField
      id={`wishes-${key}`}
      label={t(`passport.wishes.${key}`)}
      description={description}
      kind="number"
      short
      optional
      value={numbers[key]}
      onChange={(value) => setNumbers((n) => ({ ...n, [key]: value }))}
      error={errors[key]}
    />
  );

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="ov-form">
      {general && <ErrorAlert error={general} />}
      <CheckboxGroup
        id="wishes-sectors"
        legend={t('passport.wishes.sectors')}
        description={t('passport.wishes.sectorsDescription')}
        options={sectors
          .filter((s) => s !== 'public')
          .map((s) => ({ value: s, label: t(`sectors.${s}`) }))}
        value={chosenSectors}
        onChange={setSectors}
        error={errors.sectors}
      />
      <OccupationsField
        id="wishes-occupations"
        legend={t('passport.wishes.occupations')}
        value={occupations}
        onChange={setOccupations}
        error={errors.occupationIds}
      />
      {numberField('hoursMin')}
      {numberField('hoursMax')}
      {numberField('maxTravelKm', t('passport.wishes.maxTravelKmDescription'))}
      {numberField('minMonthlySalary', t('passport.wishes.minMonthlySalaryDescription'))}
      <InputField
        id="wishes-earliestStart"
        label={t('passport.wishes.earliestStart')}
        kind="date"
        optional
        value={earliestStart}
        onChange={setEarliestStart}
        error={errors.earliestStart}
      />
      <CheckboxGroup
        id="wishes-contractTypes"
        legend={t('passport.wishes.contractTypes')}
        options={contractTypes.map((c) => ({ value: c, label: t(`contractTypes.${c}`) }))}
        value={chosenContracts}
        onChange={setContracts}
        error={errors.contractTypes}
      />
      {numberField('trainingHoursPerWeek', t('passport.wishes.trainingDescription'))}
      {saved && <SuccessAlert message={t('passport.wishes.saved')} />}
      <Button type="submit" appearance="primary-action-button" busy={save.isPending}>
        {save.isPending ? t('forms.saving') : t('passport.wishes.save')}
      </Button>
    </form>
  );
}
