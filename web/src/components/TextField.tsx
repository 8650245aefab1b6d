import { Textbox } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { FormField } from './FormField.tsx';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
}

export function TextField({
  value,
  onChange,
  type = 'text',
  autoComplete,
  ...field
}: TextFieldProps) {
  return (
    <FormField {...field}>
      {(control) => (
        <Textbox
          {...control}
          name={field.id}
          type={type}
          value={value}
          autoComplete={autoComplete}
          required={!field.optional}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
