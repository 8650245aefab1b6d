import { useTranslation } from 'react-i18next';
import {
  shadowingBody,
  shadowingOutcomeBody,
  type TrajectoryView,
} from '../../../../src/modules/trajectories/contracts.ts';
import { shadowingFits } from '../../../../src/modules/trajectories/vocabularies.ts';
import { useCatalogue } from '../../api/offer-queries.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatShortDate } from '../../components/format.ts';
import { InputField } from '../../components/InputField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { ChangeFormShell } from './ChangeFormShell.tsx';
import { EmployerFields, emptyEmployer, employerInput } from './EmployerFields.tsx';
import { choices, isOpen, label } from './labels.ts';
import { TrajectorySection } from './TrajectorySection.tsx';
import { orNull, orUndefined, useChangeForm } from './useChangeForm.ts';

type Props = { view: TrajectoryView; personId: string };
type Shadowing = TrajectoryView['shadowings'][number];

function PlanShadowing({ view, personId }: Props) {
  const { t } = useTranslation();
  const catalogue = useCatalogue({ kind: 'shadowing' });
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: { ...emptyEmployer, slotId: '', referralId: '', startDate: '', endDate: '' },
    schema: shadowingBody,
    toInput: (d) => ({
      ...(d.slotId ? {} : employerInput(d)),
      slotId: orUndefined(d.slotId),
      referralId: orUndefined(d.referralId),
      startDate: d.startDate,
      endDate: d.endDate,
    }),
    request: (body) => ({ path: '/shadowings', body }),
    savedMessage: t('trajectory.shadowing.saved'),
  });
  const slots = catalogue.data?.shadowingSlots ?? [];
  const referrals = view.referrals.filter(
    (r) => r.offerKind === 'shadowing' && r.status !== 'stopped',
  );
  return (
    <ChangeFormShell
      id="shadowing-form"
      title={t('trajectory.shadowing.formTitle')}
      form={form}
      formRef={form.formRef}
      submitLabel={t('trajectory.shadowing.submit')}
    >
      <SelectField
        id="shadowing-slotId"
        label={t('trajectory.shadowing.slot')}
        optional
        value={form.draft.slotId}
        options={[
          { value: '', label: t('trajectory.shadowing.noSlot') },
          ...slots.map((s) => ({
            value: s.id,
            label: `${s.title} — ${s.employer.name}, ${formatShortDate(s.startDate)}`,
          })),
        ]}
        onChange={(slotId) => form.update({ slotId })}
        error={form.errors.slotId}
      />
      {form.draft.slotId === '' && (
        <EmployerFields
          idPrefix="shadowing"
          draft={form.draft}
          update={form.update}
          errors={form.errors}
        />
      )}
      {referrals.length > 0 && (
        <SelectField
          id="shadowing-referralId"
          label={t('trajectory.shadowing.referral')}
          optional
          value={form.draft.referralId}
          options={[
            { value: '', label: t('trajectory.none') },
            ...referrals.map((r) => ({ value: r.id, label: r.title })),
          ]}
          onChange={(referralId) => form.update({ referralId })}
          error={form.errors.referralId}
        />
      )}
      <InputField
        id="shadowing-startDate"
        kind="date"
        label={t('trajectory.shadowing.startDate')}
        {...form.field('startDate')}
      />
      <InputField
        id="shadowing-endDate"
        kind="date"
        label={t('trajectory.shadowing.endDate')}
        description={t('trajectory.shadowing.endHint')}
        {...form.field('endDate')}
      />
    </ChangeFormShell>
  );
}

function ShadowingOutcome({ view, personId, shadowing }: Props & { shadowing: Shadowing }) {
  const { t } = useTranslation();
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: { fit: '', feedbackCandidate: '', feedbackEmployer: '' },
    schema: shadowingOutcomeBody,
    toInput: (d) => ({
      fit: d.fit || undefined,
      feedbackCandidate: orNull(d.feedbackCandidate),
      feedbackEmployer: orNull(d.feedbackEmployer),
    }),
    request: (body) => ({ path: `/shadowings/${shadowing.id}/outcome`, body }),
    savedMessage: t('trajectory.shadowing.outcomeSaved'),
  });
  const id = `shadowing-${shadowing.id}`;
  return (
    <ChangeFormShell
      id={id}
      title={t('trajectory.shadowing.outcomeTitle', {
        employer: shadowing.employer.name ?? '',
        date: formatShortDate(shadowing.startDate),
      })}
      form={form}
      formRef={form.formRef}
      submitLabel={t('trajectory.shadowing.outcomeSubmit')}
    >
      <SelectField
        id={`${id}-fit`}
        label={t('trajectory.shadowing.fit')}
        value={form.draft.fit}
        options={choices(t, 'fits', shadowingFits)}
        onChange={(fit) => form.update({ fit })}
        error={form.errors.fit}
      />
      <TextareaField
        id={`${id}-feedbackCandidate`}
        label={t('trajectory.shadowing.feedbackCandidate')}
        optional
        rows={2}
        {...form.field('feedbackCandidate')}
      />
      <TextareaField
        id={`${id}-feedbackEmployer`}
        label={t('trajectory.shadowing.feedbackEmployer')}
        optional
        rows={2}
        {...form.field('feedbackEmployer')}
      />
    </ChangeFormShell>
  );
}

/** Job shadowing (1 day – 1 week) and how it went, both ways. */
export function ShadowingSection({ view, personId }: Props) {
  const { t } = useTranslation();
  const open = isOpen(view);
  return (
    <TrajectorySection id="shadowing" title={t('trajectory.shadowing.title')}>
      <DataTable
        caption={t('trajectory.shadowing.caption')}
        rows={view.shadowings}
        rowKey={(s) => s.id}
        empty={t('trajectory.shadowing.empty')}
        columns={[
          {
            header: t('trajectory.employer.employer'),
            cell: (s) => s.employer.name ?? '–',
            rowHeader: true,
          },
          {
            header: t('trajectory.shadowing.period'),
            cell: (s) => `${formatShortDate(s.startDate)} – ${formatShortDate(s.endDate)}`,
          },
          {
            header: t('trajectory.shadowing.fit'),
            cell: (s) => (s.fit ? label(t, 'fits', s.fit) : t('trajectory.shadowing.pending')),
          },
          {
            header: t('trajectory.shadowing.feedbackCandidate'),
            cell: (s) => s.feedbackCandidate ?? '–',
          },
          {
            header: t('trajectory.shadowing.feedbackEmployer'),
            cell: (s) => s.feedbackEmployer ?? '–',
          },
        ]}
      />
      {open &&
        view.shadowings
          .filter((s) => s.completedAt === null)
          .map((s) => (
            <ShadowingOutcome key={s.id} view={view} personId={personId} shadowing={s} />
          ))}
      {open && <PlanShadowing view={view} personId={personId} />}
    </TrajectorySection>
  );
}
