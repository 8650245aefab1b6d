import { useTranslation } from 'react-i18next';
import {
  trainingBody,
  trainingCompletionBody,
  trainingStopBody,
  type TrajectoryView,
} from '../../../../src/modules/trajectories/contracts.ts';
import { trainingStopReasons } from '../../../../src/modules/trajectories/vocabularies.ts';
import { useCatalogue } from '../../api/offer-queries.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { formatShortDate } from '../../components/format.ts';
import { InputField } from '../../components/InputField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { ChangeFormShell } from './ChangeFormShell.tsx';
import { choices, isOpen, label, yesNoUnknown } from './labels.ts';
import { TrajectorySection } from './TrajectorySection.tsx';
import { orNull, orUndefined, useChangeForm } from './useChangeForm.ts';

type Props = { view: TrajectoryView; personId: string };
type Enrolment = TrajectoryView['trainings'][number];

function EnrolForm({ view, personId }: Props) {
  const { t } = useTranslation();
  const catalogue = useCatalogue({ kind: 'training' });
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: { trainingId: '', name: '', startDate: '', expectedEndDate: '', note: '' },
    schema: trainingBody,
    toInput: (d) => ({
      trainingId: orUndefined(d.trainingId),
      name: d.trainingId ? undefined : orUndefined(d.name),
      startDate: d.startDate,
      expectedEndDate: orNull(d.expectedEndDate),
      note: orNull(d.note),
    }),
    request: (body) => ({ path: '/trainings', body }),
    savedMessage: t('trajectory.training.saved'),
  });
  return (
    <ChangeFormShell
      id="training-form"
      title={t('trajectory.training.formTitle')}
      form={form}
      formRef={form.formRef}
      submitLabel={t('trajectory.training.submit')}
    >
      <SelectField
        id="training-trainingId"
        label={t('trajectory.training.training')}
        optional
        value={form.draft.trainingId}
        options={[
          { value: '', label: t('trajectory.training.outside') },
          ...(catalogue.data?.trainings ?? []).map((x) => ({
            value: x.id,
            label: `${x.name} — ${x.provider.name}`,
          })),
        ]}
        onChange={(trainingId) => form.update({ trainingId })}
        error={form.errors.trainingId}
      />
      {form.draft.trainingId === '' && (
        <InputField
          id="training-name"
          label={t('trajectory.training.name')}
          {...form.field('name')}
        />
      )}
      <InputField
        id="training-startDate"
        kind="date"
        label={t('trajectory.training.startDate')}
        {...form.field('startDate')}
      />
      <InputField
        id="training-expectedEndDate"
        kind="date"
        label={t('trajectory.training.expectedEndDate')}
        description={t('trajectory.training.expectedHint')}
        optional
        {...form.field('expectedEndDate')}
      />
      <TextareaField
        id="training-note"
        label={t('trajectory.training.note')}
        optional
        rows={2}
        {...form.field('note')}
      />
    </ChangeFormShell>
  );
}

function CompleteTraining({ view, personId, enrolment }: Props & { enrolment: Enrolment }) {
  const { t } = useTranslation();
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: { finishedOn: '', certificateObtained: true },
    schema: trainingCompletionBody,
    toInput: (d) => d,
    request: (body) => ({ path: `/trainings/${enrolment.id}/complete`, body }),
    savedMessage: t('trajectory.training.completed'),
  });
  const id = `complete-${enrolment.id}`;
  return (
    <ChangeFormShell
      id={id}
      title={t('trajectory.training.completeTitle', { name: enrolment.name })}
      form={form}
      formRef={form.formRef}
      submitLabel={t('trajectory.training.completeSubmit')}
    >
      <InputField
        id={`${id}-finishedOn`}
        kind="date"
        label={t('trajectory.training.finishedOn')}
        {...form.field('finishedOn')}
      />
      <CheckboxField
        id={`${id}-certificateObtained`}
        label={t('trajectory.training.certificate')}
        checked={form.draft.certificateObtained}
        onChange={(certificateObtained) => form.update({ certificateObtained })}
        error={form.errors.certificateObtained}
      />
    </ChangeFormShell>
  );
}

function StopTraining({ view, personId, enrolment }: Props & { enrolment: Enrolment }) {
  const { t } = useTranslation();
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: { finishedOn: '', reason: '', note: '' },
    schema: trainingStopBody,
    toInput: (d) => ({
      finishedOn: d.finishedOn,
      reason: d.reason || undefined,
      note: orNull(d.note),
    }),
    request: (body) => ({ path: `/trainings/${enrolment.id}/stop`, body }),
    savedMessage: t('trajectory.training.stopped'),
  });
  const id = `stop-${enrolment.id}`;
  return (
    <ChangeFormShell
      id={id}
      collapsed
      title={t('trajectory.training.stopTitle', { name: enrolment.name })}
      form={form}
      formRef={form.formRef}
      submitLabel={t('trajectory.training.stopSubmit')}
    >
      <InputField
        id={`${id}-finishedOn`}
        kind="date"
        label={t('trajectory.training.stoppedOn')}
        {...form.field('finishedOn')}
      />
      <SelectField
        id={`${id}-reason`}
        label={t('trajectory.training.stopReason')}
        value={form.draft.reason}
        options={choices(t, 'trainingStopReasons', trainingStopReasons)}
        onChange={(reason) => form.update({ reason })}
        error={form.errors.reason}
      />
      <TextareaField
        id={`${id}-note`}
        label={t('trajectory.actions.note')}
        optional
        rows={2}
        {...form.field('note')}
      />
    </ChangeFormShell>
  );
}

/** Training: enrolment, completion (with or without certificate) or stop with a reason. */
export function TrainingSection({ view, personId }: Props) {
  const { t } = useTranslation();
  const open = isOpen(view);
  return (
    <TrajectorySection id="training" title={t('trajectory.training.title')}>
      <DataTable
        caption={t('trajectory.training.caption')}
        rows={view.trainings}
        rowKey={(x) => x.id}
        empty={t('trajectory.training.empty')}
        columns={[
          { header: t('trajectory.training.training'), cell: (x) => x.name, rowHeader: true },
          { header: t('trajectory.training.provider'), cell: (x) => x.provider.name ?? '–' },
          { header: t('trajectory.training.startDate'), cell: (x) => formatShortDate(x.startDate) },
          {
            header: t('trajectory.training.expectedEndDate'),
            cell: (x) => formatShortDate(x.expectedEndDate),
          },
          {
            header: t('trajectory.training.status'),
            cell: (x) =>
              [
                label(t, 'trainingStatuses', x.status),
                x.finishedOn ? formatShortDate(x.finishedOn) : null,
                x.stopReason ? label(t, 'trainingStopReasons', x.stopReason) : null,
              ]
                .filter(Boolean)
                .join(' · '),
          },
          {
            header: t('trajectory.training.certificateShort'),
            cell: (x) => (x.status === 'completed' ? yesNoUnknown(t, x.certificateObtained) : '–'),
          },
        ]}
      />
      {open &&
        view.trainings
          .filter((x) => x.status === 'started')
          .flatMap((x) => [
            <CompleteTraining key={`c-${x.id}`} view={view} personId={personId} enrolment={x} />,
            <StopTraining key={`s-${x.id}`} view={view} personId={personId} enrolment={x} />,
          ])}
      {open && <EnrolForm view={view} personId={personId} />}
    </TrajectorySection>
  );
}
