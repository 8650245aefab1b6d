import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import {
  fundingBody,
  type TrajectoryView,
} from '../../../../src/modules/trajectories/contracts.ts';
import {
  fundingPurposes,
  fundingSources,
} from '../../../../src/modules/trajectories/vocabularies.ts';
import { useTrajectoryChange } from '../../api/trajectory-queries.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatShortDate } from '../../components/format.ts';
import { InputField } from '../../components/InputField.tsx';
import { readNumber } from '../../components/numbers.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { currentLocale } from '../../i18n/index.ts';
import { ChangeFormShell } from './ChangeFormShell.tsx';
import { choices, isOpen, label } from './labels.ts';
import { TrajectorySection, useSectionStatus } from './TrajectorySection.tsx';
import { useTrajectoryContext } from './TrajectoryLayout.tsx';
import { orNull, useChangeForm } from './useChangeForm.ts';

type Props = { view: TrajectoryView; personId: string };
type Line = TrajectoryView['funding']['lines'][number];

const euro = (n: number) =>
  new Intl.NumberFormat(currentLocale() === 'en' ? 'en-GB' : 'nl-NL', {
    style: 'currency',
    currency: 'EUR',
  }).format(n);

function FundingForm({ view, personId }: Props) {
  const { t } = useTranslation();
  const form = useChangeForm({
    personId,
    trajectoryId: view.id,
    initial: { source: '', amount: '', paysFor: '', description: '' },
    schema: fundingBody,
    toInput: (d, numbers) => {
      const amount = readNumber(d.amount, 'decimal');
      if (amount === undefined) numbers.errors.amount = t('trajectory.messages.amount');
      return {
        source: d.source || undefined,
        amount: amount ?? undefined,
        paysFor: d.paysFor || undefined,
        description: orNull(d.description),
      };
    },
    request: (body) => ({ path: '/funding', body }),
    savedMessage: t('trajectory.funding.saved'),
  });
  return (
    <ChangeFormShell
      id="funding-form"
      title={t('trajectory.funding.formTitle')}
      form={form}
      formRef={form.formRef}
      submitLabel={t('trajectory.funding.submit')}
    >
      <SelectField
        id="funding-source"
        label={t('trajectory.funding.source')}
        value={form.draft.source}
        options={choices(t, 'fundingSources', fundingSources)}
        onChange={(source) => form.update({ source })}
        error={form.errors.source}
      />
      <InputField
        id="funding-amount"
        kind="text"
        short
        label={t('trajectory.funding.amount')}
        description={t('trajectory.funding.amountHint')}
        {...form.field('amount')}
      />
      <SelectField
        id="funding-paysFor"
        label={t('trajectory.funding.paysFor')}
        value={form.draft.paysFor}
        options={choices(t, 'fundingPurposes', fundingPurposes)}
        onChange={(paysFor) => form.update({ paysFor })}
        error={form.errors.paysFor}
      />
      <InputField
        id="funding-description"
        label={t('trajectory.funding.description')}
        optional
        {...form.field('description')}
      />
    </ChangeFormShell>
  );
}

function RemoveLine({ view, personId, line }: Props & { line: Line }) {
  const { t } = useTranslation();
  const change = useTrajectoryChange(personId, view.id);
  const section = useSectionStatus();
  const what = `${label(t, 'fundingSources', line.source)} ${euro(line.amount)}`;
  const remove = () =>
    change.mutate(
      { path: `/funding/${line.id}/remove`, body: {} },
      {
        onSuccess: () => {
          section.announce(t('trajectory.funding.removed', { what }));
          section.focusHeading();
        },
      },
    );
  return (
    <>
      <Button appearance="secondary-action-button" busy={change.isPending} onClick={remove}>
        {t('trajectory.funding.remove', { what })}
      </Button>
      {change.isError && <ErrorAlert error={change.error} />}
    </>
  );
}

/** Funding lines per source and purpose, with the totals. */
export function FundingPage() {
  const { t } = useTranslation();
  const { view, personId } = useTrajectoryContext();
  const f = view.funding;
  const open = isOpen(view);
  const bySource = Object.entries(f.bySource).map(([source, amount]) => ({ source, amount }));
  return (
    <TrajectorySection id="funding" title={t('trajectory.funding.title')}>
      <Paragraph>{t('trajectory.funding.total', { amount: euro(f.total) })}</Paragraph>
      <DataTable
        caption={t('trajectory.funding.caption')}
        rows={f.lines}
        rowKey={(l) => l.id}
        empty={t('trajectory.funding.empty')}
        columns={[
          {
            header: t('trajectory.funding.source'),
            cell: (l) => label(t, 'fundingSources', l.source),
            rowHeader: true,
          },
          {
            header: t('trajectory.funding.paysFor'),
            cell: (l) => label(t, 'fundingPurposes', l.paysFor),
          },
          { header: t('trajectory.funding.description'), cell: (l) => l.description ?? '–' },
          { header: t('trajectory.funding.added'), cell: (l) => formatShortDate(l.createdAt) },
          { header: t('trajectory.funding.amount'), cell: (l) => euro(l.amount), numeric: true },
          ...(open
            ? [
                {
                  header: t('trajectory.funding.actions'),
                  cell: (l: Line) => <RemoveLine view={view} personId={personId} line={l} />,
                },
              ]
            : []),
        ]}
      />
      {bySource.length > 0 && (
        <DataTable
          compact
          caption={t('trajectory.funding.bySourceCaption')}
          rows={[...bySource, { source: 'total', amount: f.total }]}
          rowKey={(r) => r.source}
          empty=""
          columns={[
            {
              header: t('trajectory.funding.source'),
              cell: (r) =>
                r.source === 'total'
                  ? t('trajectory.funding.totalRow')
                  : label(t, 'fundingSources', r.source),
              rowHeader: true,
            },
            { header: t('trajectory.funding.amount'), cell: (r) => euro(r.amount), numeric: true },
          ]}
        />
      )}
      {open && <FundingForm view={view} personId={personId} />}
    </TrajectorySection>
  );
}
