import {
  Checkbox,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  description?: ReactNode;
  error?: string | undefined;
}

/** One yes/no question as a checkbox, with its description and error linked to it. */
export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  description,
  error,
}: CheckboxFieldProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <FormField
      type="checkbox"
      invalid={Boolean(error)}
      input={
        <Checkbox
          id={id}
          name={id}
          checked={checked}
          invalid={Boolean(error)}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.checked)}
        />
      }
      label={
        <FormLabel htmlFor={id} type="checkbox" checked={checked}>
          {label}
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
    />
  );
}
