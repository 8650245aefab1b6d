import { Select, SelectOption } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { FormField } from './FormField.tsx';

export interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  description?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  /** A filter narrows a list; it is neither required nor "optional" to the user. */
  isFilter?: boolean;
}

export function SelectField(props: SelectFieldProps) {
  const { value, options, onChange, isFilter, ...field } = props;
  return (
    <FormField {...field} optional={field.optional && !isFilter}>
      {(control) => (
        <Select
          {...control}
          name={field.id}
          value={value}
          required={!field.optional && !isFilter}
          onChange={(event) => onChange(event.target.value)}
        >
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      )}
    </FormField>
  );
}
