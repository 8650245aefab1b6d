import { Button, ButtonGroup, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Dashboard, FigureTable } from '../../../../src/modules/dashboard/contracts.ts';
import { exportUrl, useDashboard } from '../../api/dashboard-queries.ts';
import { QueryResult } from '../../components/QueryResult.tsx';
import { CostBenefit } from './CostBenefit.tsx';
import { FunnelChart, TrendChart } from './DashboardCharts.tsx';
import { DashboardFilters } from './DashboardFilters.tsx';
import { filterFromParams, paramsFromFilter, queryFromFilter } from './dashboard-filter.ts';
import './dashboard.css';
import { formatCell } from './figure-format.ts';
import { FigureTableView } from './FigureTableView.tsx';
import { TargetsSection } from './TargetsSection.tsx';
import { TransitionsSankey } from './TransitionsSankey.tsx';

const headlineOrder = [
  'started',
  'stopped',
  'in_progress',
  'placed',
  'in_work_and_training',
  'in_training',
  'placed_other_sector',
  'durable_12m',
  'outflow_rate',
] as const;

function Headline({ table }: { table: FigureTable }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="dash-headline">
      <Heading level={2} id="dash-headline">
        {t('dashboard.headline.title')}
      </Heading>
      <dl className="ov-dashboard-headline">
        {headlineOrder.map((key) => {
          const row = table.rows.find((r) => r.key === key);
          const kind = key === 'outflow_rate' ? 'rate' : 'count';
          const previous = row?.cells.previous;
          return (
            <div key={key} className="ov-dashboard-headline__item" data-testid={`headline-${key}`}>
              <dt>{t(`dashboard.headline.${key}`)}</dt>
              <dd>
                <span className="ov-dashboard-headline__value">
                  {formatCell(row?.cells.current, kind)}
                </span>
                {previous !== undefined && (
                  <span className="ov-dashboard-headline__previous">
                    {t('dashboard.headline.previous', { value: formatCell(previous, kind) })}
                  </span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

const tableOf = (d: Dashboard, id: string) => d.tables.find((x) => x.id === id);

/** Figures with their charts and tables; what every scope (region, caseload, employer) sees. */
function Figures({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const table = (id: string) => tableOf(dashboard, id);
  const headline = table('headline');
  const funnel = table('funnel');
  const transitions = table('transitions');
  const trend = table('trend');
  const shown = new Set(['headline', 'funnel', 'transitions', 'trend']);
  return (
    <>
      <Paragraph>{t('dashboard.cohort')}</Paragraph>
      <Paragraph className="ov-dashboard-legend">
        {t('dashboard.legend', { threshold: dashboard.threshold })}
      </Paragraph>
      {headline && <Headline table={headline} />}
      {headline && <FigureTableView table={headline} />}
      {funnel && (
        <section aria-labelledby="dash-funnel">
          <Heading level={2} id="dash-funnel">
            {t('dashboard.sections.funnel')}
          </Heading>
          <FunnelChart table={funnel} threshold={dashboard.threshold} />
          <FigureTableView table={funnel} />
        </section>
      )}
      {transitions && (
        <section aria-labelledby="dash-transitions">
          <Heading level={2} id="dash-transitions">
            {t('dashboard.sections.transitions')}
          </Heading>
          <TransitionsSankey table={transitions} threshold={dashboard.threshold} />
          <FigureTableView table={transitions} />
        </section>
      )}
      {trend && (
        <section aria-labelledby="dash-trend">
          <Heading level={2} id="dash-trend">
            {t('dashboard.sections.trend')}
          </Heading>
          <TrendChart table={trend} threshold={dashboard.threshold} />
          <FigureTableView table={trend} />
        </section>
      )}
      {dashboard.scope.kind === 'region' && <TargetsSection targets={dashboard.targets} />}
      <section aria-labelledby="dash-more">
        <Heading level={2} id="dash-more">
          {t('dashboard.sections.more')}
        </Heading>
        {dashboard.tables
          .filter((x) => !shown.has(x.id))
          .map((x) => (
            <FigureTableView key={x.id} table={x} />
          ))}
      </section>
      <CostBenefit dashboard={dashboard} />
    </>
  );
}

/** The dashboard of the signed-in user, with its filters in the address. */
export function DashboardView() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const query = queryFromFilter(filter);
  const dashboard = useDashboard(query);
  return (
    <div className="ov-dashboard">
      <DashboardFilters
        key={params.toString()}
        initial={filter}
        onApply={(next) => setParams(paramsFromFilter(next))}
        showEmployers={dashboard.data?.scope.kind === 'region'}
      />
      <QueryResult query={dashboard}>
        {(d) => (
          <>
            <Paragraph>
              {t(`dashboard.intro.${d.scope.kind}`, {
                organisation: d.scope.organisationName ?? '',
              })}
            </Paragraph>
            <Figures dashboard={d} />
            <section aria-labelledby="dash-export" className="ov-dashboard-export">
              <Heading level={2} id="dash-export">
                {t('dashboard.export.report')}
              </Heading>
              <Paragraph>{t('dashboard.export.reportIntro')}</Paragraph>
              <ButtonGroup>
                <Link href={exportUrl(query, 'csv')} download>
                  {t('dashboard.export.csv')}
                </Link>
                <Link href={exportUrl(query, 'xlsx')} download>
                  {t('dashboard.export.xlsx')}
                </Link>
                <Button appearance="secondary-action-button" onClick={() => window.print()}>
                  {t('dashboard.export.print')}
                </Button>
              </ButtonGroup>
            </section>
          </>
        )}
      </QueryResult>
    </div>
  );
}
