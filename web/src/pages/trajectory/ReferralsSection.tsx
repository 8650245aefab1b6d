import { Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import {
  referralBody,
  referralStatusBody,
  type TrajectoryView,
} from '../../../../src/modules/trajectories/contracts.ts';
import {
  referralOfferKinds,
  referralResults,
  referralStopReasons,
} from '../../../../src/modules/trajectories/vocabularies.ts';
import { useCatalogue } from '../../api/offer-queries.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatShortDate } from '../../components/format.ts';
import { InputField } from '../../components/InputField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { ChangeFormShell } from './ChangeFormShell.tsx';
import { choices, isOpen, label } from './labels.ts';
import { TrajectorySection } from './TrajectorySection.tsx';
import { orNull, orUndefined, useChangeForm } from './useChangeForm.ts';

type Props = { view: TrajectoryView; personId: string };
type Referral = TrajectoryView['referrals'][number];

/** The offers of the catalogue of one kind, as options "name — provider, date". */
function useOfferOptions(kind: string) {
  const { t } = useTranslation();
  const catalogue = useCatalogue({});
  const c = catalogue.data;
  if (!c) return [];
  const list =
    kind === 'training'
      ? c.trainings.map((x) => ({ value: x.id, label: `${x.name} — ${x.provider.name}` }))
      : kind === 'service'
        ? c.services.map((x) => ({ value: x.id, label: `${x.name} — ${x.provider.name}` }))
        : kind === 'shadowing'
          ? c.shadowingSlots.map((x) => ({
              value: x.id,
              label: `${x.title} — ${x.employer.name}, ${formatShortDate(x.startDate)}`,
            }))
          : kind === 'event'
            ? c.matchingEvents.map((x) => ({
                value: x.id,
                label: `${x.title} — ${formatShortDate(x.date)}`,
              }))
            : [];
  return [{ value: '', label: t('trajectory.choose') }, ...list];
}

function ProposeReferral({ view, personId }: Props) {
  const { t } = useTranslation();
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: { offerKind: '', offerId: '', title: '', note: '' },
    schema: referralBody,
    toInput: (d) => ({
      offerKind: d.offerKind || undefined,
      offerId: d.offerKind === 'other' ? undefined : orUndefined(d.offerId),
      title: d.offerKind === 'other' ? orUndefined(d.title) : undefined,
      note: orNull(d.note),
    }),
    request: (body) => ({ path: '/referrals', body }),
    savedMessage: t('trajectory.referrals.saved'),
  });
  const offers = useOfferOptions(form.draft.offerKind);
  return (
    <ChangeFormShell
      id="referral-form"
      title={t('trajectory.referrals.formTitle')}
      form={form}
      formRef={form.formRef}
      submitLabel={t('trajectory.referrals.submit')}
    >
      <SelectField
        id="referral-offerKind"
        label={t('trajectory.referrals.offerKind')}
        value={form.draft.offerKind}
        options={choices(t, 'offerKinds', referralOfferKinds)}
        onChange={(offerKind) => form.update({ offerKind, offerId: '' })}
        error={form.errors.offerKind}
      />
      {form.draft.offerKind === 'other' ? (
        <InputField
          id="referral-title"
          label={t('trajectory.referrals.title')}
          {...form.field('title')}
        />
      ) : form.draft.offerKind !== '' ? (
        <SelectField
          id="referral-offerId"
          label={t('trajectory.referrals.offer')}
          value={form.draft.offerId}
          options={offers}
          onChange={(offerId) => form.update({ offerId })}
          error={form.errors.offerId}
        />
      ) : null}
      <TextareaField
        id="referral-note"
        label={t('trajectory.actions.note')}
        optional
        rows={2}
        {...form.field('note')}
      />
    </ChangeFormShell>
  );
}

function ReferralStatusForm({ view, personId, referral }: Props & { referral: Referral }) {
  const { t } = useTranslation();
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: { status: '', stopReason: '', result: '', note: '' },
    schema: referralStatusBody,
    toInput: (d) => ({
      status: d.status || undefined,
      stopReason: d.status === 'stopped' ? orUndefined(d.stopReason) : undefined,
      result: orUndefined(d.result),
      note: orNull(d.note),
    }),
    request: (body) => ({ path: `/referrals/${referral.id}/status`, body }),
    savedMessage: t('trajectory.referrals.statusSaved'),
  });
  const id = `referral-${referral.id}`;
  const ending = form.draft.status === 'completed' || form.draft.status === 'stopped';
  return (
    <ChangeFormShell
      id={id}
      level={4}
      title={t('trajectory.referrals.statusTitle', { title: referral.title })}
      form={form}
      formRef={form.formRef}
      submitLabel={t('trajectory.referrals.statusSubmit')}
    >
      <SelectField
        id={`${id}-status`}
        label={t('trajectory.referrals.newStatus')}
        value={form.draft.status}
        options={choices(t, 'referralStatuses', referral.nextStatuses)}
        onChange={(status) => form.update({ status })}
        error={form.errors.status}
      />
      {form.draft.status === 'stopped' && (
        <SelectField
          id={`${id}-stopReason`}
          label={t('trajectory.referrals.stopReason')}
          value={form.draft.stopReason}
          options={choices(t, 'referralStopReasons', referralStopReasons)}
          onChange={(stopReason) => form.update({ stopReason })}
          error={form.errors.stopReason}
        />
      )}
      {ending && (
        <SelectField
          id={`${id}-result`}
          label={t('trajectory.referrals.result')}
          optional
          value={form.draft.result}
          options={[
            { value: '', label: t('trajectory.notRecorded') },
            ...choices(t, 'referralResults', referralResults, false),
          ]}
          onChange={(result) => form.update({ result })}
          error={form.errors.result}
        />
      )}
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

/** Referrals to the offers of the catalogue, with their status and outcome. */
export function ReferralsSection({ view, personId }: Props) {
  const { t } = useTranslation();
  const open = isOpen(view);
  const movable = view.referrals.filter((r) => r.nextStatuses.length > 0);
  return (
    <TrajectorySection id="referrals" title={t('trajectory.referrals.sectionTitle')}>
      <DataTable
        caption={t('trajectory.referrals.caption')}
        rows={view.referrals}
        rowKey={(r) => r.id}
        empty={t('trajectory.referrals.empty')}
        columns={[
          { header: t('trajectory.referrals.offer'), cell: (r) => r.title, rowHeader: true },
          {
            header: t('trajectory.referrals.offerKind'),
            cell: (r) => label(t, 'offerKinds', r.offerKind),
          },
          {
            header: t('trajectory.referrals.status'),
            cell: (r) => label(t, 'referralStatuses', r.status),
          },
          {
            header: t('trajectory.referrals.proposed'),
            cell: (r) => formatShortDate(r.proposedAt),
          },
          {
            header: t('trajectory.referrals.result'),
            cell: (r) =>
              [
                r.result ? label(t, 'referralResults', r.result) : null,
                r.stopReason ? label(t, 'referralStopReasons', r.stopReason) : null,
              ]
                .filter(Boolean)
                .join(' · ') || '–',
          },
          { header: t('trajectory.actions.note'), cell: (r) => r.note ?? '–' },
        ]}
      />
      {open && movable.length > 0 && (
        <>
          <Heading level={3}>{t('trajectory.referrals.changeTitle')}</Heading>
          {movable.map((r) => (
            <ReferralStatusForm key={r.id} view={view} personId={personId} referral={r} />
          ))}
        </>
      )}
      {open && <ProposeReferral view={view} personId={personId} />}
    </TrajectorySection>
  );
}
