import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createSlotBody,
  type CreateSlotBody,
  type OfferStatus,
  type ShadowingSlot,
} from '../../../../src/modules/offers/contracts.ts';
import type { FieldErrors } from '../../api/error-messages.ts';
import { useVacancies } from '../../api/vacancy-queries.ts';
import { conceptLabel } from '../../components/conceptLabel.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { InputField } from '../../components/InputField.tsx';
import type { ChosenConcept } from '../../components/JobTitleField.tsx';
import { NumberReader } from '../../components/numbers.ts';
import { OccupationsField } from '../../components/OccupationsField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid.ts';
import { checkForm, serverErrors, withErrors } from '../../components/validate-form.ts';
import { currentLocale } from '../../i18n/index.ts';
import { OfferFormEnd } from './OfferFormEnd.tsx';

export interface SlotDraft {
  title: string;
  vacancyId: string;
  occupation: ChosenConcept[];
  startDate: string;
  endDate: string;
  capacity: string;
  city: string;
  status: OfferStatus;
}

export const emptySlot: SlotDraft = {
  title: '',
  vacancyId: '',
  occupation: [],
  startDate: '',
  endDate: '',
  capacity: '1',
  city: '',
  status: 'published',
};

export const slotDraftOf = (s: ShadowingSlot): SlotDraft => ({
  title: s.title,
  vacancyId: s.vacancy?.id ?? '',
  occupation: s.occupation
    ? [{ id: s.occupation.id, label: conceptLabel(s.occupation, currentLocale()) }]
    : [],
  startDate: s.startDate,
  endDate: s.endDate,
  capacity: String(s.capacity),
  city: s.city ?? '',
  status: s.status,
});

const serverFields = ['title', 'vacancyId', 'occupationId', 'startDate', 'endDate', 'capacity'];

/**
 * A job-shadowing offer (meeloopstage) of a hiring employer: one day to one week, how many
 * people at a time, at which vacancy or in which occupation, and where.
 */
export function ShadowingSlotForm({
  initial,
  mode,
  busy,
  save,
  onSaved,
}: {
  initial: SlotDraft;
  mode: 'new' | 'edit';
  busy: boolean;
  save: (body: CreateSlotBody) => Promise<ShadowingSlot>;
  onSaved: (slot: ShadowingSlot) => void;
}) {
  const { t } = useTranslation();
  const vacancies = useVacancies({});
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const update = (patch: Partial<SlotDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setGeneral(null);
    const numbers = new NumberReader(t('offers.messages.number'));
    const checked = checkForm(
      createSlotBody,
      {
        title: draft.title,
        vacancyId: draft.vacancyId || null,
        occupationId: draft.occupation[0]?.id ?? null,
        startDate: draft.startDate,
        endDate: draft.endDate || draft.startDate,
        capacity: numbers.read('capacity', draft.capacity),
        city: draft.city.trim() || null,
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
      <InputField
        id="title"
        label={t('offers.slots.form.title')}
        description={t('offers.slots.form.titleHint')}
        value={draft.title}
        onChange={(title) => update({ title })}
        error={errors.title}
      />
      <SelectField
        id="vacancyId"
        label={t('offers.slots.form.vacancy')}
        description={t('offers.slots.form.vacancyHint')}
        optional
        value={draft.vacancyId}
        options={[
          { value: '', label: t('offers.slots.form.noVacancy') },
          ...(vacancies.data ?? []).map((v) => ({ value: v.id, label: v.title })),
        ]}
        onChange={(vacancyId) => update({ vacancyId })}
        error={errors.vacancyId}
      />
      <OccupationsField
        id="occupationId"
        legend={t('offers.slots.form.occupation')}
        max={1}
        value={draft.occupation}
        onChange={(occupation) => update({ occupation })}
        error={errors.occupationId}
      />
      <div className="ov-field-row">
        <InputField
          id="startDate"
          kind="date"
          short
          label={t('offers.slots.form.startDate')}
          value={draft.startDate}
          onChange={(startDate) => update({ startDate })}
          error={errors.startDate}
        />
        <InputField
          id="endDate"
          kind="date"
          short
          optional
          label={t('offers.slots.form.endDate')}
          description={t('offers.slots.form.endDateHint')}
          value={draft.endDate}
          onChange={(endDate) => update({ endDate })}
          error={errors.endDate}
        />
        <InputField
          id="capacity"
          kind="number"
          short
          label={t('offers.slots.form.capacity')}
          value={draft.capacity}
          onChange={(capacity) => update({ capacity })}
          error={errors.capacity}
        />
      </div>
      <InputField
        id="city"
        label={t('offers.slots.form.city')}
        optional
        value={draft.city}
        onChange={(city) => update({ city })}
        error={errors.city}
      />
      <OfferFormEnd
        status={draft.status}
        onStatusChange={(status) => update({ status })}
        statusError={errors.status}
        busy={busy}
        mode={mode}
        publishLabel={t('offers.slots.form.publish')}
      />
    </form>
  );
}
