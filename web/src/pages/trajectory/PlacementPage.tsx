import {
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { sectors } from '../../../../src/modules/organisations/contracts.ts';
import {
  checkBody,
  endPlacementBody,
  outcomeBody,
  placementBody,
  type TrajectoryView,
} from '../../../../src/modules/trajectories/contracts.ts';
import {
  employmentContractTypes,
  outcomeKinds,
  placementEndReasons,
  placementRoutes,
} from '../../../../src/modules/trajectories/vocabularies.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { FactList } from '../../components/FactList.tsx';
import { formatDate, formatShortDate } from '../../components/format.ts';
import { InputField } from '../../components/InputField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { ChangeFormShell } from './ChangeFormShell.tsx';
import { ComparisonTable } from './ComparisonTable.tsx';
import { EmployerFields, emptyEmployer, employerInput } from './EmployerFields.tsx';
import { choices, isManaged, isOpen, label, yesNoUnknown } from './labels.ts';
import { TrajectorySection } from './TrajectorySection.tsx';
import { useTrajectoryContext } from './TrajectoryLayout.tsx';
import { orNull, useChangeForm } from './useChangeForm.ts';

type Props = { view: TrajectoryView; personId: string };
type Placement = TrajectoryView['placements'][number];
type Check = Placement['checks'][number];

type OldKey =
  'employerName' | 'jobTitle' | 'sector' | 'hoursPerWeek' | 'monthlySalary' | 'contractType';

function PlacementForm({ view, personId }: Props) {
  const { t } = useTranslation();
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: {
      ...emptyEmployer,
      outcome: 'new_job',
      route: '',
      jobTitle: '',
      sector: '',
      startDate: '',
      hoursPerWeek: '',
      monthlySalary: '',
      contractType: '',
      aftercareMonths: '3, 6',
      oldEmployerName: '',
      oldJobTitle: '',
      oldSector: '',
      oldHoursPerWeek: '',
      oldMonthlySalary: '',
      oldContractType: '',
    },
    schema: placementBody,
    toInput: (d, numbers) => {
      const old = {
        employerName: orNull(d.oldEmployerName),
        jobTitle: orNull(d.oldJobTitle),
        sector: d.oldSector || null,
        hoursPerWeek: numbers.read('oldHoursPerWeek', d.oldHoursPerWeek),
        monthlySalary: numbers.read('oldMonthlySalary', d.oldMonthlySalary),
        contractType: d.oldContractType || null,
      };
      // Only the old conditions typed here override those of the passport's current job.
      const given = Object.fromEntries(Object.entries(old).filter(([, v]) => v !== null));
      const months = d.aftercareMonths
        .split(/[,;\s]+/)
        .filter(Boolean)
        .map((m) => (/^\d+$/.test(m) ? Number(m) : Number.NaN));
      if (months.some(Number.isNaN))
        numbers.errors.aftercareMonths = t('trajectory.messages.months');
      return {
        ...employerInput(d),
        outcome: d.outcome,
        route: d.route || undefined,
        jobTitle: orNull(d.jobTitle),
        sector: d.sector || null,
        startDate: d.startDate,
        hoursPerWeek: numbers.read('hoursPerWeek', d.hoursPerWeek),
        monthlySalary: numbers.read('monthlySalary', d.monthlySalary),
        contractType: d.contractType || null,
        aftercareMonths: months,
        ...(Object.keys(given).length > 0 ? { old: given } : {}),
      };
    },
    request: (body) => ({ path: '/placements', body }),
    savedMessage: t('trajectory.placement.saved'),
  });
  const d = form.draft;
  const sectorOptions = [
    { value: '', label: t('trajectory.notRecorded') },
    ...sectors.map((s) => ({ value: s, label: t(`sectors.${s}`) })),
  ];
  const contractOptions = [
    { value: '', label: t('trajectory.notRecorded') },
    ...choices(t, 'contractTypes', employmentContractTypes, false),
  ];
  const oldError = (key: OldKey) => form.errors[`old${key.charAt(0).toUpperCase()}${key.slice(1)}`];
  return (
    <ChangeFormShell
      id="placement-form"
      title={t('trajectory.placement.formTitle')}
      form={form}
      formRef={form.formRef}
      submitLabel={t('trajectory.placement.submit')}
    >
      <SelectField
        id="placement-outcome"
        label={t('trajectory.placement.outcome')}
        value={d.outcome}
        options={choices(
          t,
          'outcomes',
          outcomeKinds.filter((o) => o !== 'training'),
          false,
        )}
        onChange={(outcome) => form.update({ outcome })}
        error={form.errors.outcome}
      />
      <SelectField
        id="placement-route"
        label={t('trajectory.placement.route')}
        value={d.route}
        options={choices(t, 'routes', placementRoutes)}
        onChange={(route) => form.update({ route })}
        error={form.errors.route}
      />
      <EmployerFields idPrefix="placement" draft={d} update={form.update} errors={form.errors} />
      <InputField
        id="placement-jobTitle"
        label={t('trajectory.placement.jobTitle')}
        optional
        value={d.jobTitle}
        onChange={(jobTitle) => form.update({ jobTitle })}
        error={form.errors.jobTitle}
      />
      <SelectField
        id="placement-sector"
        label={t('trajectory.placement.sector')}
        description={t('trajectory.placement.sectorHint')}
        optional
        value={d.sector}
        options={sectorOptions}
        onChange={(sector) => form.update({ sector })}
        error={form.errors.sector}
      />
      <InputField
        id="placement-startDate"
        kind="date"
        label={t('trajectory.placement.startDate')}
        value={d.startDate}
        onChange={(startDate) => form.update({ startDate })}
        error={form.errors.startDate}
      />
      <InputField
        id="placement-hoursPerWeek"
        kind="number"
        short
        optional
        label={t('trajectory.placement.hours')}
        value={d.hoursPerWeek}
        onChange={(hoursPerWeek) => form.update({ hoursPerWeek })}
        error={form.errors.hoursPerWeek}
      />
      <InputField
        id="placement-monthlySalary"
        kind="number"
        short
        optional
        label={t('trajectory.placement.salary')}
        description={t('trajectory.placement.salaryHint')}
        value={d.monthlySalary}
        onChange={(monthlySalary) => form.update({ monthlySalary })}
        error={form.errors.monthlySalary}
      />
      <SelectField
        id="placement-contractType"
        label={t('trajectory.placement.contractType')}
        optional
        value={d.contractType}
        options={contractOptions}
        onChange={(contractType) => form.update({ contractType })}
        error={form.errors.contractType}
      />
      <InputField
        id="placement-aftercareMonths"
        label={t('trajectory.placement.aftercareMonths')}
        description={t('trajectory.placement.aftercareHint')}
        value={d.aftercareMonths}
        onChange={(aftercareMonths) => form.update({ aftercareMonths })}
        error={form.errors.aftercareMonths}
      />
      <Fieldset id="placement-old" aria-describedby="placement-old-description">
        <FieldsetLegend>{t('trajectory.placement.oldLegend')}</FieldsetLegend>
        <FormFieldDescription id="placement-old-description">
          {t('trajectory.placement.oldHint')}
        </FormFieldDescription>
        <InputField
          id="placement-oldEmployerName"
          label={t('trajectory.placement.oldEmployer')}
          optional
          value={d.oldEmployerName}
          onChange={(oldEmployerName) => form.update({ oldEmployerName })}
          error={oldError('employerName')}
        />
        <InputField
          id="placement-oldJobTitle"
          label={t('trajectory.placement.oldJobTitle')}
          optional
          value={d.oldJobTitle}
          onChange={(oldJobTitle) => form.update({ oldJobTitle })}
          error={oldError('jobTitle')}
        />
        <SelectField
          id="placement-oldSector"
          label={t('trajectory.placement.oldSector')}
          optional
          value={d.oldSector}
          options={sectorOptions}
          onChange={(oldSector) => form.update({ oldSector })}
          error={oldError('sector')}
        />
        <InputField
          id="placement-oldHoursPerWeek"
          kind="number"
          short
          optional
          label={t('trajectory.placement.oldHours')}
          value={d.oldHoursPerWeek}
          onChange={(oldHoursPerWeek) => form.update({ oldHoursPerWeek })}
          error={oldError('hoursPerWeek')}
        />
        <InputField
          id="placement-oldMonthlySalary"
          kind="number"
          short
          optional
          label={t('trajectory.placement.oldSalary')}
          value={d.oldMonthlySalary}
          onChange={(oldMonthlySalary) => form.update({ oldMonthlySalary })}
          error={oldError('monthlySalary')}
        />
        <SelectField
          id="placement-oldContractType"
          label={t('trajectory.placement.oldContractType')}
          optional
          value={d.oldContractType}
          options={contractOptions}
          onChange={(oldContractType) => form.update({ oldContractType })}
          error={oldError('contractType')}
        />
      </Fieldset>
    </ChangeFormShell>
  );
}

function CheckForm({ view, personId, check }: Props & { check: Check }) {
  const { t } = useTranslation();
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: { atWork: '', sameEmployer: '', note: '' },
    schema: checkBody,
    toInput: (d) => ({
      atWork: d.atWork === '' ? undefined : d.atWork === 'unknown' ? null : d.atWork === 'yes',
      sameEmployer:
        d.atWork !== 'yes' || d.sameEmployer === '' || d.sameEmployer === 'unknown'
          ? null
          : d.sameEmployer === 'yes',
      note: orNull(d.note),
    }),
    request: (body) => ({ path: `/checks/${check.id}`, body }),
    savedMessage: t('trajectory.checks.saved'),
  });
  const id = `check-form-${check.id}`;
  const answers = [
    { value: '', label: t('trajectory.choose') },
    { value: 'yes', label: t('forms.yes') },
    { value: 'no', label: t('forms.no') },
    { value: 'unknown', label: t('trajectory.checks.unknownAnswer') },
  ];
  return (
    <ChangeFormShell
      id={id}
      collapsed={check.recordedAt !== null}
      level={4}
      title={t(
        check.recordedAt ? 'trajectory.checks.correctTitle' : 'trajectory.checks.formTitle',
        { months: check.months },
      )}
      form={form}
      formRef={form.formRef}
      submitLabel={t('trajectory.checks.submit')}
    >
      <SelectField
        id={`${id}-atWork`}
        label={t('trajectory.checks.atWork')}
        description={t('trajectory.checks.unknownHint')}
        value={form.draft.atWork}
        options={answers}
        onChange={(atWork) => form.update({ atWork })}
        error={form.errors.atWork}
      />
      {form.draft.atWork === 'yes' && (
        <SelectField
          id={`${id}-sameEmployer`}
          label={t('trajectory.checks.sameEmployer')}
          optional
          value={form.draft.sameEmployer}
          options={answers.slice(1)}
          onChange={(sameEmployer) => form.update({ sameEmployer })}
          error={form.errors.sameEmployer}
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

function EndPlacement({ view, personId, placement }: Props & { placement: Placement }) {
  const { t } = useTranslation();
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: { endedOn: '', reason: '', note: '' },
    schema: endPlacementBody,
    toInput: (d) => ({ endedOn: d.endedOn, reason: d.reason || undefined, note: orNull(d.note) }),
    request: (body) => ({ path: `/placements/${placement.id}/end`, body }),
    savedMessage: t('trajectory.placement.ended'),
  });
  const id = `end-${placement.id}`;
  return (
    <ChangeFormShell
      id={id}
      collapsed
      level={4}
      title={t('trajectory.placement.endTitle')}
      form={form}
      formRef={form.formRef}
      submitLabel={t('trajectory.placement.endSubmit')}
    >
      <InputField
        id={`${id}-endedOn`}
        kind="date"
        label={t('trajectory.placement.endedOn')}
        {...form.field('endedOn')}
      />
      <SelectField
        id={`${id}-reason`}
        label={t('trajectory.placement.endReason')}
        value={form.draft.reason}
        options={choices(t, 'placementEndReasons', placementEndReasons)}
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

const resultLabel = (t: ReturnType<typeof useTranslation>['t'], c: Check) =>
  c.result === 'open' ? t('trajectory.checks.open') : label(t, 'checkResults', c.result);

function PlacementCard({
  view,
  personId,
  placement: p,
  n,
}: Props & { placement: Placement; n: number }) {
  const { t } = useTranslation();
  const managed = isManaged(view) && view.status !== 'closed';
  const employer = p.employer.name ?? t('trajectory.unknown');
  return (
    <article
      className="ov-card"
      id={`placement-${p.id}`}
      aria-labelledby={`placement-${p.id}-title`}
    >
      <Heading level={3} id={`placement-${p.id}-title`}>
        {t('trajectory.placement.cardTitle', { n, employer })}
      </Heading>
      <FactList
        facts={[
          [t('trajectory.placement.outcome'), label(t, 'outcomes', p.outcome)],
          [t('trajectory.placement.route'), label(t, 'routes', p.route)],
          [t('trajectory.placement.startDate'), formatDate(p.startDate)],
          [
            t('trajectory.placement.endedOn'),
            p.endedOn
              ? `${formatDate(p.endedOn)} (${label(t, 'placementEndReasons', p.endReason)})`
              : t('trajectory.placement.stillRunning'),
          ],
        ]}
      />
      <ComparisonTable
        comparison={p.comparison}
        caption={t('trajectory.placement.comparisonCaption', { employer })}
      />
      <Heading level={4}>{t('trajectory.checks.title')}</Heading>
      <DataTable
        caption={t('trajectory.checks.caption', { employer })}
        rows={p.checks}
        rowKey={(c) => c.id}
        empty={t('trajectory.checks.empty')}
        columns={[
          {
            header: t('trajectory.checks.moment'),
            rowHeader: true,
            cell: (c) => (
              <span id={`check-${c.id}`}>
                {t(
                  c.measuresOutcome
                    ? 'trajectory.checks.outcomeMoment'
                    : 'trajectory.checks.checkMoment',
                  { months: c.months },
                )}
              </span>
            ),
          },
          { header: t('trajectory.checks.due'), cell: (c) => formatShortDate(c.dueOn) },
          { header: t('trajectory.checks.result'), cell: (c) => resultLabel(t, c) },
          {
            header: t('trajectory.checks.sameEmployer'),
            cell: (c) => (c.result === 'at_work' ? yesNoUnknown(t, c.sameEmployer) : '–'),
          },
          { header: t('trajectory.actions.note'), cell: (c) => c.note ?? '–' },
        ]}
      />
      {managed &&
        p.endedOn === null &&
        p.checks.map((c) => <CheckForm key={c.id} view={view} personId={personId} check={c} />)}
      {managed && p.endedOn === null && view.status !== 'dropped_out' && (
        <EndPlacement view={view} personId={personId} placement={p} />
      )}
    </article>
  );
}

function OutcomeForm({ view, personId }: Props) {
  const { t } = useTranslation();
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: { outcome: '', sector: '', route: '', note: '' },
    schema: outcomeBody,
    toInput: (d) => ({
      outcome: d.outcome || undefined,
      sector: d.sector || null,
      route: d.route || null,
      note: orNull(d.note),
    }),
    request: (body) => ({ path: '/outcome', body }),
    savedMessage: t('trajectory.outcome.saved'),
  });
  return (
    <ChangeFormShell
      id="outcome-form"
      title={t('trajectory.outcome.formTitle')}
      intro={<Paragraph>{t('trajectory.outcome.intro')}</Paragraph>}
      form={form}
      formRef={form.formRef}
      submitLabel={t('trajectory.outcome.submit')}
    >
      <SelectField
        id="outcome-outcome"
        label={t('trajectory.placement.outcome')}
        value={form.draft.outcome}
        options={choices(t, 'outcomes', outcomeKinds)}
        onChange={(outcome) => form.update({ outcome })}
        error={form.errors.outcome}
      />
      <SelectField
        id="outcome-sector"
        label={t('trajectory.placement.sector')}
        optional
        value={form.draft.sector}
        options={[
          { value: '', label: t('trajectory.notRecorded') },
          ...sectors.map((s) => ({ value: s, label: t(`sectors.${s}`) })),
        ]}
        onChange={(sector) => form.update({ sector })}
        error={form.errors.sector}
      />
      <SelectField
        id="outcome-route"
        label={t('trajectory.placement.route')}
        optional
        value={form.draft.route}
        options={[
          { value: '', label: t('trajectory.notRecorded') },
          ...choices(t, 'routes', placementRoutes, false),
        ]}
        onChange={(route) => form.update({ route })}
        error={form.errors.route}
      />
      <TextareaField
        id="outcome-note"
        label={t('trajectory.actions.note')}
        optional
        rows={2}
        {...form.field('note')}
      />
    </ChangeFormShell>
  );
}

/** Placement with old and new conditions, aftercare check-ins and the 6/12-month outcome. */
export function PlacementPage() {
  const { t } = useTranslation();
  const { view, personId } = useTrajectoryContext();
  const o = view.outcome;
  return (
    <>
      <TrajectorySection id="placements" title={t('trajectory.placement.title')}>
        {view.placements.length === 0 && <Paragraph>{t('trajectory.placement.none')}</Paragraph>}
        {view.placements.map((p, i) => (
          <PlacementCard key={p.id} view={view} personId={personId} placement={p} n={i + 1} />
        ))}
        {isOpen(view) && view.status === 'active' && (
          <PlacementForm view={view} personId={personId} />
        )}
      </TrajectorySection>
      <TrajectorySection id="outcome" title={t('trajectory.outcome.title')}>
        {o ? (
          <FactList
            facts={[
              [t('trajectory.placement.outcome'), label(t, 'outcomes', o.outcome)],
              [
                t('trajectory.placement.sector'),
                o.sector ? t(`sectors.${o.sector}`) : t('trajectory.unknown'),
              ],
              [
                t('trajectory.outcome.sectorChange'),
                o.sameSectorAsBefore === null
                  ? t('trajectory.unknown')
                  : o.sameSectorAsBefore
                    ? t('trajectory.placement.sameSector')
                    : t('trajectory.placement.otherSector'),
              ],
              [t('trajectory.placement.route'), label(t, 'routes', o.route)],
              [t('trajectory.outcome.recordedAt'), formatDate(o.recordedAt)],
            ]}
          />
        ) : (
          <Paragraph>{t('trajectory.outcome.none')}</Paragraph>
        )}
        {isOpen(view) && view.status === 'active' && (
          <OutcomeForm view={view} personId={personId} />
        )}
      </TrajectorySection>
    </>
  );
}
