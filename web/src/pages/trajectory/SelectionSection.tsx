import { useTranslation } from 'react-i18next';
import {
  conditionalContractBody,
  contractResolutionBody,
  selectionBody,
  type TrajectoryView,
} from '../../../../src/modules/trajectories/contracts.ts';
import {
  contractResolutions,
  selectionResults,
} from '../../../../src/modules/trajectories/vocabularies.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatShortDate } from '../../components/format.ts';
import { InputField } from '../../components/InputField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { ChangeFormShell } from './ChangeFormShell.tsx';
import { EmployerFields, emptyEmployer, employerInput } from './EmployerFields.tsx';
import { choices, isOpen, label } from './labels.ts';
import { TrajectorySection } from './TrajectorySection.tsx';
import { orNull, useChangeForm } from './useChangeForm.ts';

type Props = { view: TrajectoryView; personId: string };
type Contract = TrajectoryView['conditionalContracts'][number];

function SelectionForm({ view, personId }: Props) {
  const { t } = useTranslation();
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: { ...emptyEmployer, result: '', decidedOn: '', note: '' },
    schema: selectionBody,
    toInput: (d) => ({
      ...employerInput(d),
      result: d.result || undefined,
      decidedOn: d.decidedOn,
      note: orNull(d.note),
    }),
    request: (body) => ({ path: '/selections', body }),
    savedMessage: t('trajectory.selection.saved'),
  });
  return (
    <ChangeFormShell
      id="selection-form"
      title={t('trajectory.selection.formTitle')}
      form={form}
      formRef={form.formRef}
      submitLabel={t('trajectory.selection.submit')}
    >
      <EmployerFields
        idPrefix="selection"
        draft={form.draft}
        update={form.update}
        errors={form.errors}
      />
      <SelectField
        id="selection-result"
        label={t('trajectory.selection.result')}
        value={form.draft.result}
        options={choices(t, 'selectionResults', selectionResults)}
        onChange={(result) => form.update({ result })}
        error={form.errors.result}
      />
      <InputField
        id="selection-decidedOn"
        kind="date"
        label={t('trajectory.selection.decidedOn')}
        {...form.field('decidedOn')}
      />
      <TextareaField
        id="selection-note"
        label={t('trajectory.actions.note')}
        optional
        rows={2}
        {...form.field('note')}
      />
    </ChangeFormShell>
  );
}

function ContractForm({ view, personId }: Props) {
  const { t } = useTranslation();
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: { ...emptyEmployer, dissolvingCondition: '', deadline: '', signedOn: '' },
    schema: conditionalContractBody,
    toInput: (d) => ({
      ...employerInput(d),
      dissolvingCondition: d.dissolvingCondition,
      deadline: d.deadline,
      signedOn: d.signedOn,
    }),
    request: (body) => ({ path: '/conditional-contracts', body }),
    savedMessage: t('trajectory.contract.saved'),
  });
  return (
    <ChangeFormShell
      id="contract-form"
      title={t('trajectory.contract.formTitle')}
      form={form}
      formRef={form.formRef}
      submitLabel={t('trajectory.contract.submit')}
    >
      <EmployerFields
        idPrefix="contract"
        draft={form.draft}
        update={form.update}
        errors={form.errors}
      />
      <TextareaField
        id="contract-dissolvingCondition"
        label={t('trajectory.contract.condition')}
        description={t('trajectory.contract.conditionHint')}
        rows={2}
        {...form.field('dissolvingCondition')}
      />
      <InputField
        id="contract-signedOn"
        kind="date"
        label={t('trajectory.contract.signedOn')}
        {...form.field('signedOn')}
      />
      <InputField
        id="contract-deadline"
        kind="date"
        label={t('trajectory.contract.deadline')}
        {...form.field('deadline')}
      />
    </ChangeFormShell>
  );
}

function ResolveContract({ view, personId, contract }: Props & { contract: Contract }) {
  const { t } = useTranslation();
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: { resolution: '', resolvedOn: '', note: '' },
    schema: contractResolutionBody,
    toInput: (d) => ({
      resolution: d.resolution || undefined,
      resolvedOn: d.resolvedOn,
      note: orNull(d.note),
    }),
    request: (body) => ({ path: `/conditional-contracts/${contract.id}/resolve`, body }),
    savedMessage: t('trajectory.contract.resolved'),
  });
  const id = `contract-${contract.id}`;
  return (
    <ChangeFormShell
      id={id}
      title={t('trajectory.contract.resolveTitle', { employer: contract.employer.name ?? '' })}
      form={form}
      formRef={form.formRef}
      submitLabel={t('trajectory.contract.resolveSubmit')}
    >
      <SelectField
        id={`${id}-resolution`}
        label={t('trajectory.contract.resolution')}
        value={form.draft.resolution}
        options={choices(t, 'contractResolutions', contractResolutions)}
        onChange={(resolution) => form.update({ resolution })}
        error={form.errors.resolution}
      />
      <InputField
        id={`${id}-resolvedOn`}
        kind="date"
        label={t('trajectory.contract.resolvedOn')}
        {...form.field('resolvedOn')}
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

/** Selection outcomes and conditional contracts (job guarantee with a dissolving condition). */
export function SelectionSection({ view, personId }: Props) {
  const { t } = useTranslation();
  const open = isOpen(view);
  return (
    <>
      <TrajectorySection id="selection" title={t('trajectory.selection.title')}>
        <DataTable
          caption={t('trajectory.selection.caption')}
          rows={view.selections}
          rowKey={(s) => s.id}
          empty={t('trajectory.selection.empty')}
          columns={[
            {
              header: t('trajectory.employer.employer'),
              cell: (s) => s.employer.name ?? '–',
              rowHeader: true,
            },
            {
              header: t('trajectory.selection.result'),
              cell: (s) => label(t, 'selectionResults', s.result),
            },
            {
              header: t('trajectory.selection.decidedOn'),
              cell: (s) => formatShortDate(s.decidedOn),
            },
            { header: t('trajectory.actions.note'), cell: (s) => s.note ?? '–' },
          ]}
        />
        {open && <SelectionForm view={view} personId={personId} />}
      </TrajectorySection>
      <TrajectorySection id="contracts" title={t('trajectory.contract.title')}>
        <DataTable
          caption={t('trajectory.contract.caption')}
          rows={view.conditionalContracts}
          rowKey={(c) => c.id}
          empty={t('trajectory.contract.empty')}
          columns={[
            {
              header: t('trajectory.employer.employer'),
              cell: (c) => c.employer.name ?? '–',
              rowHeader: true,
            },
            {
              header: t('trajectory.contract.condition'),
              cell: (c) => c.dissolvingCondition ?? '–',
            },
            { header: t('trajectory.contract.signedOn'), cell: (c) => formatShortDate(c.signedOn) },
            { header: t('trajectory.contract.deadline'), cell: (c) => formatShortDate(c.deadline) },
            {
              header: t('trajectory.contract.status'),
              cell: (c) =>
                c.resolvedOn
                  ? `${label(t, 'contractStatuses', c.status)} (${formatShortDate(c.resolvedOn)})`
                  : label(t, 'contractStatuses', c.status),
            },
          ]}
        />
        {open &&
          view.conditionalContracts
            .filter((c) => c.status === 'signed')
            .map((c) => (
              <ResolveContract key={c.id} view={view} personId={personId} contract={c} />
            ))}
        {open && <ContractForm view={view} personId={personId} />}
      </TrajectorySection>
    </>
  );
}
