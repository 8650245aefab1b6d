import { Textbox } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import './fields.css';
import { FormField } from './FormField.tsx';

export interface InputFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** number: a text box with the numeric keyboard (as GOV.UK advises, not type=number). */
  kind?: 'text' | 'number' | 'date' | 'tel' | 'email' | 'search';
  description?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  autoComplete?: string;
  /** Short fields (years, hours) need not span the form. */
  short?: boolean;
  /** A filter narrows a list; it is neither required nor "optional" to the user. */
  isFilter?: boolean;
}

/** A labelled text, number, date or phone field with its description and inline error. */
export function InputField({
  value,
  onChange,
  kind = 'text',
  autoComplete,
  short,
  isFilter,
  ...field
}: InputFieldProps) {
  const type = kind === 'number' ? 'text' : kind;
  return (
    <FormField {...field} optional={field.optional && !isFilter}>
      {(control) => (
        <Textbox
          {...control}
          name={field.id}
          type={type}
          inputMode={kind === 'number' ? 'numeric' : undefined}
          value={value}
          autoComplete={autoComplete ?? 'off'}
          required={!field.optional && !isFilter}
          className={short ? 'ov-input--short' : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
