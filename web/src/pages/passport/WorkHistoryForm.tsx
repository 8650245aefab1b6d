import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sectors } from '../../../../src/modules/organisations/contracts.ts';
import {
  addWorkHistoryBody,
  type WorkHistoryEntry,
} from '../../../../src/modules/people/contracts.ts';
import { formErrorsOf, type FieldErrors } from '../../api/error-messages.ts';
import { useAddWorkHistory, useUpdateWorkHistory } from '../../api/passport-queries.ts';
import { conceptLabel } from '../../components/conceptLabel.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { InputField } from '../../components/InputField.tsx';
import { JobTitleField, type ChosenConcept } from '../../components/JobTitleField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid.ts';
import { currentLocale } from '../../i18n/index.ts';
import { checkForm, localiseFieldErrors, numberOrNull, textOrNull } from './field-messages.ts';

const fields = [
  'jobTitle',
  'occupationId',
  'employerName',
  'sector',
  'startYear',
  'endYear',
  'hoursPerWeek',
  'description',
] as const;

const text = (v: string | number | null | undefined) =>
  v === null || v === undefined ? '' : String(v);

/** Adds a job, or changes one: own title, the occupation it is, employer, sector and years. */
export function WorkHistoryForm({
  personId,
  entry,
  onDone,
}: {
  personId: string;
  entry?: WorkHistoryEntry;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const add = useAddWorkHistory(personId);
  const update = useUpdateWorkHistory(personId);
  const pending = add.isPending || update.isPending;
  const idPrefix = entry ? `work-${entry.id}` : 'work-new';
  const [jobTitle, setJobTitle] = useState(entry?.jobTitle ?? '');
  const [occupation, setOccupation] = useState<ChosenConcept | null>(
    entry?.occupation
      ? { id: entry.occupation.id, label: conceptLabel(entry.occupation, currentLocale()) }
      : null,
  );
  const [form, setForm] = useState({
    employerName: text(entry?.employerName),
    sector: text(entry?.sector),
    startYear: text(entry?.startYear),
    endYear: text(entry?.endYear),
    hoursPerWeek: text(entry?.hoursPerWeek),
    description: text(entry?.description),
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const set = (key: keyof typeof form) => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }));
  useEffect(() => {
    document.getElementById(`${idPrefix}-jobTitle`)?.focus();
  }, [idPrefix]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setGeneral(null);
    const checked = checkForm(addWorkHistoryBody, {
      jobTitle,
      occupationId: occupation?.id ?? null,
      employerName: textOrNull(form.employerName),
      sector: form.sector || null,
      startYear: numberOrNull(form.startYear),
      endYear: numberOrNull(form.endYear),
      hoursPerWeek: numberOrNull(form.hoursPerWeek),
      description: textOrNull(form.description),
    });
    if (!checked.ok) {
      setErrors(checked.errors);
      return focusFirstInvalid();
    }
    setErrors({});
    const handlers = {
      onSuccess: () => onDone(true),
      onError: (error: unknown) => {
        const result = formErrorsOf(error, t, fields);
        setErrors(localiseFieldErrors(result.fields));
        setGeneral(result.general);
        focusFirstInvalid();
      },
    };
    if (entry) update.mutate({ entryId: entry.id, body: checked.data }, handlers);
    else add.mutate(checked.data, handlers);
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="ov-form ov-subform">
      {general && <ErrorAlert error={general} />}
      <JobTitleField
        id={`${idPrefix}-jobTitle`}
        title={jobTitle}
        onTitleChange={setJobTitle}
        occupation={occupation}
        onOccupationChange={setOccupation}
        error={errors.jobTitle}
        occupationError={errors.occupationId}
      />
      <InputField
        id={`${idPrefix}-employerName`}
        label={t('passport.work.employer')}
        optional
        value={form.employerName}
        onChange={set('employerName')}
        error={errors.employerName}
        autoComplete="organization"
      />
      <SelectField
        id={`${idPrefix}-sector`}
        label={t('passport.work.sector')}
        optional
        value={form.sector}
        options={[
          { value: '', label: t('passport.work.noSector') },
          ...sectors.map((s) => ({ value: s, label: t(`sectors.${s}`) })),
        ]}
        onChange={set('sector')}
        error={errors.sector}
      />
      <InputField
        id={`${idPrefix}-startYear`}
        label={t('passport.work.startYear')}
        kind="number"
        short
        optional
        value={form.startYear}
        onChange={set('startYear')}
        error={errors.startYear}
      />
      <InputField
        id={`${idPrefix}-endYear`}
        label={t('passport.work.endYear')}
        description={t('passport.work.endYearDescription')}
        kind="number"
        short
        optional
        value={form.endYear}
        onChange={set('endYear')}
        error={errors.endYear}
      />
      <InputField
        id={`${idPrefix}-hoursPerWeek`}
        label={t('passport.work.hoursPerWeek')}
        kind="number"
        short
        optional
        value={form.hoursPerWeek}
        onChange={set('hoursPerWeek')}
        error={errors.hoursPerWeek}
      />
      <TextareaField
        id={`${idPrefix}-description`}
        label={t('passport.work.description')}
        optional
        rows={3}
        value={form.description}
        onChange={set('description')}
        error={errors.description}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={pending}>
          {pending ? t('forms.saving') : entry ? t('passport.save') : t('passport.work.add')}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => onDone(false)}>
          {t('passport.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
