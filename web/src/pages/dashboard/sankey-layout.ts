import type { TFunction } from 'i18next';
import type { FigureTable } from '../../../../src/modules/dashboard/contracts.ts';
import { chartValue, keyLabel, peopleText } from './figure-format.ts';

/**
 * Layout of the transitions diagram: old sectors in a column on the left, new sectors on the
 * right, a band per flow whose width is its number of people. Pure (no DOM), so it can be tested.
 *
 * Small cells stay hidden: a flow whose count is hidden ("< 5", "x") is drawn as a thin dashed
 * line of fixed width, never as a band of some guessed size, and a sector whose total is hidden
 * gets a bar of fixed height. Nothing is computed from other cells: a bar's height is the total
 * the API published for it (or the sum of its visible flows, if that is larger).
 */

export interface SankeyNodeInput {
  key: string;
  /** The sector's name in the reader's language. */
  name: string;
  /** Its number of people as shown ("14", "< 5", "x"). */
  count: string;
  /** That number when it is visible; null when hidden. */
  value: number | null;
}

export interface SankeyFlowInput {
  /** Index into `left`. */
  source: number;
  /** Index into `right`. */
  target: number;
  /** The visible number of people, or null when hidden. */
  value: number | null;
  /** The tooltip of the flow ("Horeca → Zorg: 7 mensen"). */
  title: string;
}

export interface SankeyOptions {
  width: number;
  fontSize: number;
  /** The width in pixels of a text at `fontSize` (bold for the count line). */
  measure: (text: string, bold: boolean) => number;
  /** Pixels per person of the tallest column (capped so the diagram stays a sensible height). */
  targetHeight?: number;
}

export interface PlacedNode {
  key: string;
  side: 'left' | 'right';
  x: number;
  y: number;
  width: number;
  height: number;
  /** Hidden total: the bar is not to scale. */
  hidden: boolean;
  /** The label: the sector name, then its count in bold (each wrapped to the label width). */
  lines: { text: string; bold: boolean; y: number }[];
  labelX: number;
  anchor: 'start' | 'end';
  index: number;
}

export interface PlacedFlow {
  source: number;
  target: number;
  path: string;
  strokeWidth: number;
  hidden: boolean;
  title: string;
}

export interface SankeyLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  flows: PlacedFlow[];
}

const BAR = 12;
const LABEL_GAP = 6;
const ROW_GAP = 12;
const MIN_BAR = 6;
/** The room a hidden flow takes on its bars. */
const HIDDEN_SLOT = 6;
const HIDDEN_STROKE = 2;
const MIN_MIDDLE = 60;

/** Greedy word wrap of `text` into lines no wider than `max` (a longer word gets its own line). */
export function wrapText(text: string, max: number, measure: (t: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > max) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface Side {
  nodes: SankeyNodeInput[];
  /** Label width available on this side. */
  labelWidth: number;
}

export function layoutSankey(
  left: SankeyNodeInput[],
  right: SankeyNodeInput[],
  flows: SankeyFlowInput[],
  options: SankeyOptions,
): SankeyLayout {
  const { width, fontSize, measure } = options;
  const lineHeight = Math.round(fontSize * 1.3);
  const plain = (t: string) => measure(t, false);

  // Label areas: as wide as the widest label, but at most ~30 % of the width each (so the
  // flows keep room), and never narrower than the longest single word.
  const cap = Math.max(80, Math.min(240, (width - 2 * (BAR + LABEL_GAP) - MIN_MIDDLE) / 2));
  const sideOf = (nodes: SankeyNodeInput[]): Side => {
    const natural = Math.max(
      0,
      ...nodes.map((n) => Math.max(plain(n.name), measure(n.count, true))),
    );
    const longestWord = Math.max(
      0,
      ...nodes.flatMap((n) => [
        ...n.name.split(/\s+/).map((w) => plain(w)),
        ...n.count.split(/\s+/).map((w) => measure(w, true)),
      ]),
    );
    // A little slack: the browser's text may come out a pixel wider than measured.
    return { nodes, labelWidth: Math.ceil(Math.max(longestWord, Math.min(natural, cap))) + 2 };
  };
  const sides = { left: sideOf(left), right: sideOf(right) };

  // Per node: its visible flows, its hidden ones, and the value its bar stands for.
  const visibleSum = (side: 'left' | 'right', i: number) =>
    flows
      .filter((f) => (side === 'left' ? f.source : f.target) === i && f.value !== null)
      .reduce((s, f) => s + (f.value ?? 0), 0);
  const hiddenCount = (side: 'left' | 'right', i: number) =>
    flows.filter((f) => (side === 'left' ? f.source : f.target) === i && f.value === null).length;
  const base = (side: 'left' | 'right', n: SankeyNodeInput, i: number) =>
    Math.max(n.value ?? 0, visibleSum(side, i));

  const columnSum = (side: 'left' | 'right') =>
    sides[side].nodes.reduce((s, n, i) => s + base(side, n, i), 0);
  const tallest = Math.max(columnSum('left'), columnSum('right'));
  const perPerson = tallest > 0 ? Math.min(10, (options.targetHeight ?? 220) / tallest) : 0;

  const barHeight = (side: 'left' | 'right', n: SankeyNodeInput, i: number) =>
    Math.max(
      MIN_BAR,
      perPerson * base(side, n, i),
      perPerson * visibleSum(side, i) + HIDDEN_SLOT * hiddenCount(side, i),
    );

  interface Draft {
    node: SankeyNodeInput;
    index: number;
    bar: number;
    lines: { text: string; bold: boolean }[];
    slot: number;
  }
  const drafts = (side: 'left' | 'right'): Draft[] =>
    sides[side].nodes.map((node, index) => {
      const lines = [
        ...wrapText(node.name, sides[side].labelWidth, plain).map((text) => ({
          text,
          bold: false,
        })),
        ...wrapText(node.count, sides[side].labelWidth, (t) => measure(t, true)).map((text) => ({
          text,
          bold: true,
        })),
      ];
      const bar = barHeight(side, node, index);
      return { node, index, bar, lines, slot: Math.max(bar, lines.length * lineHeight) };
    });
  const columns = { left: drafts('left'), right: drafts('right') };
  const columnHeight = (d: Draft[]) =>
    d.reduce((s, x) => s + x.slot, 0) + Math.max(0, d.length - 1) * ROW_GAP;
  const height = Math.ceil(Math.max(columnHeight(columns.left), columnHeight(columns.right)) + 12);

  const leftBarX = sides.left.labelWidth + LABEL_GAP;
  const rightBarX = width - sides.right.labelWidth - LABEL_GAP - BAR;

  const nodes: PlacedNode[] = [];
  for (const side of ['left', 'right'] as const) {
    const column = columns[side];
    let top = (height - columnHeight(column)) / 2;
    for (const d of column) {
      const y = top + (d.slot - d.bar) / 2;
      const centre = y + d.bar / 2;
      const blockTop = centre - (d.lines.length * lineHeight) / 2;
      nodes.push({
        key: d.node.key,
        side,
        index: d.index,
        x: side === 'left' ? leftBarX : rightBarX,
        y,
        width: BAR,
        height: d.bar,
        hidden: d.node.value === null,
        lines: d.lines.map((l, i) => ({ ...l, y: blockTop + lineHeight * (i + 0.5) })),
        labelX: side === 'left' ? leftBarX - LABEL_GAP : rightBarX + BAR + LABEL_GAP,
        anchor: side === 'left' ? 'end' : 'start',
      });
      top += d.slot + ROW_GAP;
    }
  }

  // Where each flow leaves its left bar and enters its right bar: flows in the order of the
  // other column (fewest crossings), a visible flow as wide as its count, hidden ones sharing
  // what is left of the bar.
  const attach = (side: 'left' | 'right') => {
    const at = new Map<SankeyFlowInput, number>();
    for (const node of nodes.filter((n) => n.side === side)) {
      const own = flows
        .filter((f) => (side === 'left' ? f.source : f.target) === node.index)
        .sort((a, b) => (side === 'left' ? a.target - b.target : a.source - b.source));
      const visible = own.reduce((s, f) => s + perPerson * (f.value ?? 0), 0);
      const hidden = own.filter((f) => f.value === null).length;
      const share = hidden > 0 ? (node.height - visible) / hidden : 0;
      let offset = node.y;
      for (const f of own) {
        const w = f.value === null ? share : perPerson * f.value;
        at.set(f, offset + w / 2);
        offset += w;
      }
    }
    return at;
  };
  const fromY = attach('left');
  const toY = attach('right');
  const x0 = leftBarX + BAR;
  const x1 = rightBarX;
  const xm = (x0 + x1) / 2;
  const round = (v: number) => Math.round(v * 10) / 10;
  const placed: PlacedFlow[] = flows.map((f) => {
    const y0 = round(fromY.get(f) ?? 0);
    const y1 = round(toY.get(f) ?? 0);
    return {
      source: f.source,
      target: f.target,
      path: `M${round(x0)},${y0} C${round(xm)},${y0} ${round(xm)},${y1} ${round(x1)},${y1}`,
      strokeWidth: f.value === null ? HIDDEN_STROKE : Math.max(1, perPerson * f.value),
      hidden: f.value === null,
      title: f.title,
    };
  });
  return { width, height, nodes, flows: placed };
}

type Cell = FigureTable['rows'][number]['cells'][string];

/** Old sectors (the rows) on the left, new sectors (the columns) on the right, with their totals. */
export function sankeyInput(
  table: FigureTable,
  t: TFunction,
): { left: SankeyNodeInput[]; right: SankeyNodeInput[]; flows: SankeyFlowInput[] } {
  const rows = table.rows.filter((r) => r.key !== 'total');
  const totals = table.rows.find((r) => r.key === 'total');
  const news = table.columns.map((c) => c.key).filter((k) => k !== 'total');
  const node = (key: string, cell: Cell | undefined): SankeyNodeInput => ({
    key,
    name: keyLabel(key, t),
    count: peopleText(cell, t),
    value: chartValue(cell),
  });
  const left = rows.map((r) => node(r.key, r.cells.total));
  const right = news.map((k) => node(k, totals?.cells[k]));
  const flows = rows.flatMap((row, source) =>
    news.flatMap((key, target): SankeyFlowInput[] => {
      const cell = row.cells[key];
      // A hidden cell ("< 5", "x") is a flow of unknown size, perhaps none; 0 and null are none.
      if (cell === null || cell === undefined || cell === 0) return [];
      return [
        {
          source,
          target,
          value: chartValue(cell),
          title: t('dashboard.chart.flowTitle', {
            from: left[source]?.name,
            to: right[target]?.name,
            people: peopleText(cell, t),
          }),
        },
      ];
    }),
  );
  return { left, right, flows };
}
