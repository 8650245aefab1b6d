import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConceptAutocomplete } from '../../components/ConceptAutocomplete.tsx';
import type { ChosenConcept } from '../../components/JobTitleField.tsx';

/**
 * The occupation of the taxonomy a vacancy is for, found by its name or by a job title; its
 * skills are then proposed as the requirements. The chosen occupation shows below the box.
 */
export function OccupationSection({
  occupation,
  onChoose,
  onClear,
  note,
  error,
}: {
  occupation: ChosenConcept | null;
  onChoose: (occupation: ChosenConcept) => void;
  onClear: () => void;
  /** What happened with the occupation's skills (announced). */
  note: string;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(occupation?.label ?? '');
  return (
    <div>
      <ConceptAutocomplete
        id="occupationId"
        label={t('offers.vacancies.form.occupation')}
        description={t('offers.vacancies.form.occupationHint')}
        source="occupations"
        optional
        value={text}
        onValueChange={setText}
        onSelect={(hit) => onChoose({ id: hit.id, label: hit.label })}
        error={error}
      />
      <div className="ov-chosen">
        <span>
          {occupation ? (
            <>
              {t('offers.vacancies.form.chosenOccupation')} <strong>{occupation.label}</strong>
            </>
          ) : (
            t('offers.vacancies.form.noOccupation')
          )}
        </span>
        {occupation && (
          <Button
            appearance="subtle-button"
            onClick={() => {
              setText('');
              onClear();
              document.getElementById('occupationId')?.focus();
            }}
          >
            {t('offers.vacancies.form.clearOccupation')}
          </Button>
        )}
      </div>
      <Paragraph role="status" className="ov-note">
        {note}
      </Paragraph>
    </div>
  );
}
