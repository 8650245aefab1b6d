import { Select, SelectOption } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

export const skillLevels = [1, 2, 3, 4] as const;

/** Level 1–4 of a skill, for a table cell: its label names the skill (for screen readers). */
export function SkillLevelSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: number;
  onChange: (level: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <label htmlFor={id} className="ov-visually-hidden">
        {label}
      </label>
      <Select
        id={id}
        name={id}
        value={String(value)}
        className="ov-cell-select"
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {skillLevels.map((level) => (
          <SelectOption key={level} value={String(level)}>
            {`${level} – ${t(`offers.levels.${level}`)}`}
          </SelectOption>
        ))}
      </Select>
    </>
  );
}
