import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Sankey,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { FigureTable } from '../../../../src/modules/dashboard/contracts.ts';
import { chartValue, columnLabel, keyLabel } from './figure-format.ts';

/**
 * The charts of the dashboard. Each is a picture with a short text alternative; the figures
 * themselves are in the table that always follows it (WCAG: a table as alternative for a chart).
 * Hidden cells ("< 5", "x") are not drawn.
 */
function ChartFigure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <figure className="ov-dashboard-chart" role="img" aria-label={label}>
      <div aria-hidden="true" style={{ width: '100%', height: 280 }}>
        {children}
      </div>
    </figure>
  );
}

const colours = ['#01689b', '#e17000', '#39870c', '#a90061', '#5a3d8a'];

export function FunnelChart({ table }: { table: FigureTable }) {
  const { t } = useTranslation();
  const data = table.rows
    .filter((r) => r.key !== 'total')
    .map((r) => ({
      name: keyLabel(r.key, t),
      reached: chartValue(r.cells.reached),
      now: chartValue(r.cells.now),
    }));
  return (
    <ChartFigure label={t('dashboard.chart.funnel')}>
      <ResponsiveContainer>
        <BarChart data={data} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" tick={{ fontSize: 11 }} interval={0} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Bar
            dataKey="reached"
            name={columnLabel('reached', t)}
            fill={colours[0]}
            isAnimationActive={false}
          />
          <Bar
            dataKey="now"
            name={columnLabel('now', t)}
            fill={colours[1]}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

export function TrendChart({ table }: { table: FigureTable }) {
  const { t } = useTranslation();
  const data = table.rows.map((r) => ({
    name: keyLabel(r.key, t),
    started: chartValue(r.cells.started),
    placements: chartValue(r.cells.placements),
    dropouts: chartValue(r.cells.dropouts),
  }));
  return (
    <ChartFigure label={t('dashboard.chart.trend')}>
      <ResponsiveContainer>
        <LineChart data={data} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          {(['started', 'placements', 'dropouts'] as const).map((key, i) => (
            <Line
              key={key}
              dataKey={key}
              name={columnLabel(key, t)}
              stroke={colours[i]}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

/** Old sector (left) → new sector (right), only the flows that may be shown. */
export function TransitionsSankey({ table }: { table: FigureTable }) {
  const { t } = useTranslation();
  const olds = table.rows.filter((r) => r.key !== 'total').map((r) => r.key);
  const news = table.columns.map((c) => c.key).filter((k) => k !== 'total');
  const nodes = [
    ...olds.map((k) => ({ name: keyLabel(k, t) })),
    ...news.map((k) => ({ name: `→ ${keyLabel(k, t)}` })),
  ];
  const links = olds.flatMap((old, i) => {
    const row = table.rows.find((r) => r.key === old);
    return news.flatMap((n, j) => {
      const value = chartValue(row?.cells[n]);
      return value ? [{ source: i, target: olds.length + j, value }] : [];
    });
  });
  if (links.length === 0) return <p>{t('dashboard.chart.noFlows')}</p>;
  return (
    <ChartFigure label={t('dashboard.chart.sankey')}>
      <ResponsiveContainer>
        <Sankey
          data={{ nodes, links }}
          nodePadding={24}
          margin={{ left: 10, right: 160, top: 10, bottom: 10 }}
          link={{ stroke: colours[0] }}
          node={{ fill: colours[1] }}
        >
          <Tooltip />
        </Sankey>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
