import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Importance } from '../../../../src/modules/vacancies/contracts.ts';
import { ConceptAutocomplete } from '../../components/ConceptAutocomplete.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { SkillLevelSelect } from '../../components/SkillLevelSelect.tsx';
import { VisuallyHidden } from '../../components/VisuallyHidden.tsx';
import type { RequirementDraft } from './vacancy-draft.ts';

const ADD_ID = 'requirement-add';

/**
 * The skills a vacancy asks, each essential or optional, learnable on the job or not, with a
 * minimum level; skills are added through the taxonomy autocomplete and removed one by one.
 * Every control in the table is named after its skill, and changes are announced.
 */
export function RequirementsEditor({
  value,
  onChange,
  error,
}: {
  value: readonly RequirementDraft[];
  onChange: (value: RequirementDraft[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const change = (skillId: number, patch: Partial<RequirementDraft>) =>
    onChange(value.map((r) => (r.skill.id === skillId ? { ...r, ...patch } : r)));
  const remove = (r: RequirementDraft) => {
    onChange(value.filter((v) => v.skill.id !== r.skill.id));
    setAnnouncement(t('offers.requirements.removed', { skill: r.skill.label }));
    document.getElementById(ADD_ID)?.focus();
  };
  const errorId = error ? 'requirements-error' : undefined;
  return (
    <Fieldset id="requirements" invalid={Boolean(error)} aria-describedby={errorId}>
      <FieldsetLegend>{t('offers.requirements.legend')}</FieldsetLegend>
      <FormFieldDescription>{t('offers.requirements.description')}</FormFieldDescription>
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      <DataTable
        caption={t('offers.requirements.caption', { count: value.length })}
        rows={value}
        rowKey={(r) => String(r.skill.id)}
        empty={t('offers.requirements.empty')}
        columns={[
          { header: t('offers.requirements.skill'), cell: (r) => r.skill.label, rowHeader: true },
          {
            header: t('offers.requirements.importance'),
            cell: (r) => (
              <>
                <label htmlFor={`importance-${r.skill.id}`} className="ov-visually-hidden">
                  {t('offers.requirements.importanceOf', { skill: r.skill.label })}
                </label>
                <Select
                  id={`importance-${r.skill.id}`}
                  value={r.importance}
                  className="ov-cell-select"
                  onChange={(e) => change(r.skill.id, { importance: e.target.value as Importance })}
                >
                  <SelectOption value="essential">
                    {t('offers.requirements.essential')}
                  </SelectOption>
                  <SelectOption value="optional">{t('offers.requirements.optional')}</SelectOption>
                </Select>
              </>
            ),
          },
          {
            header: t('offers.requirements.learnable'),
            cell: (r) => (
              <>
                <Checkbox
                  id={`learnable-${r.skill.id}`}
                  checked={r.learnable}
                  onChange={(e) => change(r.skill.id, { learnable: e.target.checked })}
                />
                <label htmlFor={`learnable-${r.skill.id}`} className="ov-visually-hidden">
                  {t('offers.requirements.learnableOf', { skill: r.skill.label })}
                </label>
              </>
            ),
          },
          {
            header: t('offers.requirements.minLevel'),
            cell: (r) => (
              <SkillLevelSelect
                id={`level-${r.skill.id}`}
                label={t('offers.requirements.minLevelOf', { skill: r.skill.label })}
                value={r.minLevel}
                onChange={(minLevel) => change(r.skill.id, { minLevel })}
              />
            ),
          },
          {
            header: t('offers.requirements.actions'),
            cell: (r) => (
              <Button appearance="subtle-button" onClick={() => remove(r)}>
                {t('offers.requirements.remove')}
                <VisuallyHidden> {r.skill.label}</VisuallyHidden>
              </Button>
            ),
          },
        ]}
      />
      <ConceptAutocomplete
        id={ADD_ID}
        label={t('offers.requirements.add')}
        description={t('offers.requirements.addHint')}
        source="skills"
        afterSelect="clear"
        optional
        value={text}
        onValueChange={setText}
        onSelect={(hit) => {
          if (value.some((r) => r.skill.id === hit.id)) {
            setAnnouncement(t('offers.requirements.already', { skill: hit.label }));
            return;
          }
          onChange([
            ...value,
            {
              skill: { id: hit.id, label: hit.label },
              importance: 'essential',
              learnable: false,
              minLevel: 1,
              certificate: false,
            },
          ]);
          setAnnouncement(t('offers.requirements.added', { skill: hit.label }));
        }}
      />
      <p role="status" className="ov-visually-hidden">
        {announcement}
      </p>
    </Fieldset>
  );
}
