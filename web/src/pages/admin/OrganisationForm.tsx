import { Button, Heading } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createOrganisationBody,
  organisationKinds,
  sectors,
  type OrganisationKind,
  type Region,
} from '../../../../src/modules/organisations/contracts.ts';
import { formErrorsOf, type FieldErrors } from '../../api/error-messages.ts';
import { useCreateOrganisation } from '../../api/queries.ts';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid.ts';
import { validate } from '../../components/validate.ts';

const fields = ['regionId', 'name', 'kinds', 'sector', 'city', 'postcode'] as const;

const emptyForm = { name: '', kinds: [] as OrganisationKind[], sector: '', city: '', postcode: '' };

/** Adds a partner organisation; what the user typed stays when the server says no. */
export function OrganisationForm({ regions }: { regions: readonly Region[] }) {
  const { t } = useTranslation();
  const create = useCreateOrganisation();
  const [regionId, setRegionId] = useState(regions[0]?.id ?? '');
  const [form, setForm] = useState(emptyForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const set = <K extends keyof typeof emptyForm>(key: K, value: (typeof emptyForm)[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    setCreated(null);
    setGeneral(null);
    const checked = validate(createOrganisationBody, {
      regionId,
      name: form.name,
      kinds: form.kinds,
      sector: form.sector || null,
      city: form.city.trim() || null,
      postcode: form.postcode.trim() || null,
    });
    if (!checked.ok) {
      setErrors(checked.errors);
      return focusFirstInvalid();
    }
    setErrors({});
    create.mutate(checked.data, {
      onSuccess: (organisation) => {
        setCreated(t('adminOrganisations.created', { name: organisation.name }));
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
    <section aria-labelledby="organisation-form-title" className="ov-section">
      <Heading level={2} id="organisation-form-title">
        {t('adminOrganisations.formTitle')}
      </Heading>
      {created && <SuccessAlert message={created} />}
      {general && <ErrorAlert error={general} />}
      <form ref={formRef} noValidate onSubmit={onSubmit} className="ov-form">
        <SelectField
          id="regionId"
          label={t('adminOrganisations.region')}
          value={regionId}
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
          onChange={setRegionId}
          error={errors.regionId}
        />
        <TextField
          id="name"
          label={t('adminOrganisations.name')}
          value={form.name}
          onChange={(v) => set('name', v)}
          error={errors.name}
          autoComplete="organization"
        />
        <CheckboxGroup
          id="kinds"
          legend={t('adminOrganisations.kinds')}
          description={t('adminOrganisations.kindsDescription')}
          options={organisationKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          value={form.kinds}
          onChange={(v) => set('kinds', v)}
          error={errors.kinds}
        />
        <SelectField
          id="sector"
          label={t('adminOrganisations.sector')}
          optional
          value={form.sector}
          options={[
            { value: '', label: t('adminOrganisations.noSector') },
            ...sectors.map((s) => ({ value: s, label: t(`sectors.${s}`) })),
          ]}
          onChange={(v) => set('sector', v)}
          error={errors.sector}
        />
        <TextField
          id="city"
          label={t('adminOrganisations.city')}
          optional
          value={form.city}
          onChange={(v) => set('city', v)}
          error={errors.city}
          autoComplete="address-level2"
        />
        <TextField
          id="postcode"
          label={t('adminOrganisations.postcode')}
          description={t('adminOrganisations.postcodeDescription')}
          optional
          value={form.postcode}
          onChange={(v) => set('postcode', v)}
          error={errors.postcode}
          autoComplete="postal-code"
        />
        <Button type="submit" appearance="primary-action-button" busy={create.isPending}>
          {create.isPending ? t('forms.saving') : t('adminOrganisations.submit')}
        </Button>
      </form>
    </section>
  );
}
