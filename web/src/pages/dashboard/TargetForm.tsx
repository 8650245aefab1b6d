import { Button, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  targetMetrics,
  type CreateTargetBody,
  type TargetMetric,
} from '../../../../src/modules/dashboard/contracts.ts';
import { useCreateTarget, useMatchingEventOptions } from '../../api/dashboard-queries.ts';
import { useNotices } from '../../api/notice-queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { InputField } from '../../components/InputField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SuccessAlert } from '../../components/SuccessAlert.tsx';

type ScopeKind = CreateTargetBody['scopeKind'];

const today = () => new Date().toISOString().slice(0, 10);
/** The default rhythm of the periodic report: four months. */
const inFourMonths = () => {
  const d = new Date();
  d.setMonth(d.getMonth() + 4);
  return d.toISOString().slice(0, 10);
};

/** A coordinator sets a SMART target: what, for whom, how much, by when. */
export function TargetForm() {
  const { t } = useTranslation();
  const create = useCreateTarget();
  const notices = useNotices();
  const events = useMatchingEventOptions(true);
  const [scopeKind, setScopeKind] = useState<ScopeKind>('region');
  const [scopeId, setScopeId] = useState('');
  const [metric, setMetric] = useState<TargetMetric>('participants');
  const [value, setValue] = useState('');
  const [months, setMonths] = useState('3');
  const [startsOn, setStartsOn] = useState(today());
  const [dueOn, setDueOn] = useState(inFourMonths());
  const share = metric !== 'participants';
  const scopeOptions =
    scopeKind === 'programme'
      ? (notices.data ?? []).map((n) => ({
          value: n.id,
          label: `${n.employer.name} (${n.expectedDate})`,
        }))
      : (events.data ?? []).map((e) => ({ value: e.id, label: e.title }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const number = Number(value.replace(',', '.'));
    create.mutate({
      scopeKind,
      scopeId: scopeKind === 'region' ? null : scopeId || null,
      metric,
      targetValue: share ? number / 100 : number,
      withinMonths: metric === 'placed_within_months' ? Number(months) : null,
      startsOn,
      dueOn,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Fieldset>
        <FieldsetLegend>{t('dashboard.targets.add')}</FieldsetLegend>
        <div className="ov-dashboard-filters__grid">
          <SelectField
            id="target-scope-kind"
            label={t('dashboard.targets.scopeKind')}
            value={scopeKind}
            onChange={(v) => {
              setScopeKind(v as ScopeKind);
              setScopeId('');
            }}
            options={(['region', 'programme', 'matching_event'] as const).map((k) => ({
              value: k,
              label: t(`dashboard.targets.scopes.${k}`),
            }))}
          />
          {scopeKind !== 'region' && (
            <SelectField
              id="target-scope"
              label={t(`dashboard.targets.scopes.${scopeKind}`)}
              value={scopeId}
              onChange={setScopeId}
              options={[{ value: '', label: '' }, ...scopeOptions]}
            />
          )}
          <SelectField
            id="target-metric"
            label={t('dashboard.targets.metric')}
            value={metric}
            onChange={(v) => setMetric(v as TargetMetric)}
            options={targetMetrics.map((m) => ({
              value: m,
              label: t(`dashboard.targets.metrics.${m}`, { months: 'N' }),
            }))}
          />
          <InputField
            id="target-value"
            kind="number"
            label={t('dashboard.targets.value')}
            value={value}
            onChange={setValue}
            short
          />
          {metric === 'placed_within_months' && (
            <InputField
              id="target-months"
              kind="number"
              label={t('dashboard.targets.months')}
              value={months}
              onChange={setMonths}
              short
            />
          )}
          <InputField
            id="target-starts"
            kind="date"
            label={t('dashboard.targets.startsOn')}
            value={startsOn}
            onChange={setStartsOn}
          />
          <InputField
            id="target-due"
            kind="date"
            label={t('dashboard.targets.dueOn')}
            value={dueOn}
            onChange={setDueOn}
          />
        </div>
        {create.isError && <ErrorAlert error={create.error} />}
        {create.isSuccess && <SuccessAlert message={t('dashboard.targets.saved')} />}
        <Button type="submit" appearance="primary-action-button" disabled={create.isPending}>
          {t('dashboard.targets.save')}
        </Button>
      </Fieldset>
    </form>
  );
}
