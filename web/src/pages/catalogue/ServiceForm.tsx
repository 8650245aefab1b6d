import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createServiceBody,
  fundingSchemes,
  serviceKinds,
  type CreateServiceBody,
  type FundingScheme,
  type OfferStatus,
  type Service,
  type ServiceKind,
} from '../../../../src/modules/offers/contracts.ts';
import type { FieldErrors } from '../../api/error-messages.ts';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { InputField } from '../../components/InputField.tsx';
import { NumberReader, numberText } from '../../components/numbers.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid.ts';
import { checkForm, serverErrors, withErrors } from '../../components/validate-form.ts';
import { OfferFormEnd } from './OfferFormEnd.tsx';

export interface ServiceDraft {
  kind: ServiceKind;
  name: string;
  description: string;
  targetGroup: string;
  durationWeeks: string;
  costEur: string;
  capacity: string;
  funding: FundingScheme[];
  status: OfferStatus;
}

export const emptyService: ServiceDraft = {
  kind: 'career_coaching',
  name: '',
  description: '',
  targetGroup: '',
  durationWeeks: '',
  costEur: '',
  capacity: '',
  funding: [],
  status: 'published',
};

export const serviceDraftOf = (s: Service): ServiceDraft => ({
  kind: s.kind,
  name: s.name,
  description: s.description ?? '',
  targetGroup: s.targetGroup ?? '',
  durationWeeks: numberText(s.durationWeeks),
  costEur: String(s.costEur),
  capacity: numberText(s.capacity),
  funding: [...s.funding],
  status: s.status,
});

const serverFields = Object.keys(emptyService);

/** A service (coaching, talent scan, NT2, IPS, …) for the regional catalogue. */
export function ServiceForm({
  initial,
  mode,
  busy,
  save,
  onSaved,
}: {
  initial: ServiceDraft;
  mode: 'new' | 'edit';
  busy: boolean;
  save: (body: CreateServiceBody) => Promise<Service>;
  onSaved: (service: Service) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const update = (patch: Partial<ServiceDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const number = (key: 'durationWeeks' | 'costEur' | 'capacity') => (
    <InputField
      id={key}
      kind="number"
      short
      optional
      label={t(`offers.serviceForm.${key}`)}
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
    const checked = checkForm(
      createServiceBody,
      {
        kind: draft.kind,
        name: draft.name,
        description: draft.description.trim() || null,
        targetGroup: draft.targetGroup.trim() || null,
        durationWeeks: numbers.read('durationWeeks', draft.durationWeeks),
        costEur: numbers.read('costEur', draft.costEur) ?? 0,
        capacity: numbers.read('capacity', draft.capacity),
        funding: draft.funding,
        status: draft.status,
      },
      t,
    );
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
    <form ref={formRef} noValidate onSubmit={onSubmit} className="ov-form">
      {general && <ErrorAlert error={general} />}
      <SelectField
        id="kind"
        label={t('offers.serviceForm.kind')}
        value={draft.kind}
        options={serviceKinds.map((k) => ({ value: k, label: t(`offers.serviceKinds.${k}`) }))}
        onChange={(kind) => update({ kind: kind as ServiceKind })}
        error={errors.kind}
      />
      <InputField
        id="name"
        label={t('offers.serviceForm.name')}
        value={draft.name}
        onChange={(name) => update({ name })}
        error={errors.name}
      />
      <TextareaField
        id="description"
        label={t('offers.serviceForm.description')}
        optional
        value={draft.description}
        onChange={(description) => update({ description })}
        error={errors.description}
      />
      <InputField
        id="targetGroup"
        label={t('offers.serviceForm.targetGroup')}
        optional
        value={draft.targetGroup}
        onChange={(targetGroup) => update({ targetGroup })}
        error={errors.targetGroup}
      />
      <div className="ov-field-row">
        {number('durationWeeks')}
        {number('costEur')}
        {number('capacity')}
      </div>
      <CheckboxGroup
        id="funding"
        legend={t('offers.trainingForm.funding')}
        options={fundingSchemes.map((f) => ({ value: f, label: t(`offers.funding.${f}`) }))}
        value={draft.funding}
        onChange={(funding) => update({ funding })}
        error={errors.funding}
      />
      <OfferFormEnd
        status={draft.status}
        onStatusChange={(status) => update({ status })}
        statusError={errors.status}
        busy={busy}
        mode={mode}
        publishLabel={t('offers.serviceForm.publish')}
      />
    </form>
  );
}
