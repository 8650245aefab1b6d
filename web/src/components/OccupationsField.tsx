import { Button, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConceptAutocomplete } from './ConceptAutocomplete.tsx';
import './fields.css';
import type { ChosenConcept } from './JobTitleField.tsx';
import { VisuallyHidden } from './VisuallyHidden.tsx';

export interface OccupationsFieldProps {
  id: string;
  legend: string;
  value: readonly ChosenConcept[];
  onChange: (value: ChosenConcept[]) => void;
  error?: string | undefined;
  max?: number;
}

/** Several occupations, each chosen through the autocomplete (labels, synonyms, job titles). */
export function OccupationsField({
  id,
  legend,
  value,
  onChange,
  error,
  max = 20,
}: OccupationsFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <Fieldset id={`${id}-fieldset`} invalid={Boolean(error)}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {value.length > 0 && (
        <ul className="ov-chosen-list" aria-label={t('occupationsField.chosen')}>
          {value.map((o) => (
            <li key={o.id} className="ov-chosen-list__item">
              <span>{o.label}</span>
              <Button
                appearance="subtle-button"
                onClick={() => onChange(value.filter((v) => v.id !== o.id))}
              >
                {t('occupationsField.remove')}
                <VisuallyHidden> {o.label}</VisuallyHidden>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {value.length < max && (
        <ConceptAutocomplete
          id={id}
          label={t('occupationsField.add')}
          description={t('occupationsField.description')}
          source="occupations"
          afterSelect="clear"
          optional
          value={text}
          onValueChange={setText}
          onSelect={(hit) => {
            if (!value.some((v) => v.id === hit.id)) {
              onChange([...value, { id: hit.id, label: hit.label }]);
            }
          }}
          error={error}
        />
      )}
    </Fieldset>
  );
}
