import { Paragraph } from '@utrecht/component-library-react';
import { useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureTable } from '../../../../src/modules/dashboard/contracts.ts';
import { chartColours } from './figure-format.ts';
import { layoutSankey, sankeyInput, type SankeyLayout } from './sankey-layout.ts';

/** The width of the element, following resizes (0 until it is known). */
function useWidth(element: HTMLElement | null): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    // The observer also reports the first size, before the first paint.
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

let canvas: HTMLCanvasElement | undefined;

/** Measures text in the page's font (a rough estimate where there is no canvas). */
function textMeasurer(element: Element | null, fontSize: number) {
  const family = element ? getComputedStyle(element).fontFamily : 'sans-serif';
  canvas ??= document.createElement('canvas');
  const context = canvas.getContext('2d');
  return (text: string, bold: boolean): number => {
    if (!context) return text.length * fontSize * (bold ? 0.65 : 0.6);
    context.font = `${bold ? 'bold ' : ''}${fontSize}px ${family}`;
    return context.measureText(text).width;
  };
}

function SankeySvg({ layout, fontSize }: { layout: SankeyLayout; fontSize: number }) {
  const colour = (source: number) => chartColours[source % chartColours.length];
  return (
    <svg
      className="ov-sankey"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      fontSize={fontSize}
    >
      <g fill="none">
        {layout.flows.map((f) => (
          <g key={`${f.source}-${f.target}`} className="ov-sankey__flow">
            <title>{f.title}</title>
            <path
              className={f.hidden ? 'ov-sankey__line' : 'ov-sankey__band'}
              d={f.path}
              stroke={colour(f.source)}
              strokeWidth={f.strokeWidth}
              strokeDasharray={f.hidden ? '5 4' : undefined}
            />
            {/* A wider invisible stroke, so a thin line is easy to point at. */}
            <path d={f.path} stroke="transparent" strokeWidth={Math.max(10, f.strokeWidth)} />
          </g>
        ))}
      </g>
      {layout.nodes.map((n) => (
        <g key={`${n.side}-${n.key}`} className="ov-sankey__node" data-side={n.side}>
          <title>{n.lines.map((l) => l.text).join(' ')}</title>
          <rect
            x={n.x}
            y={n.y}
            width={n.width}
            height={n.height}
            fill={n.side === 'left' ? colour(n.index) : '#545454'}
          />
          {n.lines.map((l, i) => (
            <text
              key={i}
              x={n.labelX}
              y={l.y}
              textAnchor={n.anchor}
              dominantBaseline="central"
              fontWeight={l.bold ? 'bold' : undefined}
              fill="currentColor"
            >
              {l.text}
            </text>
          ))}
        </g>
      ))}
    </svg>
  );
}

/**
 * Old sector (left) → new sector (right). Every sector is labelled with its name and number of
 * people; each flow has a tooltip. Hidden counts stay hidden (a dashed line, not to scale).
 */
export function TransitionsSankey({ table, threshold }: { table: FigureTable; threshold: number }) {
  const { t } = useTranslation();
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const width = useWidth(element);
  const input = useMemo(() => sankeyInput(table, t), [table, t]);
  const fontSize = width > 0 && width < 480 ? 13 : 14;
  const layout = useMemo(
    () =>
      width > 0 && input.flows.length > 0
        ? layoutSankey(input.left, input.right, input.flows, {
            // Wider than this, the flows only get longer, not clearer.
            width: Math.min(width, 960),
            fontSize,
            measure: textMeasurer(element, fontSize),
          })
        : null,
    [input, width, fontSize, element],
  );
  if (input.flows.length === 0) return <Paragraph>{t('dashboard.chart.noFlows')}</Paragraph>;
  const anyHidden = input.flows.some((f) => f.value === null);
  return (
    <>
      <figure
        className="ov-dashboard-chart"
        role="img"
        aria-label={t('dashboard.chart.sankey')}
        data-testid="transitions-sankey"
      >
        <div aria-hidden="true" ref={setElement}>
          {layout && <SankeySvg layout={layout} fontSize={fontSize} />}
        </div>
      </figure>
      <Paragraph className="ov-dashboard-chart__note">
        {t('dashboard.chart.sankeyKey')}
        {anyHidden && ` ${t('dashboard.chart.sankeyHidden', { threshold })}`}
      </Paragraph>
    </>
  );
}
