import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkillSource } from '../../../../src/modules/people/contracts.ts';
import { skillNoteSchema } from '../../../../src/modules/people/contracts.ts';
import { formErrorsOf, type FieldErrors } from '../../api/error-messages.ts';
import { useSaveSkill } from '../../api/passport-queries.ts';
import { ConceptAutocomplete } from '../../components/ConceptAutocomplete.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { ChosenConcept } from '../../components/JobTitleField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid.ts';
import { levelName, skillLevels } from './labels.ts';
import { localiseFieldErrors, passportMessage, textOrNull } from './field-messages.ts';

const sources: readonly SkillSource[] = ['informal', 'manual'];

/**
 * Adds a skill found through the autocomplete (Dutch and English labels and synonyms), e.g. one
 * learned outside work: volunteering, care at home, a hobby.
 */
export function AddSkillForm({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const save = useSaveSkill(personId);
  const [text, setText] = useState('');
  const [skill, setSkill] = useState<ChosenConcept | null>(null);
  const [level, setLevel] = useState('2');
  const [source, setSource] = useState<SkillSource>('informal');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setAdded(null);
    setGeneral(null);
    const found: FieldErrors = {};
    if (!skill || skill.label !== text) found.skill = t('passport.addSkill.chooseSkill');
    const checkedNote = skillNoteSchema.safeParse(textOrNull(note));
    if (!checkedNote.success) {
      found.note = passportMessage(checkedNote.error.issues[0]?.message ?? '');
    }
    if (!skill || Object.keys(found).length > 0) {
      setErrors(found);
      return focusFirstInvalid();
    }
    setErrors({});
    save.mutate(
      {
        skillId: skill.id,
        body: { level: Number(level), evidence: 'self', source, note: textOrNull(note) },
      },
      {
        onSuccess: () => {
          setAdded(t('passport.addSkill.added', { skill: skill.label }));
          setText('');
          setSkill(null);
          setNote('');
        },
        onError: (error) => {
          const result = formErrorsOf(error, t, ['note', 'level']);
          setErrors(localiseFieldErrors(result.fields));
          setGeneral(result.general);
          focusFirstInvalid();
        },
      },
    );
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={onSubmit}
      className="ov-form ov-subform"
      aria-labelledby="add-skill-title"
    >
      <h3 id="add-skill-title" className="utrecht-heading-3">
        {t('passport.addSkill.title')}
      </h3>
      {added && <SuccessAlert message={added} />}
      {general && <ErrorAlert error={general} />}
      <ConceptAutocomplete
        id="add-skill"
        label={t('passport.addSkill.skill')}
        description={t('passport.addSkill.skillDescription')}
        source="skills"
        value={text}
        onValueChange={(value) => {
          setText(value);
          if (skill && value !== skill.label) setSkill(null);
        }}
        onSelect={(hit) => setSkill({ id: hit.id, label: hit.label })}
        error={errors.skill}
      />
      <SelectField
        id="add-skill-level"
        label={t('passport.skills.level')}
        description={t('passport.addSkill.levelDescription')}
        value={level}
        options={skillLevels.map((l) => ({ value: String(l), label: `${l} – ${levelName(l, t)}` }))}
        onChange={setLevel}
        error={errors.level}
      />
      <SelectField
        id="add-skill-source"
        label={t('passport.addSkill.source')}
        value={source}
        options={sources.map((s) => ({ value: s, label: t(`passport.addSkill.sources.${s}`) }))}
        onChange={(v) => setSource(v === 'manual' ? 'manual' : 'informal')}
      />
      <TextareaField
        id="add-skill-note"
        label={t('passport.addSkill.note')}
        description={t('passport.addSkill.noteDescription')}
        optional
        rows={2}
        value={note}
        onChange={setNote}
        error={errors.note}
      />
      <Button type="submit" appearance="primary-action-button" busy={save.isPending}>
        {save.isPending ? t('forms.saving') : t('passport.addSkill.submit')}
      </Button>
    </form>
  );
}
