import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { applyChainAction, chainStateOf } from '../../../../src/modules/trajectories/chain.ts';
import {
  closeBody,
  dropoutBody,
  reentryBody,
  stepBody,
  type TrajectoryView,
} from '../../../../src/modules/trajectories/contracts.ts';
import {
  closureReasons,
  dropoutReasons,
  stepReasons,
} from '../../../../src/modules/trajectories/vocabularies.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { ChangeFormShell } from './ChangeFormShell.tsx';
import { choices, isManaged, stepLabel } from './labels.ts';
import { TrajectorySection } from './TrajectorySection.tsx';
import { orNull, useChangeForm } from './useChangeForm.ts';

interface Props {
  view: TrajectoryView;
  personId: string;
}

/** To another step: only the steps the chain allows from here (the server's nextSteps). */
function StepForm({ view, personId }: Props) {
  const { t } = useTranslation();
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: { step: '', reason: '', note: '' },
    schema: stepBody,
    toInput: (d) => ({
      step: d.step === '' ? undefined : Number(d.step),
      reason: d.reason || undefined,
      note: orNull(d.note),
    }),
    request: (body) => ({ path: '/steps', body }),
    savedMessage: t('trajectory.actions.stepSaved'),
  });
  // A step no longer allowed (the trajectory moved meanwhile) is not kept as the choice.
  const stepValue = view.nextSteps.includes(Number(form.draft.step)) ? form.draft.step : '';
  return (
    <ChangeFormShell
      id="step-form"
      title={t('trajectory.actions.stepTitle')}
      intro={
        <Paragraph>
          {t('trajectory.actions.allowed', {
            steps: view.nextSteps.map((s) => stepLabel(t, s)).join('; '),
          })}
        </Paragraph>
      }
      form={form}
      formRef={form.formRef}
      submitLabel={t('trajectory.actions.stepSubmit')}
    >
      <SelectField
        id="step-step"
        label={t('trajectory.actions.nextStep')}
        value={stepValue}
        options={[
          { value: '', label: t('trajectory.choose') },
          ...view.nextSteps.map((s) => ({ value: String(s), label: stepLabel(t, s) })),
        ]}
        onChange={(step) => form.update({ step })}
        error={form.errors.step}
      />
      <SelectField
        id="step-reason"
        label={t('trajectory.actions.reason')}
        value={form.draft.reason}
        options={choices(t, 'reasons', stepReasons)}
        onChange={(reason) => form.update({ reason })}
        error={form.errors.reason}
      />
      <TextareaField
        id="step-note"
        label={t('trajectory.actions.note')}
        optional
        rows={2}
        {...form.field('note')}
      />
    </ChangeFormShell>
  );
}

function DropoutForm({ view, personId }: Props) {
  const { t } = useTranslation();
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: { reason: '', note: '' },
    schema: dropoutBody,
    toInput: (d) => ({ reason: d.reason || undefined, note: orNull(d.note) }),
    request: (body) => ({ path: '/dropout', body }),
    savedMessage: t('trajectory.actions.dropoutSaved'),
  });
  return (
    <ChangeFormShell
      id="dropout-form"
      collapsed
      title={t('trajectory.actions.dropoutTitle')}
      form={form}
      formRef={form.formRef}
      submitLabel={t('trajectory.actions.dropoutSubmit')}
    >
      <SelectField
        id="dropout-reason"
        label={t('trajectory.actions.dropoutReason')}
        value={form.draft.reason}
        options={choices(t, 'reasons', dropoutReasons)}
        onChange={(reason) => form.update({ reason })}
        error={form.errors.reason}
      />
      <TextareaField
        id="dropout-note"
        label={t('trajectory.actions.dropoutNote')}
        description={t('trajectory.actions.noteCaseTeam')}
        optional
        rows={2}
        {...form.field('note')}
      />
    </ChangeFormShell>
  );
}

function ReentryForm({ view, personId }: Props) {
  const { t } = useTranslation();
  const left = view.droppedOutFrom === 'active' ? (view.step ?? 1) : null;
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: { step: '', note: '' },
    schema: reentryBody,
    toInput: (d) => ({ step: d.step === '' ? undefined : Number(d.step), note: orNull(d.note) }),
    request: (body) => ({ path: '/reentry', body }),
    savedMessage: t('trajectory.actions.reentrySaved'),
  });
  const earlier = left === null ? [] : Array.from({ length: left }, (_, i) => i + 1);
  return (
    <ChangeFormShell
      id="reentry-form"
      title={t('trajectory.actions.reentryTitle')}
      intro={
        <Paragraph>
          {left === null
            ? t('trajectory.actions.reentryBeforeTriage')
            : t('trajectory.actions.reentryIntro', { step: stepLabel(t, left) })}
        </Paragraph>
      }
      form={form}
      formRef={form.formRef}
      submitLabel={t('trajectory.actions.reentrySubmit')}
    >
      {left !== null && (
        <SelectField
          id="reentry-step"
          label={t('trajectory.actions.reentryStep')}
          optional
          value={form.draft.step}
          options={[
            { value: '', label: t('trajectory.actions.reentrySameStep') },
            ...earlier.map((s) => ({ value: String(s), label: stepLabel(t, s) })),
          ]}
          onChange={(step) => form.update({ step })}
          error={form.errors.step}
        />
      )}
      <TextareaField
        id="reentry-note"
        label={t('trajectory.actions.note')}
        optional
        rows={2}
        {...form.field('note')}
      />
    </ChangeFormShell>
  );
}

function CloseForm({ view, personId }: Props) {
  const { t } = useTranslation();
  // The same rules the server applies (chain.ts): only the reasons that fit the state now.
  const state = chainStateOf(view);
  const allowed = closureReasons.filter(
    (reason) => applyChainAction(state, { kind: 'close', reason }).ok,
  );
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: { reason: '', note: '' },
    schema: closeBody,
    toInput: (d) => ({ reason: d.reason || undefined, note: orNull(d.note) }),
    request: (body) => ({ path: '/close', body }),
    savedMessage: t('trajectory.actions.closeSaved'),
  });
  return (
    <ChangeFormShell
      id="close-form"
      collapsed
      title={t('trajectory.actions.closeTitle')}
      form={form}
      formRef={form.formRef}
      submitLabel={t('trajectory.actions.closeSubmit')}
    >
      <SelectField
        id="close-reason"
        label={t('trajectory.actions.closeReason')}
        value={allowed.includes(form.draft.reason as never) ? form.draft.reason : ''}
        options={choices(t, 'closureReasons', allowed)}
        onChange={(reason) => form.update({ reason })}
        error={form.errors.reason}
      />
      <TextareaField
        id="close-note"
        label={t('trajectory.actions.note')}
        optional
        rows={2}
        {...form.field('note')}
      />
    </ChangeFormShell>
  );
}

/** What can happen to the trajectory now: next step, dropout, re-entry, closure. */
export function ChainActions({ view, personId }: Props) {
  const { t } = useTranslation();
  if (!isManaged(view)) return null;
  return (
    <TrajectorySection id="chain-actions" title={t('trajectory.actions.title')}>
      {view.status === 'registered' || view.status === 'intake' ? (
        <Paragraph>{t('trajectory.actions.beforeTriage')}</Paragraph>
      ) : null}
      {view.status === 'active' && <StepForm view={view} personId={personId} />}
      {view.status === 'dropped_out' && <ReentryForm view={view} personId={personId} />}
      {view.status !== 'dropped_out' && view.status !== 'closed' && (
        <DropoutForm view={view} personId={personId} />
      )}
      {view.status === 'closed' ? (
        <Paragraph>{t('trajectory.actions.isClosed')}</Paragraph>
      ) : (
        <CloseForm view={view} personId={personId} />
      )}
    </TrajectorySection>
  );
}
