import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface CheckboxGroupProps<V extends string> {
  id: string;
  legend: string;
  options: readonly { value: V; label: string }[];
  value: readonly V[];
  onChange: (value: V[]) => void;
  description?: ReactNode;
  error?: string | undefined;
}

/** Several choices under one question: a fieldset whose legend, description and error are linked. */
export function CheckboxGroup<V extends string>(props: CheckboxGroupProps<V>) {
  const { id, legend, options, value, onChange, description, error } = props;
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  const toggle = (option: V, checked: boolean) =>
    onChange(checked ? [...value, option] : value.filter((v) => v !== option));
  return (
    <Fieldset id={id} aria-describedby={describedBy} invalid={Boolean(error)}>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        const checked = value.includes(option.value);
        return (
          <FormField
            key={option.value}
            type="checkbox"
            input={
              <Checkbox
                id={optionId}
                name={id}
                value={option.value}
                checked={checked}
                invalid={Boolean(error)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
            }
            label={
              <FormLabel htmlFor={optionId} type="checkbox" checked={checked}>
                {option.label}
              </FormLabel>
            }
          />
        );
      })}
    </Fieldset>
  );
}
