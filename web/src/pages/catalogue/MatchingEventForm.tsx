import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createEventBody,
  type CreateEventBody,
  type MatchingEvent,
  type OfferStatus,
} from '../../../../src/modules/offers/contracts.ts';
import { sectors, type Sector } from '../../../../src/modules/organisations/contracts.ts';
import type { FieldErrors } from '../../api/error-messages.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { InputField } from '../../components/InputField.tsx';
import { NumberReader, numberText } from '../../components/numbers.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid.ts';
import { checkForm, serverErrors, withErrors } from '../../components/validate-form.ts';
import { OfferFormEnd } from './OfferFormEnd.tsx';

export interface EventDraft {
  title: string;
  sector: Sector | '';
  date: string;
  city: string;
  venue: string;
  capacity: string;
  description: string;
  status: OfferStatus;
}

export const emptyEvent: EventDraft = {
  title: '',
  sector: '',
  date: '',
  city: '',
  venue: '',
  capacity: '',
  description: '',
  status: 'published',
};

export const eventDraftOf = (e: MatchingEvent): EventDraft => ({
  title: e.title,
  sector: (e.sector ?? '') as Sector | '',
  date: e.date,
  city: e.city ?? '',
  venue: e.venue ?? '',
  capacity: numberText(e.capacity),
  description: e.description ?? '',
  status: e.status,
});

const serverFields = Object.keys(emptyEvent);

/** A matching event (ombuigmarkt, banenmarkt): sector, date, place and how many can come. */
export function MatchingEventForm({
  initial,
  mode,
  busy,
  save,
  onSaved,
}: {
  initial: EventDraft;
  mode: 'new' | 'edit';
  busy: boolean;
  save: (body: CreateEventBody) => Promise<MatchingEvent>;
  onSaved: (event: MatchingEvent) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const update = (patch: Partial<EventDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setGeneral(null);
    const numbers = new NumberReader(t('offers.messages.number'));
    const checked = checkForm(
      createEventBody,
      {
        title: draft.title,
        sector: draft.sector || null,
        date: draft.date,
        city: draft.city.trim() || null,
        venue: draft.venue.trim() || null,
        capacity: numbers.read('capacity', draft.capacity),
        description: draft.description.trim() || null,
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
        label={t('offers.events.form.title')}
        description={t('offers.events.form.titleHint')}
        value={draft.title}
        onChange={(title) => update({ title })}
        error={errors.title}
      />
      <SelectField
        id="sector"
        label={t('offers.events.form.sector')}
        optional
        value={draft.sector}
        options={[
          { value: '', label: t('offers.events.form.allSectors') },
          ...sectors.map((s) => ({ value: s, label: t(`sectors.${s}`) })),
        ]}
        onChange={(sector) => update({ sector: sector as Sector | '' })}
        error={errors.sector}
      />
      <div className="ov-field-row">
        <InputField
          id="date"
          kind="date"
          short
          label={t('offers.events.form.date')}
          value={draft.date}
          onChange={(date) => update({ date })}
          error={errors.date}
        />
        <InputField
          id="capacity"
          kind="number"
          short
          optional
          label={t('offers.events.form.capacity')}
          value={draft.capacity}
          onChange={(capacity) => update({ capacity })}
          error={errors.capacity}
        />
      </div>
      <InputField
        id="city"
        label={t('offers.events.form.city')}
        optional
        value={draft.city}
        onChange={(city) => update({ city })}
        error={errors.city}
      />
      <InputField
        id="venue"
        label={t('offers.events.form.venue')}
        optional
        value={draft.venue}
        onChange={(venue) => update({ venue })}
        error={errors.venue}
      />
      <TextareaField
        id="description"
        label={t('offers.events.form.description')}
        optional
        value={draft.description}
        onChange={(description) => update({ description })}
        error={errors.description}
      />
      <OfferFormEnd
        status={draft.status}
        onStatusChange={(status) => update({ status })}
        statusError={errors.status}
        busy={busy}
        mode={mode}
        publishLabel={t('offers.events.form.publish')}
      />
    </form>
  );
}
