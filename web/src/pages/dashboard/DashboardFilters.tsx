import { Button, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sectors } from '../../../../src/modules/organisations/contracts.ts';
import { useMatchingEventOptions } from '../../api/dashboard-queries.ts';
import { useNotices } from '../../api/notice-queries.ts';
import { useOrganisations } from '../../api/queries.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { InputField } from '../../components/InputField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import type { FilterValues } from './dashboard-filter.ts';

/** Period, comparison and the cuts of the figures; applied to the address on submit. */
export function DashboardFilters({
  initial,
  onApply,
  showEmployers,
}: {
  initial: FilterValues;
  onApply: (values: FilterValues) => void;
  showEmployers: boolean;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const organisations = useOrganisations();
  const notices = useNotices();
  const events = useMatchingEventOptions(showEmployers);
  const set = (key: keyof FilterValues) => (value: string) =>
    setValues((v) => ({ ...v, [key]: value }));
  const all = { value: '', label: t('dashboard.filters.all') };
  const employers = (organisations.data ?? []).filter((o) =>
    o.kinds.includes('releasing_employer'),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  return (
    <form
      onSubmit={submit}
      className="ov-dashboard-filters"
      aria-label={t('dashboard.filters.title')}
    >
      <Fieldset>
        <FieldsetLegend>{t('dashboard.filters.title')}</FieldsetLegend>
        <div className="ov-dashboard-filters__grid">
          <InputField
            id="dash-from"
            label={t('dashboard.filters.from')}
            kind="date"
            value={values.from}
            onChange={set('from')}
            isFilter
          />
          <InputField
            id="dash-to"
            label={t('dashboard.filters.to')}
            kind="date"
            value={values.to}
            onChange={set('to')}
            isFilter
          />
          <SelectField
            id="dash-triage"
            label={t('dashboard.filters.triageGroup')}
            value={values.triageGroup}
            onChange={set('triageGroup')}
            isFilter
            options={[
              all,
              ...['1', '2', '3'].map((g) => ({
                value: g,
                label: t('dashboard.filters.group', { group: g }),
              })),
            ]}
          />
          <SelectField
            id="dash-sector"
            label={t('dashboard.filters.hiringSector')}
            value={values.hiringSector}
            onChange={set('hiringSector')}
            isFilter
            options={[all, ...sectors.map((s) => ({ value: s, label: t(`sectors.${s}`) }))]}
          />
          {showEmployers && (
            <SelectField
              id="dash-employer"
              label={t('dashboard.filters.releasingEmployer')}
              value={values.releasingEmployerId}
              onChange={set('releasingEmployerId')}
              isFilter
              options={[all, ...employers.map((o) => ({ value: o.id, label: o.name }))]}
            />
          )}
          {showEmployers && (
            <SelectField
              id="dash-programme"
              label={t('dashboard.filters.programme')}
              value={values.programmeId}
              onChange={set('programmeId')}
              isFilter
              options={[
                all,
                ...(notices.data ?? []).map((n) => ({
                  value: n.id,
                  label: `${n.employer.name} (${n.expectedDate})`,
                })),
              ]}
            />
          )}
          {showEmployers && (
            <SelectField
              id="dash-event"
              label={t('dashboard.filters.matchingEvent')}
              value={values.matchingEventId}
              onChange={set('matchingEventId')}
              isFilter
              options={[all, ...(events.data ?? []).map((e) => ({ value: e.id, label: e.title }))]}
            />
          )}
        </div>
        <CheckboxField
          id="dash-compare"
          label={t('dashboard.filters.compare')}
          checked={values.compare === 'true'}
          onChange={(checked) => set('compare')(checked ? 'true' : '')}
        />
        <div className="ov-button-row">
          <Button type="submit" appearance="primary-action-button">
            {t('dashboard.filters.apply')}
          </Button>
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => {
              const empty = Object.fromEntries(
                Object.keys(values).map((k) => [k, '']),
              ) as FilterValues;
              setValues(empty);
              onApply(empty);
            }}
          >
            {t('dashboard.filters.reset')}
          </Button>
        </div>
      </Fieldset>
    </form>
  );
}
