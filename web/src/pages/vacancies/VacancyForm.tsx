import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createVacancyBody,
  type CreateVacancyBody,
  type Vacancy,
} from '../../../../src/modules/vacancies/contracts.ts';
import type { FieldErrors } from '../../api/error-messages.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { InputField } from '../../components/InputField.tsx';
import { NumberReader } from '../../components/numbers.ts';
import { TextareaField } from '../../components/TextareaField.tsx';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid.ts';
import { checkForm, serverErrors, withErrors } from '../../components/validate-form.ts';
import { ConditionsFieldset } from './ConditionsFieldset.tsx';
import { OccupationSection } from './OccupationSection.tsx';
import { RequirementsEditor } from './RequirementsEditor.tsx';
import { TermsFields } from './TermsFields.tsx';
import { useOccupationSkills } from './useOccupationSkills.ts';
import { fieldsOf, requirementInputs, type VacancyDraft } from './vacancy-draft.ts';

const serverFields = [
  'title',
  'occupationId',
  'tasks',
  'description',
  'hoursMin',
  'hoursMax',
  'salaryMin',
  'salaryMax',
  'postcode',
  'city',
  'startDate',
  'positions',
  'contractType',
  'conditionalContract',
  'jobShadowing',
  'conditions',
  'requirements',
] as const;

export interface VacancyFormProps {
  initial: VacancyDraft;
  mode: 'new' | 'edit';
  busy: boolean;
  /** Sends the checked request; the form shows the server's refusal at its field. */
  save: (body: CreateVacancyBody) => Promise<Vacancy>;
  onSaved: (vacancy: Vacancy) => void;
}

/**
 * A vacancy as tasks and skills: the occupation (its skills become the proposed requirements),
 * the tasks, the requirements, the terms and the employment conditions, all in one form that
 * keeps what was typed when something is wrong and puts the focus on the first problem.
 */
export function VacancyForm({ initial, mode, busy, save, onSaved }: VacancyFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const status = useRef<'open' | 'draft'>('open');
  const skills = useOccupationSkills();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const update = (patch: Partial<VacancyDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const chooseOccupation = async (occupation: { id: number; label: string }) => {
    setDraft((d) => ({ ...d, occupation, title: d.title.trim() ? d.title : occupation.label }));
    if (draft.requirements.length > 0) {
      skills.setNote(t('offers.vacancies.form.skillsKept', { occupation: occupation.label }));
      return;
    }
    const requirements = await skills.merge(occupation, []);
    setDraft((d) => ({ ...d, requirements }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setGeneral(null);
    const numbers = new NumberReader(t('offers.messages.number'));
    const checked = checkForm(
      createVacancyBody,
      {
        ...fieldsOf(draft, numbers),
        requirements: requirementInputs(draft.requirements),
        status: status.current,
        fromOccupation: false,
      },
      t,
    );
    if (!checked.ok || Object.keys(numbers.errors).length > 0) {
      setErrors(withErrors(checked, numbers.errors));
      return focusFirstInvalid();
    }
    setErrors({});
    save(checked.data).then(onSaved, (error: unknown) => {
      const result = serverErrors(error, t, serverFields);
      setErrors(result.fields);
      setGeneral(result.general);
      focusFirstInvalid();
    });
  };

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="ov-form ov-wide-form">
      {general && <ErrorAlert error={general} />}
      {hasErrors && !general && <ErrorAlert error={t('forms.checkFields')} />}
      <Heading level={2}>{t('offers.vacancies.form.jobTitle')}</Heading>
      <OccupationSection
        occupation={draft.occupation}
        onChoose={(o) => void chooseOccupation(o)}
        onClear={() => {
          update({ occupation: null });
          skills.setNote('');
        }}
        note={skills.note}
        error={errors.occupationId}
      />
      <InputField
        id="title"
        label={t('offers.vacancies.form.title')}
        description={t('offers.vacancies.form.titleHint')}
        value={draft.title}
        onChange={(title) => update({ title })}
        error={errors.title}
      />
      <TextareaField
        id="tasks"
        label={t('offers.vacancies.form.tasks')}
        description={t('offers.vacancies.form.tasksHint')}
        optional
        rows={6}
        value={draft.tasks}
        onChange={(tasks) => update({ tasks })}
        error={errors.tasks}
      />
      <TextareaField
        id="description"
        label={t('offers.vacancies.form.description')}
        optional
        value={draft.description}
        onChange={(description) => update({ description })}
        error={errors.description}
      />
      <Heading level={2}>{t('offers.vacancies.form.skillsTitle')}</Heading>
      <RequirementsEditor
        value={draft.requirements}
        onChange={(requirements) => update({ requirements })}
        error={errors.requirements}
      />
      {draft.occupation && draft.requirements.length > 0 && (
        <Button
          appearance="secondary-action-button"
          busy={skills.busy}
          onClick={() => {
            const occupation = draft.occupation;
            if (!occupation) return;
            void skills
              .merge(occupation, draft.requirements)
              .then((requirements) => update({ requirements }));
          }}
        >
          {t('offers.vacancies.form.addOccupationSkills', { occupation: draft.occupation.label })}
        </Button>
      )}
      <Heading level={2}>{t('offers.vacancies.form.termsTitle')}</Heading>
      <TermsFields draft={draft} update={update} errors={errors} />
      <ConditionsFieldset
        value={draft.conditions}
        onChange={(conditions) => update({ conditions })}
        errors={errors}
      />
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={busy}
          onClick={() => (status.current = 'open')}
        >
          {busy
            ? t('forms.saving')
            : mode === 'new'
              ? t('offers.vacancies.form.post')
              : t('offers.vacancies.form.saveChanges')}
        </Button>
        {mode === 'new' && (
          <Button
            type="submit"
            appearance="secondary-action-button"
            disabled={busy}
            onClick={() => (status.current = 'draft')}
          >
            {t('offers.vacancies.form.saveDraft')}
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}
