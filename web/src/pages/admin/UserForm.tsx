import { Button, Heading } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { staffRoles } from '../../../../src/modules/auth/actor.ts';
import { createUserBody, roles, type Role } from '../../../../src/modules/auth/contracts.ts';
import type { Organisation, Region } from '../../../../src/modules/organisations/contracts.ts';
import { formErrorsOf, type FieldErrors } from '../../api/error-messages.ts';
import { useCreateUser } from '../../api/queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid.ts';
import { validate } from '../../components/validate.ts';
import { locales, type Locale } from '../../i18n/index.ts';

const fields = [
  'name',
  'email',
  'role',
  'password',
  'regionId',
  'organisationId',
  'locale',
] as const;

interface Props {
  regions: readonly Region[];
  organisations: readonly Organisation[];
}

const emptyForm = {
  name: '',
  email: '',
  role: 'case_manager' as Role,
  password: '',
  organisationId: '',
  locale: 'nl' as Locale,
};

/** Adds a user with a first password; what the user typed stays when the server says no. */
export function UserForm({ regions, organisations }: Props) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const [regionId, setRegionId] = useState(regions[0]?.id ?? '');
  const [form, setForm] = useState(emptyForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const set = <K extends keyof typeof emptyForm>(key: K, value: (typeof emptyForm)[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const regionOrganisations = organisations.filter((o) => o.regionId === regionId && o.active);
  // Staff work for an organisation; candidates and administrators may have none.
  const needsOrganisation = staffRoles.includes(form.role);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    setCreated(null);
    setGeneral(null);
    const checked = validate(createUserBody, {
      ...form,
      regionId,
      organisationId: form.organisationId || null,
    });
    if (!checked.ok) {
      setErrors(checked.errors);
      return focusFirstInvalid();
    }
    setErrors({});
    create.mutate(checked.data, {
      onSuccess: (user) => {
        setCreated(t('adminUsers.created', { name: user.name }));
        setForm(emptyForm);
      },
      onError: (error) => {
        const result = formErrorsOf(error, t, fields);
        setErrors(result.fields);
        setGeneral(result.general);
        focusFirstInvalid();
      },
    });
  };

  return (
    <section aria-labelledby="user-form-title" className="ov-section">
      <Heading level={2} id="user-form-title">
        {t('adminUsers.formTitle')}
      </Heading>
      {created && <SuccessAlert message={created} />}
      {general && <ErrorAlert error={general} />}
      <form ref={formRef} noValidate onSubmit={onSubmit} className="ov-form">
        <TextField
          id="name"
          label={t('adminUsers.nameLabel')}
          value={form.name}
          onChange={(v) => set('name', v)}
          error={errors.name}
          autoComplete="off"
        />
        <TextField
          id="email"
          type="email"
          label={t('adminUsers.emailLabel')}
          value={form.email}
          onChange={(v) => set('email', v)}
          error={errors.email}
          autoComplete="off"
        />
        <SelectField
          id="role"
          label={t('adminUsers.roleLabel')}
          value={form.role}
          options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          onChange={(v) => set('role', roles.find((r) => r === v) ?? form.role)}
          error={errors.role}
        />
        <SelectField
          id="regionId"
          label={t('adminUsers.regionLabel')}
          value={regionId}
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
          onChange={(v) => {
            setRegionId(v);
            set('organisationId', '');
          }}
          error={errors.regionId}
        />
        <SelectField
          id="organisationId"
          label={t('adminUsers.organisationLabel')}
          description={
            needsOrganisation
              ? t('adminUsers.organisationRequired', {
                  role: t(`roles.${form.role}`).toLowerCase(),
                })
              : t('adminUsers.organisationOptional')
          }
          optional={!needsOrganisation}
          value={form.organisationId}
          options={[
            { value: '', label: t('adminUsers.noOrganisation') },
            ...regionOrganisations.map((o) => ({ value: o.id, label: o.name })),
          ]}
          onChange={(v) => set('organisationId', v)}
          error={errors.organisationId}
        />
        <TextField
          id="password"
          type="password"
          label={t('adminUsers.passwordLabel')}
          description={t('adminUsers.passwordDescription')}
          value={form.password}
          onChange={(v) => set('password', v)}
          error={errors.password}
          autoComplete="new-password"
        />
        <SelectField
          id="locale"
          label={t('adminUsers.localeLabel')}
          value={form.locale}
          options={locales.map((l) => ({ value: l, label: t(`locales.${l}`) }))}
          onChange={(v) => set('locale', locales.find((l) => l === v) ?? 'nl')}
          error={errors.locale}
        />
        <Button type="submit" appearance="primary-action-button" busy={create.isPending}>
          {create.isPending ? t('forms.saving') : t('adminUsers.submit')}
        </Button>
      </form>
    </section>
  );
}
