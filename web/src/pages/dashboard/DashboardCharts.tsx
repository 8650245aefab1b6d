import { Paragraph } from '@utrecht/component-library-react';
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
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { FigureTable } from '../../../../src/modules/dashboard/contracts.ts';
import { chartColours, chartValue, columnLabel, keyLabel } from './figure-format.ts';

/**
 * The charts of the dashboard. Each is a picture with a short text alternative; the figures
 * themselves are in the table that always follows it (WCAG: a table as alternative for a chart).
 * Hidden cells ("< 5", "x") are not drawn; a note under the chart says so.
 */
function ChartFigure({
  label,
  note,
  children,
}: {
  label: string;
  note?: string | false;
  children: ReactNode;
}) {
  return (
    <>
      <figure className="ov-dashboard-chart" role="img" aria-label={label}>
        <div aria-hidden="true" style={{ width: '100%', height: 300 }}>
          {children}
        </div>
      </figure>
      {note && <Paragraph className="ov-dashboard-chart__note">{note}</Paragraph>}
    </>
  );
}

/** Legend entries in the text colour: the series colours are too light for text on white. */
const legendText = (value: string): ReactNode => (
  <span className="ov-dashboard-chart__legend-text">{value}</span>
);

const hasHidden = (table: FigureTable, columns: readonly string[]) =>
  table.rows.some((r) => r.key !== 'total' && columns.some((c) => typeof r.cells[c] === 'string'));

/** The steps of the chain as horizontal bars: the step names stay readable on a phone. */
export function FunnelChart({ table, threshold }: { table: FigureTable; threshold: number }) {
  const { t } = useTranslation();
  const data = table.rows
    .filter((r) => r.key !== 'total')
    .map((r) => ({
      name: keyLabel(r.key, t),
      reached: chartValue(r.cells.reached),
      now: chartValue(r.cells.now),
    }));
  return (
    <ChartFigure
      label={t('dashboard.chart.funnel')}
      note={hasHidden(table, ['reached', 'now']) && t('dashboard.chart.hiddenCells', { threshold })}
    >
      <ResponsiveContainer>
        <BarChart
          data={data}
          layout="vertical"
          accessibilityLayer={false}
          margin={{ top: 5, right: 16, bottom: 20, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            allowDecimals={false}
            label={{
              value: t('dashboard.chart.peopleAxis'),
              position: 'insideBottom',
              offset: -12,
              fill: 'currentColor',
            }}
          />
          <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip />
          <Legend verticalAlign="top" formatter={legendText} itemSorter={null} />
          <Bar
            dataKey="reached"
            name={columnLabel('reached', t)}
            fill={chartColours[0]}
            isAnimationActive={false}
          />
          <Bar
            dataKey="now"
            name={columnLabel('now', t)}
            fill={chartColours[1]}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

export function TrendChart({ table, threshold }: { table: FigureTable; threshold: number }) {
  const { t } = useTranslation();
  const series = ['started', 'placements', 'dropouts'] as const;
  const data = table.rows.map((r) => ({
    name: keyLabel(r.key, t),
    started: chartValue(r.cells.started),
    placements: chartValue(r.cells.placements),
    dropouts: chartValue(r.cells.dropouts),
  }));
  return (
    <ChartFigure
      label={t('dashboard.chart.trend')}
      note={hasHidden(table, series) && t('dashboard.chart.hiddenCells', { threshold })}
    >
      <ResponsiveContainer>
        <LineChart
          data={data}
          accessibilityLayer={false}
          margin={{ top: 5, right: 16, bottom: 5, left: 10 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" tick={{ fontSize: 12 }} />
          <YAxis
            allowDecimals={false}
            label={{
              value: t('dashboard.chart.peopleAxis'),
              angle: -90,
              position: 'insideLeft',
              style: { textAnchor: 'middle' },
              fill: 'currentColor',
            }}
          />
          <Tooltip />
          <Legend verticalAlign="top" formatter={legendText} itemSorter={null} />
          {series.map((key, i) => (
            <Line
              key={key}
              dataKey={key}
              name={columnLabel(key, t)}
              stroke={chartColours[i]}
              strokeWidth={2}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
