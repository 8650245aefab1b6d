import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import type { FigureTable } from '../../../../src/modules/dashboard/contracts.ts';
import dashboardNl from '../../i18n/dashboard.nl.json';
import nl from '../../i18n/nl.json';
import { layoutSankey, sankeyInput, wrapText, type SankeyLayout } from './sankey-layout.ts';

// The shared localiser asks the UI's language; the real module needs a browser.
vi.mock('../../i18n/index.ts', () => ({ currentLocale: () => 'nl' }));

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'nl',
  resources: { nl: { translation: { ...nl, ...dashboardNl } } },
  interpolation: { escapeValue: false },
});
const t = i18n.t.bind(i18n);

/** A stand-in for the browser's font: 7 px a character, 8 in bold. */
const measure = (text: string, bold: boolean) => text.length * (bold ? 8 : 7);

// Shaped like the API's answer: old sectors as rows, new sectors as columns, totals, small cells
// hidden ("< 5") and a few more hidden so none can be worked out ("x").
const table: FigureTable = {
  id: 'transitions',
  columns: ['care', 'technology', 'logistics', 'office', 'total'].map((key) => ({
    key,
    kind: 'count' as const,
  })),
  rows: [
    {
      key: 'hospitality',
      cells: { care: 12, technology: '< 5', logistics: 7, office: 'x', total: 31 },
    },
    {
      key: 'office',
      cells: { care: '< 5', technology: 9, logistics: '< 5', office: 6, total: 'x' },
    },
    { key: 'retail', cells: { care: 'x', technology: '< 5', logistics: 5, office: 0, total: 14 } },
    { key: 'total', cells: { care: 21, technology: 'x', logistics: 15, office: 'x', total: 56 } },
  ],
};

const input = sankeyInput(table, t);
const layout = (width: number): SankeyLayout =>
  layoutSankey(input.left, input.right, input.flows, { width, fontSize: 14, measure });

describe('the transitions diagram', () => {
  it('names every sector with its number of people, hidden numbers as the API hides them', () => {
    expect(input.left.map((n) => [n.name, n.count])).toEqual([
      ['Horeca en catering', '31 mensen'],
      ['Kantoor en administratie', 'aantal verborgen'],
      ['Detailhandel', '14 mensen'],
    ]);
    expect(input.right.map((n) => [n.name, n.count])).toEqual([
      ['Zorg en welzijn', '21 mensen'],
      ['Techniek', 'aantal verborgen'],
      ['Transport en logistiek', '15 mensen'],
      ['Kantoor en administratie', 'aantal verborgen'],
    ]);
  });

  it('gives each flow a title; a hidden flow keeps its mark and gets no number', () => {
    const titles = input.flows.map((f) => f.title);
    expect(titles).toContain('Horeca en catering → Zorg en welzijn: 12 mensen');
    expect(titles).toContain('Horeca en catering → Techniek: < 5 mensen');
    expect(titles).toContain('Detailhandel → Zorg en welzijn: aantal verborgen');
    // Retail → office is 0 in the table: no flow at all.
    expect(titles.filter((x) => x.startsWith('Detailhandel → Kantoor'))).toEqual([]);
    for (const f of input.flows.filter((x) => /< 5|verborgen/.test(x.title))) {
      expect(f.value).toBeNull();
    }
  });

  it('draws visible flows to scale and hidden flows as thin lines of one width', () => {
    const flows = layout(1000).flows;
    const width = (from: number, to: number) =>
      flows.find((f) => f.source === from && f.target === to)?.strokeWidth ?? 0;
    expect(width(0, 0) / width(0, 2)).toBeCloseTo(12 / 7);
    const hidden = flows.filter((f) => f.hidden);
    expect(hidden.length).toBe(6);
    expect(new Set(hidden.map((f) => f.strokeWidth)).size).toBe(1);
    expect(hidden[0]?.strokeWidth).toBeLessThan(width(2, 2));
  });

  it('makes a bar as tall as the total the API published, not a sum of guessed cells', () => {
    const nodes = layout(1000).nodes;
    const bar = (side: string, key: string) =>
      nodes.find((n) => n.side === side && n.key === key)?.height ?? 0;
    expect(bar('left', 'hospitality') / bar('left', 'retail')).toBeCloseTo(31 / 14);
    expect(bar('right', 'care') / bar('right', 'logistics')).toBeCloseTo(21 / 15);
  });

  for (const width of [320, 400, 768, 1280]) {
    it(`keeps every label inside the picture and clear of the others at ${width} px`, () => {
      const l = layout(width);
      const lineHeight = Math.round(14 * 1.3);
      for (const side of ['left', 'right'] as const) {
        const column = l.nodes.filter((n) => n.side === side).sort((a, b) => a.y - b.y);
        let previousBottom = -Infinity;
        for (const n of column) {
          const widest = Math.max(...n.lines.map((x) => measure(x.text, x.bold)));
          if (side === 'left') {
            expect(n.labelX - widest).toBeGreaterThanOrEqual(0);
            expect(n.labelX).toBeLessThanOrEqual(n.x);
          } else {
            expect(n.labelX).toBeGreaterThanOrEqual(n.x + n.width);
            expect(n.labelX + widest).toBeLessThanOrEqual(width);
          }
          const top = Math.min(...n.lines.map((x) => x.y)) - lineHeight / 2;
          const bottom = Math.max(...n.lines.map((x) => x.y)) + lineHeight / 2;
          expect(top).toBeGreaterThanOrEqual(Math.max(0, previousBottom));
          expect(bottom).toBeLessThanOrEqual(l.height);
          previousBottom = bottom;
        }
      }
      // The flows keep some room between the two columns.
      const leftEdge = Math.max(...l.nodes.filter((n) => n.side === 'left').map((n) => n.x));
      const rightEdge = Math.min(...l.nodes.filter((n) => n.side === 'right').map((n) => n.x));
      expect(rightEdge - leftEdge).toBeGreaterThan(60);
    });
  }

  it('wraps a long name at word boundaries', () => {
    expect(wrapText('Kantoor en administratie', 100, (x) => x.length * 7)).toEqual([
      'Kantoor en',
      'administratie',
    ]);
  });
});
