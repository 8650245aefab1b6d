import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ConceptAutocomplete } from './ConceptAutocomplete.tsx';
import './fields.css';

export interface ChosenConcept {
  id: number;
  label: string;
}

export interface JobTitleFieldProps {
  id: string;
  title: string;
  onTitleChange: (title: string) => void;
  occupation: ChosenConcept | null;
  onOccupationChange: (occupation: ChosenConcept | null) => void;
  error?: string | undefined;
  occupationError?: string | undefined;
}

/**
 * The job title as the person says it, with the occupations it most likely means as proposals.
 * Choosing one keeps both: the typed title stays in the box, the occupation shows below it.
 */
export function JobTitleField(props: JobTitleFieldProps) {
  const { id, title, onTitleChange, occupation, onOccupationChange } = props;
  const { t } = useTranslation();
  return (
    <div>
      <ConceptAutocomplete
        id={id}
        label={t('jobTitle.label')}
        description={t('jobTitle.description')}
        source="job-titles"
        afterSelect="keep"
        value={title}
        onValueChange={onTitleChange}
        onSelect={(hit) => onOccupationChange({ id: hit.id, label: hit.label })}
        error={props.error}
      />
      <div className="ov-chosen">
        <span role="status" id={`${id}-occupation`}>
          {occupation ? (
            <>
              {t('jobTitle.chosen')} <strong>{occupation.label}</strong>
            </>
          ) : (
            (props.occupationError ?? t('jobTitle.none'))
          )}
        </span>
        {occupation && (
          <Button
            appearance="subtle-button"
            onClick={() => {
              onOccupationChange(null);
              // The button goes away: back to the title, whose proposals offer another occupation.
              document.getElementById(id)?.focus();
            }}
          >
            {t('jobTitle.clear')}
          </Button>
        )}
      </div>
    </div>
  );
}
