import type { ReactNode } from 'react';
import { FormField } from './FormField.tsx';

export interface FileFieldProps {
  id: string;
  label: string;
  accept: string;
  onChange: (file: File | null) => void;
  description?: ReactNode;
  error?: string | undefined;
}

/** A labelled file chooser; the browser's own control, so it works with every assistive tool. */
export function FileField({ accept, onChange, ...field }: FileFieldProps) {
  return (
    <FormField {...field}>
      {(control) => (
        <input
          id={control.id}
          name={control.id}
          type="file"
          accept={accept}
          aria-describedby={control['aria-describedby']}
          aria-invalid={control.invalid || undefined}
          className="ov-file-input"
          onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        />
      )}
    </FormField>
  );
}
