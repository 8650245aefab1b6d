import { useTranslation } from 'react-i18next';
import type { TransitionPaths } from '../../../../src/modules/matching/contracts.ts';
import { occupationName, percent, sectorName } from './matching-labels.ts';

/** Line colours per sector; each line also carries its label and percentage, never colour alone. */
const sectorColours: Record<string, string> = {
  care: '#8a1c7c',
  logistics: '#1f6f43',
  hospitality: '#a14a00',
  technology: '#24578f',
  manufacturing: '#5a4a00',
  education: '#6b3fa0',
  retail: '#9b1c31',
  office: '#3d4f5c',
  ict: '#005f73',
  cleaning: '#4a5d23',
  safety: '#7a3b00',
};
const colourOf = (sector: string | null) => (sector && sectorColours[sector]) || '#4d4d4d';

const ROW = 36;
const WIDTH = 760;
const SOURCE_W = 190;
const TARGET_X = 400;
const TARGET_W = WIDTH - TARGET_X;

const shorten = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/**
 * A fan from the occupation that disappears to the occupations it leads to: the thicker the line,
 * the more of the target's essential skills are covered. Screen readers get a one-line summary;
 * the table beside it holds the same data in full.
 */
export function TransitionDiagram({ result }: { result: TransitionPaths }) {
  const { t } = useTranslation();
  const from = occupationName(result.from);
  const n = result.paths.length;
  const height = Math.max(n * ROW + 16, 80);
  const mid = height / 2;
  const best = result.paths[0];
  const summary = t('matching.paths.diagramSummary', {
    occupation: from,
    count: n,
    best: best ? occupationName(best.to) : '',
    coverage: best ? percent(best.essentialCoverage) : '',
  });
  const sectors = [...new Set(result.paths.map((p) => p.to.sector))];
  return (
    <figure className="ov-match-diagram">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={summary}
        preserveAspectRatio="xMinYMin meet"
      >
        {result.paths.map((p, i) => {
          const y = 8 + i * ROW + (ROW - 8) / 2;
          const colour = colourOf(p.to.sector);
          return (
            <g key={p.to.id}>
              <path
                d={`M ${SOURCE_W} ${mid} C ${SOURCE_W + 110} ${mid}, ${TARGET_X - 110} ${y}, ${TARGET_X} ${y}`}
                fill="none"
                stroke={colour}
                strokeOpacity={0.75}
                strokeWidth={1.5 + 10 * p.essentialCoverage}
              />
              <rect
                x={TARGET_X}
                y={8 + i * ROW}
                width={TARGET_W}
                height={ROW - 8}
                rx={4}
                fill="#ffffff"
                stroke={colour}
                strokeWidth={2}
              />
              <text x={TARGET_X + 10} y={y + 5} fontSize={14} fill="#000000">
                <tspan fontWeight="bold">{percent(p.essentialCoverage)}</tspan>
                {'  '}
                {shorten(occupationName(p.to), 40)}
              </text>
            </g>
          );
        })}
        <rect
          x={0}
          y={mid - 26}
          width={SOURCE_W}
          height={52}
          rx={6}
          fill="#24578f"
          stroke="#24578f"
        />
        <text x={10} y={mid + 5} fontSize={15} fill="#ffffff" fontWeight="bold">
          {shorten(from, 22)}
        </text>
      </svg>
      <figcaption>
        <span>{t('matching.paths.diagramCaption')}</span>
        <ul className="ov-match-legend" aria-label={t('matching.paths.legend')}>
          {sectors.map((s) => (
            <li key={s ?? 'none'}>
              <span
                className="ov-match-legend__swatch"
                style={{ backgroundColor: colourOf(s) }}
                aria-hidden="true"
              />
              {sectorName(s, t)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
