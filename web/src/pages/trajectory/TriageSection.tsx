import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { triageBody, type TrajectoryView } from '../../../../src/modules/trajectories/contracts.ts';
import { triageGroups } from '../../../../src/modules/trajectories/vocabularies.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDateTime } from '../../components/format.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { TextareaField } from '../../components/TextareaField.tsx';
import { ChangeFormShell } from './ChangeFormShell.tsx';
import { choices, isManaged, label } from './labels.ts';
import { TrajectorySection } from './TrajectorySection.tsx';
import { useChangeForm } from './useChangeForm.ts';

type Props = { view: TrajectoryView; personId: string };

function TriageForm({ view, personId }: Props) {
  const { t } = useTranslation();
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: { group: '', reason: '' },
    schema: triageBody,
    toInput: (d) => ({ group: d.group === '' ? undefined : Number(d.group), reason: d.reason }),
    request: (body) => ({ path: '/triage', body }),
    savedMessage: t('trajectory.triage.saved'),
  });
  const first = view.triageGroup === null;
  return (
    <ChangeFormShell
      id="triage-form"
      title={first ? t('trajectory.triage.formTitle') : t('trajectory.triage.changeTitle')}
      intro={first ? <Paragraph>{t('trajectory.triage.firstIntro')}</Paragraph> : undefined}
      form={form}
      formRef={form.formRef}
      submitLabel={first ? t('trajectory.triage.submit') : t('trajectory.triage.change')}
    >
      <SelectField
        id="triage-group"
        label={t('trajectory.triage.group')}
        value={form.draft.group}
        options={choices(
          t,
          'triageGroups',
          triageGroups.filter((g) => g !== view.triageGroup),
        )}
        onChange={(group) => form.update({ group })}
        error={form.errors.group}
      />
      <TextareaField
        id="triage-reason"
        label={t('trajectory.triage.reason')}
        rows={2}
        {...form.field('reason')}
      />
    </ChangeFormShell>
  );
}

/** Triage 1/2/3 with its reason; changeable later, every decision kept. */
export function TriageSection({ view, personId }: Props) {
  const { t } = useTranslation();
  const canTriage = isManaged(view) && (view.status === 'intake' || view.status === 'active');
  return (
    <TrajectorySection id="triage" title={t('trajectory.triage.title')}>
      <Paragraph>
        {view.triageGroup === null
          ? view.intake
            ? t('trajectory.triage.waiting')
            : t('trajectory.triage.intakeFirst')
          : t('trajectory.triage.current', { group: label(t, 'triageGroups', view.triageGroup) })}
      </Paragraph>
      <DataTable
        caption={t('trajectory.triage.historyCaption')}
        rows={[...view.triageHistory].reverse()}
        rowKey={(d) => d.id}
        empty={t('trajectory.triage.noHistory')}
        columns={[
          {
            header: t('trajectory.when'),
            cell: (d) => formatDateTime(d.decidedAt),
            rowHeader: true,
          },
          { header: t('trajectory.triage.group'), cell: (d) => label(t, 'triageGroups', d.group) },
          {
            header: t('trajectory.triage.previous'),
            cell: (d) =>
              d.previousGroup === null ? '–' : label(t, 'triageGroups', d.previousGroup),
          },
          { header: t('trajectory.triage.reason'), cell: (d) => d.reason ?? '–' },
          { header: t('trajectory.by'), cell: (d) => d.decidedBy?.name ?? '–' },
        ]}
      />
      {canTriage && view.intake && <TriageForm view={view} personId={personId} />}
    </TrajectorySection>
  );
}
