import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import {
  appointmentBody,
  evaluationBody,
  goalBody,
  type TrajectoryView,
} from '../../../../src/modules/trajectories/contracts.ts';
import {
  appointmentKinds,
  goalParties,
  goalProgressValues,
  type GoalParty,
} from '../../../../src/modules/trajectories/vocabularies.ts';
import { useTrajectoryChange } from '../../api/trajectory-queries.ts';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FactList } from '../../components/FactList.tsx';
import { formatDate, formatDateTime, formatShortDate } from '../../components/format.ts';
import { InputField } from '../../components/InputField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { ChangeFormShell } from './ChangeFormShell.tsx';
import { choices, isOpen, label } from './labels.ts';
import { TrajectorySection, useSectionStatus } from './TrajectorySection.tsx';
import { useTrajectoryContext } from './TrajectoryLayout.tsx';
import { orNull, orUndefined, useChangeForm } from './useChangeForm.ts';

type Props = { view: TrajectoryView; personId: string };
type Goal = TrajectoryView['goals'][number];

function GoalForm({ view, personId }: Props) {
  const { t } = useTranslation();
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: {
      title: '',
      description: '',
      dueOn: '',
      agreedWith: ['candidate', 'case_manager'] as GoalParty[],
    },
    schema: goalBody,
    toInput: (d) => ({ ...d, description: orNull(d.description) }),
    request: (body) => ({ path: '/goals', body }),
    savedMessage: t('trajectory.plan.goalSaved'),
  });
  return (
    <ChangeFormShell
      id="goal-form"
      title={t('trajectory.plan.goalFormTitle')}
      form={form}
      formRef={form.formRef}
      submitLabel={t('trajectory.plan.goalSubmit')}
    >
      <InputField id="goal-title" label={t('trajectory.plan.goalTitle')} {...form.field('title')} />
      <TextareaField
        id="goal-description"
        label={t('trajectory.plan.description')}
        optional
        rows={2}
        {...form.field('description')}
      />
      <InputField
        id="goal-dueOn"
        kind="date"
        label={t('trajectory.plan.dueOn')}
        {...form.field('dueOn')}
      />
      <CheckboxGroup
        id="goal-agreedWith"
        legend={t('trajectory.plan.agreedWith')}
        description={t('trajectory.plan.agreedWithHint')}
        options={goalParties.map((p) => ({ value: p, label: t(`trajectory.parties.${p}`) }))}
        {...form.field('agreedWith')}
      />
    </ChangeFormShell>
  );
}

function EvaluationForm({ view, personId, goal }: Props & { goal: Goal }) {
  const { t } = useTranslation();
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: { progress: '', note: '', adjustedTitle: '', adjustedDueOn: '' },
    schema: evaluationBody,
    toInput: (d) => ({
      progress: d.progress || undefined,
      note: orNull(d.note),
      adjustedTitle: orUndefined(d.adjustedTitle),
      adjustedDueOn: orUndefined(d.adjustedDueOn),
    }),
    request: (body) => ({ path: `/goals/${goal.id}/evaluations`, body }),
    savedMessage: t('trajectory.plan.evaluationSaved'),
  });
  const id = `evaluate-${goal.id}`;
  return (
    <ChangeFormShell
      id={id}
      level={4}
      title={t('trajectory.plan.evaluateTitle', { goal: goal.title ?? '' })}
      form={form}
      formRef={form.formRef}
      submitLabel={t('trajectory.plan.evaluateSubmit')}
    >
      <SelectField
        id={`${id}-progress`}
        label={t('trajectory.plan.progress')}
        value={form.draft.progress}
        options={choices(t, 'progress', goalProgressValues)}
        onChange={(progress) => form.update({ progress })}
        error={form.errors.progress}
      />
      <TextareaField
        id={`${id}-note`}
        label={t('trajectory.plan.evaluationNote')}
        optional
        rows={2}
        {...form.field('note')}
      />
      <InputField
        id={`${id}-adjustedTitle`}
        label={t('trajectory.plan.adjustedTitle')}
        optional
        {...form.field('adjustedTitle')}
      />
      <InputField
        id={`${id}-adjustedDueOn`}
        kind="date"
        label={t('trajectory.plan.adjustedDueOn')}
        optional
        {...form.field('adjustedDueOn')}
      />
    </ChangeFormShell>
  );
}

function GoalCard({ view, personId, goal }: Props & { goal: Goal }) {
  const { t } = useTranslation();
  return (
    <article className="ov-card" id={`goal-${goal.id}`} aria-labelledby={`goal-${goal.id}-title`}>
      <Heading level={3} id={`goal-${goal.id}-title`}>
        {goal.title ?? t('trajectory.plan.untitled')}
      </Heading>
      {goal.description && <Paragraph>{goal.description}</Paragraph>}
      <FactList
        facts={[
          [t('trajectory.plan.dueOn'), formatDate(goal.dueOn)],
          [t('trajectory.plan.status'), label(t, 'goalStatuses', goal.status)],
          [
            t('trajectory.plan.agreedWith'),
            goal.agreedWith.map((p) => label(t, 'parties', p)).join(', '),
          ],
          [t('trajectory.plan.nextEvaluation'), formatDate(goal.nextEvaluationOn)],
        ]}
      />
      <DataTable
        caption={t('trajectory.plan.evaluationsCaption', { goal: goal.title ?? '' })}
        rows={goal.evaluations}
        rowKey={(e) => e.id}
        empty={t('trajectory.plan.noEvaluations')}
        columns={[
          {
            header: t('trajectory.when'),
            cell: (e) => formatDateTime(e.evaluatedAt),
            rowHeader: true,
          },
          { header: t('trajectory.plan.progress'), cell: (e) => label(t, 'progress', e.progress) },
          { header: t('trajectory.plan.evaluationNote'), cell: (e) => e.note ?? '–' },
          {
            header: t('trajectory.plan.adjusted'),
            cell: (e) =>
              [e.adjustedTitle, e.adjustedDueOn ? formatShortDate(e.adjustedDueOn) : null]
                .filter(Boolean)
                .join(' · ') || '–',
          },
          { header: t('trajectory.by'), cell: (e) => e.evaluatedBy?.name ?? '–' },
        ]}
      />
      {isOpen(view) && goal.status === 'open' && (
        <EvaluationForm view={view} personId={personId} goal={goal} />
      )}
    </article>
  );
}

function AppointmentForm({ view, personId }: Props) {
  const { t } = useTranslation();
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: { kind: '', date: '', time: '', title: '', location: '' },
    schema: appointmentBody,
    toInput: (d) => {
      const when = new Date(`${d.date}T${d.time || '00:00'}`);
      return {
        kind: d.kind || undefined,
        startsAt:
          d.date && /^\d{1,2}:\d{2}$/.test(d.time) && !Number.isNaN(when.getTime())
            ? when.toISOString()
            : '',
        title: orNull(d.title),
        location: orNull(d.location),
      };
    },
    request: (body) => ({ path: '/appointments', body }),
    savedMessage: t('trajectory.plan.appointmentSaved'),
  });
  const whenError = form.errors.startsAt;
  return (
    <ChangeFormShell
      id="appointment-form"
      title={t('trajectory.plan.appointmentFormTitle')}
      form={form}
      formRef={form.formRef}
      submitLabel={t('trajectory.plan.appointmentSubmit')}
    >
      <SelectField
        id="appointment-kind"
        label={t('trajectory.plan.kind')}
        value={form.draft.kind}
        options={choices(t, 'appointmentKinds', appointmentKinds)}
        onChange={(kind) => form.update({ kind })}
        error={form.errors.kind}
      />
      <InputField
        id="appointment-date"
        kind="date"
        label={t('trajectory.plan.date')}
        value={form.draft.date}
        onChange={(date) => form.update({ date })}
        error={whenError && !form.draft.date ? whenError : undefined}
      />
      <InputField
        id="appointment-time"
        short
        label={t('trajectory.plan.time')}
        description={t('trajectory.plan.timeHint')}
        value={form.draft.time}
        onChange={(time) => form.update({ time })}
        error={whenError && form.draft.date ? t('trajectory.messages.time') : undefined}
      />
      <InputField
        id="appointment-title"
        label={t('trajectory.plan.appointmentTitle')}
        optional
        {...form.field('title')}
      />
      <InputField
        id="appointment-location"
        label={t('trajectory.plan.location')}
        optional
        {...form.field('location')}
      />
    </ChangeFormShell>
  );
}

function CancelAppointment({ view, personId, id, name }: Props & { id: string; name: string }) {
  const { t } = useTranslation();
  const change = useTrajectoryChange(personId, view.id);
  const section = useSectionStatus();
  const cancel = () =>
    change.mutate(
      { path: `/appointments/${id}/cancel`, body: {} },
      {
        onSuccess: () => {
          section.announce(t('trajectory.plan.appointmentCancelled', { name }));
          section.focusHeading();
        },
      },
    );
  return (
    <>
      <Button appearance="secondary-action-button" busy={change.isPending} onClick={cancel}>
        {t('trajectory.plan.cancel', { name })}
      </Button>
      {change.isError && <ErrorAlert error={change.error} />}
    </>
  );
}

/** The personal plan (goals, 3-monthly evaluations) and the appointments. */
export function PlanPage() {
  const { t } = useTranslation();
  const { view, personId } = useTrajectoryContext();
  const open = isOpen(view);
  return (
    <>
      <TrajectorySection id="goals" title={t('trajectory.plan.goalsTitle')}>
        <Paragraph>{t('trajectory.plan.intro')}</Paragraph>
        {view.goals.length === 0 && <Paragraph>{t('trajectory.plan.noGoals')}</Paragraph>}
        {view.goals.map((goal) => (
          <GoalCard key={goal.id} view={view} personId={personId} goal={goal} />
        ))}
        {open && <GoalForm view={view} personId={personId} />}
      </TrajectorySection>
      <TrajectorySection id="appointments" title={t('trajectory.plan.appointmentsTitle')}>
        <DataTable
          caption={t('trajectory.plan.appointmentsCaption')}
          rows={view.appointments}
          rowKey={(a) => a.id}
          empty={t('trajectory.plan.noAppointments')}
          columns={[
            {
              header: t('trajectory.when'),
              cell: (a) => formatDateTime(a.startsAt),
              rowHeader: true,
            },
            {
              header: t('trajectory.plan.kind'),
              cell: (a) => label(t, 'appointmentKinds', a.kind),
            },
            { header: t('trajectory.plan.appointmentTitle'), cell: (a) => a.title ?? '–' },
            { header: t('trajectory.plan.location'), cell: (a) => a.location ?? '–' },
            {
              header: t('trajectory.plan.appointmentStatus'),
              cell: (a) =>
                a.cancelledAt ? (
                  t('trajectory.plan.cancelled')
                ) : open ? (
                  <CancelAppointment
                    view={view}
                    personId={personId}
                    id={a.id}
                    name={`${label(t, 'appointmentKinds', a.kind)} ${formatDateTime(a.startsAt)}`}
                  />
                ) : (
                  t('trajectory.plan.planned')
                ),
            },
          ]}
        />
        {open && <AppointmentForm view={view} personId={personId} />}
      </TrajectorySection>
    </>
  );
}
