import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format.ts';
import { InputField } from '../../components/InputField.tsx';
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx';

/** The start dates of a training: a date is added with its button and removed from the list. */
export function StartDatesField({
  value,
  onChange,
  error,
}: {
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const errorId = error ? 'startDates-error' : undefined;
  const add = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setAnnouncement(t('offers.trainingForm.chooseDate'));
      return;
    }
    if (!value.includes(date)) onChange([...value, date].sort());
    setAnnouncement(t('offers.trainingForm.dateAdded', { date: formatDate(date) }));
    setDate('');
  };
  return (
    <Fieldset id="startDates" invalid={Boolean(error)} aria-describedby={errorId}>
      <FieldsetLegend>{t('offers.trainingForm.startDates')}</FieldsetLegend>
      <FormFieldDescription>{t('offers.trainingForm.startDatesHint')}</FormFieldDescription>
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      {value.length > 0 && (
        <ul className="ov-chosen-list" aria-label={t('offers.trainingForm.chosenDates')}>
          {value.map((d) => (
            <li key={d} className="ov-chosen-list__item">
              <span>{formatDate(d)}</span>
              <Button
                appearance="subtle-button"
                onClick={() => {
                  onChange(value.filter((v) => v !== d));
                  setAnnouncement(t('offers.trainingForm.dateRemoved', { date: formatDate(d) }));
                  document.getElementById('start-date-new')?.focus();
                }}
              >
                {t('offers.requirements.remove')}
                <VisuallyHidden> {formatDate(d)}</VisuallyHidden>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {/* Enter in the date box adds the date, instead of sending the whole form. */}
      <div
        className="ov-add-row"
        onKeyDown={(event) => {
          if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
            event.preventDefault();
            add();
          }
        }}
      >
        <InputField
          id="start-date-new"
          kind="date"
          short
          isFilter
          label={t('offers.trainingForm.newDate')}
          value={date}
          onChange={setDate}
        />
        <Button appearance="secondary-action-button" onClick={add}>
          {t('offers.trainingForm.addDate')}
        </Button>
      </div>
      <p role="status" className="ov-visually-hidden">
        {announcement}
      </p>
    </Fieldset>
  );
}
