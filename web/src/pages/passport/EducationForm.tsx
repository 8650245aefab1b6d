import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addEducationBody,
  completionStates,
  educationKinds,
} from '../../../../src/modules/people/contracts.ts';
import { formErrorsOf, type FieldErrors } from '../../api/error-messages.ts';
import { useAddEducation } from '../../api/passport-queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { InputField } from '../../components/InputField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid.ts';
import { checkForm, localiseFieldErrors, numberOrNull, textOrNull } from './field-messages.ts';

const fields = ['kind', 'name', 'level', 'institution', 'year', 'completed', 'validUntil'] as const;

const empty = {
  kind: 'education',
  name: '',
  level: '',
  institution: '',
  year: '',
  completed: 'completed',
  validUntil: '',
};

/** Adds a course, diploma or certificate. */
export function EducationForm({
  personId,
  onDone,
}: {
  personId: string;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const add = useAddEducation(personId);
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const set = (key: keyof typeof empty) => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }));
  useEffect(() => {
    document.getElementById('education-kind')?.focus();
  }, []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    setGeneral(null);
    const checked = checkForm(addEducationBody, {
      kind: form.kind,
      name: form.name,
      level: textOrNull(form.level),
      institution: textOrNull(form.institution),
      year: numberOrNull(form.year),
      completed: form.completed || null,
      validUntil: textOrNull(form.validUntil),
    });
    if (!checked.ok) {
      setErrors(checked.errors);
      return focusFirstInvalid();
    }
    setErrors({});
    add.mutate(checked.data, {
      onSuccess: () => onDone(true),
      onError: (error) => {
        const result = formErrorsOf(error, t, fields);
        setErrors(localiseFieldErrors(result.fields));
        setGeneral(result.general);
        focusFirstInvalid();
      },
    });
  };

  const isCertificate = form.kind === 'certificate';
  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="ov-form ov-subform">
      {general && <ErrorAlert error={general} />}
      <SelectField
        id="education-kind"
        label={t('passport.education.kind')}
        value={form.kind}
        options={educationKinds.map((k) => ({ value: k, label: t(`educationKinds.${k}`) }))}
        onChange={set('kind')}
        error={errors.kind}
      />
      <InputField
        id="education-name"
        label={t('passport.education.name')}
        description={
          isCertificate
            ? t('passport.education.certificateExample')
            : t('passport.education.educationExample')
        }
        value={form.name}
        onChange={set('name')}
        error={errors.name}
      />
      <InputField
        id="education-level"
        label={t('passport.education.level')}
        optional
        short
        value={form.level}
        onChange={set('level')}
        error={errors.level}
      />
      <InputField
        id="education-institution"
        label={t('passport.education.institution')}
        optional
        value={form.institution}
        onChange={set('institution')}
        error={errors.institution}
      />
      <InputField
        id="education-year"
        label={t('passport.education.year')}
        kind="number"
        short
        optional
        value={form.year}
        onChange={set('year')}
        error={errors.year}
      />
      <SelectField
        id="education-completed"
        label={t('passport.education.completed')}
        optional
        value={form.completed}
        options={[
          { value: '', label: t('states.unknownValue') },
          ...completionStates.map((c) => ({ value: c, label: t(`completion.${c}`) })),
        ]}
        onChange={set('completed')}
        error={errors.completed}
      />
      {isCertificate && (
        <InputField
          id="education-validUntil"
          label={t('passport.education.validUntil')}
          kind="date"
          optional
          value={form.validUntil}
          onChange={set('validUntil')}
          error={errors.validUntil}
        />
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={add.isPending}>
          {add.isPending ? t('forms.saving') : t('passport.education.add')}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => onDone(false)}>
          {t('passport.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
