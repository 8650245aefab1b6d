import { Heading } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createTrainingBody,
  fundingSchemes,
  modalities,
  type CreateTrainingBody,
  type Training,
} from '../../../../src/modules/offers/contracts.ts';
import { sectors } from '../../../../src/modules/organisations/contracts.ts';
import type { FieldErrors } from '../../api/error-messages.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { InputField } from '../../components/InputField.tsx';
import { NumberReader } from '../../components/numbers.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid.ts';
import { checkForm, serverErrors, withErrors } from '../../components/validate-form.ts';
import { StartDatesField } from './StartDatesField.tsx';
import { TaughtSkillsEditor } from './TaughtSkillsEditor.tsx';
import { trainingFieldsOf, type TrainingDraft } from './training-draft.ts';
import { OfferFormEnd } from './OfferFormEnd.tsx';

const serverFields = [
  'name',
  'description',
  'qualification',
  'sector',
  'skills',
  'weeks',
  'hoursPerWeek',
  'costEur',
  'continuousIntake',
  'startDates',
  'modality',
  'city',
  'postcode',
  'funding',
  'entryRequirements',
  'status',
] as const;

export interface TrainingFormProps {
  initial: TrainingDraft;
  mode: 'new' | 'edit';
  busy: boolean;
  save: (body: CreateTrainingBody) => Promise<Training>;
  onSaved: (training: Training) => void;
}

/** A training for the regional catalogue: what it teaches (skills), how long, when, what it costs. */
export function TrainingForm({ initial, mode, busy, save, onSaved }: TrainingFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const update = (patch: Partial<TrainingDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const text = (key: 'name' | 'qualification' | 'city' | 'postcode', optional = true) => (
    <InputField
      id={key}
      label={t(`offers.trainingForm.${key}`)}
      optional={optional}
      short={key === 'postcode'}
      value={draft[key]}
      onChange={(value) => update({ [key]: value })}
      error={errors[key]}
    />
  );
  const number = (key: 'weeks' | 'hoursPerWeek' | 'costEur', optional = true) => (
    <InputField
      id={key}
      kind="number"
      short
      label={t(`offers.trainingForm.${key}`)}
      description={key === 'costEur' ? t('offers.trainingForm.costHint') : undefined}
      optional={optional}
      value={draft[key]}
      onChange={(value) => update({ [key]: value })}
      error={errors[key]}
    />
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setGeneral(null);
    const numbers = new NumberReader(t('offers.messages.number'));
    const checked = checkForm(createTrainingBody, trainingFieldsOf(draft, numbers), t);
    if (!checked.ok || Object.keys(numbers.errors).length > 0) {
      setErrors(withErrors(checked, numbers.errors));
      return focusFirstInvalid();
    }
    setErrors({});
    save(checked.data).then(onSaved, (error: unknown) => {
      const result = serverErrors(error, t, serverFields);
      setErrors(result.fields);
      setGeneral(result.general);
      focusFirstInvalid();
    });
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="ov-form ov-wide-form">
      {general && <ErrorAlert error={general} />}
      {Object.keys(errors).length > 0 && !general && <ErrorAlert error={t('forms.checkFields')} />}
      {text('name', false)}
      <TextareaField
        id="description"
        label={t('offers.trainingForm.description')}
        optional
        value={draft.description}
        onChange={(description) => update({ description })}
        error={errors.description}
      />
      {text('qualification')}
      <SelectField
        id="sector"
        label={t('offers.trainingForm.sector')}
        optional
        value={draft.sector}
        options={[
          { value: '', label: t('offers.trainingForm.noSector') },
          ...sectors.map((s) => ({ value: s, label: t(`sectors.${s}`) })),
        ]}
        onChange={(sector) => update({ sector })}
        error={errors.sector}
      />
      <Heading level={2}>{t('offers.trainingForm.skillsTitle')}</Heading>
      <TaughtSkillsEditor
        value={draft.skills}
        onChange={(skills) => update({ skills })}
        error={errors.skills}
      />
      <Heading level={2}>{t('offers.trainingForm.practicalTitle')}</Heading>
      <div className="ov-field-row">
        {number('weeks', false)}
        {number('hoursPerWeek')}
        {number('costEur')}
      </div>
      <CheckboxField
        id="continuousIntake"
        label={t('offers.trainingForm.continuousIntake')}
        checked={draft.continuousIntake}
        onChange={(continuousIntake) => update({ continuousIntake })}
        error={errors.continuousIntake}
      />
      <StartDatesField
        value={draft.startDates}
        onChange={(startDates) => update({ startDates })}
        error={errors.startDates}
      />
      <SelectField
        id="modality"
        label={t('offers.trainingForm.modality')}
        optional
        value={draft.modality}
        options={[
          { value: '', label: t('offers.trainingForm.noModality') },
          ...modalities.map((m) => ({ value: m, label: t(`offers.modalities.${m}`) })),
        ]}
        onChange={(modality) => update({ modality: modality as TrainingDraft['modality'] })}
        error={errors.modality}
      />
      <div className="ov-field-row">
        {text('postcode')}
        {text('city')}
      </div>
      <CheckboxGroup
        id="funding"
        legend={t('offers.trainingForm.funding')}
        description={t('offers.trainingForm.fundingHint')}
        options={fundingSchemes.map((f) => ({ value: f, label: t(`offers.funding.${f}`) }))}
        value={draft.funding}
        onChange={(funding) => update({ funding })}
        error={errors.funding}
      />
      <TextareaField
        id="entryRequirements"
        label={t('offers.trainingForm.entryRequirements')}
        optional
        rows={3}
        value={draft.entryRequirements}
        onChange={(entryRequirements) => update({ entryRequirements })}
        error={errors.entryRequirements}
      />
      <OfferFormEnd
        status={draft.status}
        onStatusChange={(status) => update({ status })}
        statusError={errors.status}
        busy={busy}
        mode={mode}
        publishLabel={t('offers.trainingForm.publish')}
      />
    </form>
  );
}
