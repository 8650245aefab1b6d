import { Button, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { carveVacancyBody, type Vacancy } from '../../../../src/modules/vacancies/contracts.ts';
import type { FieldErrors } from '../../api/error-messages.ts';
import { useCarveVacancy } from '../../api/vacancy-queries.ts';
import { conceptLabel } from '../../components/conceptLabel.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { InputField } from '../../components/InputField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid.ts';
import { checkForm, serverErrors } from '../../components/validate-form.ts';
import { currentLocale } from '../../i18n/index.ts';
import { SplitTable, type Part } from './SplitTable.tsx';
import type { VacancyPageState } from './VacancyDetailPage.tsx';

type Chosen = Record<Part, ReadonlySet<string>>;
const none: Chosen = { a: new Set(), b: new Set() };

const toggled = (chosen: Chosen, part: Part, key: string, on: boolean): Chosen => {
  const next = new Set(chosen[part]);
  if (on) next.add(key);
  else next.delete(key);
  return { ...chosen, [part]: next };
};

/** Titles of both parts, which tasks and skills go where, and why. */
export function CarveForm({ vacancy }: { vacancy: Vacancy }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const carve = useCarveVacancy(vacancy.id);
  const [titles, setTitles] = useState({ a: '', b: '' });
  const [tasks, setTasks] = useState<Chosen>(none);
  const [skills, setSkills] = useState<Chosen>(none);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const taskItems = vacancy.tasks.map((task, i) => ({ key: String(i), label: task }));
  const skillItems = vacancy.requirements.map((r) => ({
    key: String(r.skill.id),
    label: conceptLabel(r.skill, currentLocale()),
  }));

  const part = (p: Part) => ({
    title: titles[p],
    tasks: vacancy.tasks.filter((_, i) => tasks[p].has(String(i))),
    requirements: vacancy.requirements
      .filter((r) => skills[p].has(String(r.skill.id)))
      .map((r) => ({ skillId: r.skill.id })),
  });

  /** "Deel A: …" and "Deel B: …" for a list both parts choose from. */
  const partErrors = (field: 'tasks' | 'requirements') =>
    (['a', 'b'] as const)
      .filter((p) => errors[`${p}.${field}`])
      .map(
        (p) => `${t('offers.carve.part', { part: p.toUpperCase() })}: ${errors[`${p}.${field}`]}`,
      )
      .join(' ') || undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (carve.isPending) return;
    setGeneral(null);
    const checked = checkForm(
      carveVacancyBody,
      { a: part('a'), b: part('b'), ...(reason.trim() ? { reason: reason.trim() } : {}) },
      t,
    );
    const sameTitle =
      titles.a.trim() !== '' && titles.a.trim().toLowerCase() === titles.b.trim().toLowerCase();
    if (!checked.ok || sameTitle) {
      setErrors({
        ...(checked.ok ? {} : checked.errors),
        ...(sameTitle ? { 'b.title': t('offers.messages.carveTitles') } : {}),
      });
      return focusFirstInvalid();
    }
    setErrors({});
    carve.mutate(checked.data, {
      onSuccess: (result) => {
        const state: VacancyPageState = {
          carved: {
            a: { id: result.a.id, title: result.a.title },
            b: { id: result.b.id, title: result.b.title },
          },
        };
        void navigate(`/vacatures/${result.original.id}`, { state });
      },
      onError: (error) => {
        const result = serverErrors(error, t, ['a', 'b', 'reason']);
        setErrors(result.fields);
        setGeneral(result.general);
        focusFirstInvalid();
      },
    });
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="ov-form ov-wide-form">
      {general && <ErrorAlert error={general} />}
      <div className="ov-field-row">
        {(['a', 'b'] as const).map((p) => (
          <Fieldset key={p}>
            <FieldsetLegend>{t('offers.carve.part', { part: p.toUpperCase() })}</FieldsetLegend>
            <InputField
              id={`part-${p}-title`}
              label={t('offers.carve.titleOf', { part: p.toUpperCase() })}
              description={t(`offers.carve.titleHint.${p}`)}
              value={titles[p]}
              onChange={(v) => setTitles((current) => ({ ...current, [p]: v }))}
              error={errors[`${p}.title`]}
            />
          </Fieldset>
        ))}
      </div>
      <SplitTable
        id="carve-tasks"
        legend={t('offers.carve.tasksLegend')}
        description={t('offers.carve.tasksHint')}
        items={taskItems}
        chosen={tasks}
        onToggle={(p, key, on) => setTasks((c) => toggled(c, p, key, on))}
        error={partErrors('tasks')}
      />
      <SplitTable
        id="carve-skills"
        legend={t('offers.carve.skillsLegend')}
        description={t('offers.carve.skillsHint')}
        items={skillItems}
        chosen={skills}
        onToggle={(p, key, on) => setSkills((c) => toggled(c, p, key, on))}
        error={partErrors('requirements')}
      />
      <TextareaField
        id="carve-reason"
        label={t('offers.carve.reason')}
        optional
        rows={2}
        value={reason}
        onChange={setReason}
        error={errors.reason}
      />
      <Button type="submit" appearance="primary-action-button" busy={carve.isPending}>
        {carve.isPending ? t('forms.saving') : t('offers.carve.submit')}
      </Button>
    </form>
  );
}
