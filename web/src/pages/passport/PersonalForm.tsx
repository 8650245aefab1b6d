import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  updatePersonBody,
  type Passport,
  type UpdatePersonBody,
} from '../../../../src/modules/people/contracts.ts';
import { formErrorsOf, type FieldErrors } from '../../api/error-messages.ts';
import { useUpdatePersonal } from '../../api/passport-queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { InputField } from '../../components/InputField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid.ts';
import { checkForm, localiseFieldErrors, numberOrNull, textOrNull } from './field-messages.ts';

const fields = [
  'givenName',
  'familyName',
  'email',
  'phone',
  'postcode',
  'city',
  'birthYear',
  'summary',
] as const;
type Field = (typeof fields)[number];

const asText = (v: string | number | null) => (v === null ? '' : String(v));

/** Changes the personal data; what was typed stays when the server says no. */
export function PersonalForm({
  passport,
  onDone,
}: {
  passport: Passport;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdatePersonal(passport.id);
  const p = passport.personal;
  const [form, setForm] = useState<Record<Field, string>>({
    givenName: asText(p.givenName),
    familyName: asText(p.familyName),
    email: asText(p.email),
    phone: asText(p.phone),
    postcode: asText(p.postcode),
    city: asText(p.city),
    birthYear: asText(p.birthYear),
    summary: asText(p.summary),
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const set = (key: Field) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  useEffect(() => {
    document.getElementById('personal-givenName')?.focus();
  }, []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    setGeneral(null);
    const body: UpdatePersonBody = {
      givenName: textOrNull(form.givenName),
      familyName: textOrNull(form.familyName),
      email: textOrNull(form.email),
      phone: textOrNull(form.phone),
      postcode: textOrNull(form.postcode),
      city: textOrNull(form.city),
      birthYear: numberOrNull(form.birthYear),
      summary: textOrNull(form.summary),
    };
    const checked = checkForm(updatePersonBody, body);
    if (!checked.ok) {
      setErrors(checked.errors);
      return focusFirstInvalid();
    }
    setErrors({});
    update.mutate(checked.data, {
      onSuccess: () => onDone(true),
      onError: (error) => {
        const result = formErrorsOf(error, t, fields);
        setErrors(localiseFieldErrors(result.fields));
        setGeneral(result.general);
        focusFirstInvalid();
      },
    });
  };

  const field = (key: Field, kind: 'text' | 'number' | 'email' | 'tel', autoComplete: string) => (
    <InputField
      id={`personal-${key}`}
      label={t(`passport.personal.${key}`)}
      kind={kind}
      optional
      short={key === 'birthYear' || key === 'postcode'}
      value={form[key]}
      onChange={set(key)}
      error={errors[key]}
      autoComplete={autoComplete}
    />
  );

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="ov-form">
      {general && <ErrorAlert error={general} />}
      {field('givenName', 'text', 'given-name')}
      {field('familyName', 'text', 'family-name')}
      {field('email', 'email', 'email')}
      {field('phone', 'tel', 'tel')}
      {field('postcode', 'text', 'postal-code')}
      {field('city', 'text', 'address-level2')}
      {field('birthYear', 'number', 'bday-year')}
      <TextareaField
        id="personal-summary"
        label={t('passport.personal.summary')}
        description={t('passport.personal.summaryDescription')}
        optional
        value={form.summary}
        onChange={set('summary')}
        error={errors.summary}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={update.isPending}>
          {update.isPending ? t('forms.saving') : t('passport.save')}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => onDone(false)}>
          {t('passport.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
