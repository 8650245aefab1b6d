import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createPersonBody, type ImportResult } from '../../../../src/modules/people/contracts.ts';
import { formErrorsOf, type FieldErrors } from '../../api/error-messages.ts';
import { useCreatePerson } from '../../api/passport-queries.ts';
import { useCurrentUser } from '../../app/current-user.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { InputField } from '../../components/InputField.tsx';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid.ts';
import { checkForm, localiseFieldErrors, numberOrNull, textOrNull } from './field-messages.ts';
import { ImportPassportForm } from './ImportPassportForm.tsx';
import './passport.css';

const fields = ['givenName', 'familyName', 'postcode', 'city', 'birthYear'] as const;
type Field = (typeof fields)[number];

/** A candidate without a passport: start one (name prefilled), or bring one along as a file. */
export function StartPassport({ onImported }: { onImported: (result: ImportResult) => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const create = useCreatePerson();
  const [first = '', ...rest] = me.name.split(' ');
  const [form, setForm] = useState<Record<Field, string>>({
    givenName: first,
    familyName: rest.join(' '),
    postcode: '',
    city: '',
    birthYear: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    setGeneral(null);
    const checked = checkForm(createPersonBody, {
      givenName: textOrNull(form.givenName),
      familyName: textOrNull(form.familyName),
      postcode: textOrNull(form.postcode),
      city: textOrNull(form.city),
      birthYear: numberOrNull(form.birthYear),
      email: me.email,
    });
    if (!checked.ok) {
      setErrors(checked.errors);
      return focusFirstInvalid();
    }
    setErrors({});
    create.mutate(checked.data, {
      onError: (error) => {
        const result = formErrorsOf(error, t, fields);
        setErrors(localiseFieldErrors(result.fields));
        setGeneral(result.general);
        focusFirstInvalid();
      },
    });
  };

  const field = (key: Field, autoComplete: string, kind: 'text' | 'number' = 'text') => (
    <InputField
      id={`start-${key}`}
      label={t(`passport.personal.${key}`)}
      kind={kind}
      optional={key !== 'givenName' && key !== 'familyName'}
      short={key === 'postcode' || key === 'birthYear'}
      value={form[key]}
      onChange={(value) => setForm((f) => ({ ...f, [key]: value }))}
      error={errors[key]}
      autoComplete={autoComplete}
    />
  );

  return (
    <>
      <Paragraph appearance="lead">{t('passport.start.intro')}</Paragraph>
      <section aria-labelledby="start-new-title" className="ov-passport-section">
        <Heading level={2} id="start-new-title">
          {t('passport.start.newTitle')}
        </Heading>
        <form ref={formRef} noValidate onSubmit={onSubmit} className="ov-form">
          {general && <ErrorAlert error={general} />}
          {field('givenName', 'given-name')}
          {field('familyName', 'family-name')}
          {field('postcode', 'postal-code')}
          {field('city', 'address-level2')}
          {field('birthYear', 'bday-year', 'number')}
          <Button type="submit" appearance="primary-action-button" busy={create.isPending}>
            {create.isPending ? t('forms.saving') : t('passport.start.create')}
          </Button>
        </form>
      </section>
      <section aria-labelledby="start-import-title" className="ov-passport-section">
        <Heading level={2} id="start-import-title">
          {t('passport.start.importTitle')}
        </Heading>
        <Paragraph>{t('passport.start.importIntro')}</Paragraph>
        <ImportPassportForm personId={null} onImported={onImported} />
      </section>
    </>
  );
}
