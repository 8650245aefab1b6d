import {
  FormField as UtrechtFormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a field passes to its control so that label, description and error are linked. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  invalid: boolean;
}

export interface FormFieldProps {
  id: string;
  label: string;
  description?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * A label, an optional description and an inline error, tied to the control with `for`,
 * `aria-describedby` and `aria-invalid` (set by the Utrecht controls from `invalid`).
 */
export function FormField({ id, label, description, error, optional, children }: FormFieldProps) {
  const { t } = useTranslation();
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <UtrechtFormField
      invalid={Boolean(error)}
      label={
        <FormLabel htmlFor={id}>
          {label}
          {optional && <span className="ov-optional"> {t('forms.optional')}</span>}
        </FormLabel>
      }
      description={
        description ? (
          <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>
        ) : undefined
      }
      errorMessage={
        error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : undefined
      }
      input={children({ id, 'aria-describedby': describedBy, invalid: Boolean(error) })}
    />
  );
}
