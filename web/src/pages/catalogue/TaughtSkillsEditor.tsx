import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConceptAutocomplete } from '../../components/ConceptAutocomplete.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { SkillLevelSelect } from '../../components/SkillLevelSelect.tsx';
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx';
import type { TaughtSkillDraft } from './training-draft.ts';

const ADD_ID = 'taught-skill-add';

/** The skills a training teaches, from the taxonomy, each with the level a graduate reaches. */
export function TaughtSkillsEditor({
  value,
  onChange,
  error,
}: {
  value: readonly TaughtSkillDraft[];
  onChange: (value: TaughtSkillDraft[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const errorId = error ? 'skills-error' : undefined;
  return (
    <Fieldset id="skills" invalid={Boolean(error)} aria-describedby={errorId}>
      <FieldsetLegend>{t('offers.trainingForm.skills')}</FieldsetLegend>
      <FormFieldDescription>{t('offers.trainingForm.skillsHint')}</FormFieldDescription>
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      <DataTable
        caption={t('offers.trainingForm.skillsCaption', { count: value.length })}
        rows={value}
        rowKey={(s) => String(s.skill.id)}
        empty={t('offers.trainingForm.noSkills')}
        columns={[
          { header: t('offers.requirements.skill'), cell: (s) => s.skill.label, rowHeader: true },
          {
            header: t('offers.trainingForm.level'),
            cell: (s) => (
              <SkillLevelSelect
                id={`taught-level-${s.skill.id}`}
                label={t('offers.trainingForm.levelOf', { skill: s.skill.label })}
                value={s.level}
                onChange={(level) =>
                  onChange(value.map((v) => (v.skill.id === s.skill.id ? { ...v, level } : v)))
                }
              />
            ),
          },
          {
            header: t('offers.requirements.actions'),
            cell: (s) => (
              <Button
                appearance="subtle-button"
                onClick={() => {
                  onChange(value.filter((v) => v.skill.id !== s.skill.id));
                  setAnnouncement(t('offers.requirements.removed', { skill: s.skill.label }));
                  document.getElementById(ADD_ID)?.focus();
                }}
              >
                {t('offers.requirements.remove')}
                <VisuallyHidden> {s.skill.label}</VisuallyHidden>
              </Button>
            ),
          },
        ]}
      />
      <ConceptAutocomplete
        id={ADD_ID}
        label={t('offers.trainingForm.addSkill')}
        source="skills"
        afterSelect="clear"
        optional
        value={text}
        onValueChange={setText}
        onSelect={(hit) => {
          if (value.some((v) => v.skill.id === hit.id)) {
            setAnnouncement(t('offers.requirements.already', { skill: hit.label }));
            return;
          }
          onChange([...value, { skill: { id: hit.id, label: hit.label }, level: 2 }]);
          setAnnouncement(t('offers.requirements.added', { skill: hit.label }));
        }}
      />
      <p role="status" className="ov-visually-hidden">
        {announcement}
      </p>
    </Fieldset>
  );
}
