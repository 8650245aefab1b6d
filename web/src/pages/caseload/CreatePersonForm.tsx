import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createPersonBody } from '../../../../src/modules/people/contracts.ts';
import { formErrorsOf, type FieldErrors } from '../../api/error-messages.ts';
import { useCreatePerson } from '../../api/passport-queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { InputField } from '../../components/InputField.tsx';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid.ts';
import {
  checkForm,
  localiseFieldErrors,
  numberOrNull,
  textOrNull,
} from '../passport/field-messages.ts';

const fields = ['givenName', 'familyName', 'email', 'postcode', 'city', 'birthYear'] as const;
type Field = (typeof fields)[number];
const empty: Record<Field, string> = {
  givenName: '',
  familyName: '',
  email: '',
  postcode: '',
  city: '',
  birthYear: '',
};

/** A case manager starts a passport for someone in their organisation's caseload. */
export function CreatePersonForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePerson();
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    setGeneral(null);
    const found: FieldErrors = {};
    if (!form.givenName.trim()) found.givenName = t('caseload.create.nameRequired');
    if (!form.familyName.trim()) found.familyName = t('caseload.create.nameRequired');
    const checked = checkForm(createPersonBody, {
      givenName: textOrNull(form.givenName),
      familyName: textOrNull(form.familyName),
      email: textOrNull(form.email),
      postcode: textOrNull(form.postcode),
      city: textOrNull(form.city),
      birthYear: numberOrNull(form.birthYear),
    });
    const all = { ...(checked.ok ? {} : checked.errors), ...found };
    if (!checked.ok || Object.keys(found).length > 0) {
      setErrors(all);
      return focusFirstInvalid();
    }
    setErrors({});
    create.mutate(checked.data, {
      onSuccess: (passport) => void navigate(`/caseload/${passport.id}`),
      onError: (error) => {
        const result = formErrorsOf(error, t, fields);
        setErrors(localiseFieldErrors(result.fields));
        setGeneral(result.general);
        focusFirstInvalid();
      },
    });
  };

  const field = (key: Field, kind: 'text' | 'email' | 'number' = 'text') => (
    <InputField
      id={`create-${key}`}
      label={t(`passport.personal.${key}`)}
      kind={kind}
      optional={key !== 'givenName' && key !== 'familyName'}
      short={key === 'postcode' || key === 'birthYear'}
      value={form[key]}
      onChange={(value) => setForm((f) => ({ ...f, [key]: value }))}
      error={errors[key]}
    />
  );

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="ov-form">
      {general && <ErrorAlert error={general} />}
      {field('givenName')}
      {field('familyName')}
      {field('email', 'email')}
      {field('postcode')}
      {field('city')}
      {field('birthYear', 'number')}
      <Button type="submit" appearance="primary-action-button" busy={create.isPending}>
        {create.isPending ? t('forms.saving') : t('caseload.create.submit')}
      </Button>
    </form>
  );
}
