import { Textarea } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { FormField } from './FormField.tsx';

export interface TextareaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  rows?: number;
}

/** A labelled multi-line text field with its description and inline error. */
export function TextareaField({ value, onChange, rows = 4, ...field }: TextareaFieldProps) {
  return (
    <FormField {...field}>
      {(control) => (
        <Textarea
          {...control}
          name={field.id}
          rows={rows}
          value={value}
          required={!field.optional}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
