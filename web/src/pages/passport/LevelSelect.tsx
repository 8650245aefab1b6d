import { Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { levelName, skillLevels } from './labels.ts';

/** Level 1–4 with the Dutch level names; its label may be visible or for screen readers only. */
export function LevelSelect({
  id,
  label,
  value,
  onChange,
  hideLabel = false,
  disabled = false,
}: {
  id: string;
  label: string;
  value: number;
  onChange: (level: number) => void;
  hideLabel?: boolean;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <label htmlFor={id} className={hideLabel ? 'ov-visually-hidden' : 'utrecht-form-label'}>
        {label}
      </label>
      <Select
        id={id}
        name={id}
        value={String(value)}
        disabled={disabled}
        className="ov-level-select"
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {skillLevels.map((level) => (
          <SelectOption key={level} value={String(level)}>
            {`${level} – ${levelName(level, t)}`}
          </SelectOption>
        ))}
      </Select>
    </>
  );
}
