import type { TFunction } from 'i18next';
import type { FigureTable } from '../../../../src/modules/dashboard/contracts.ts';
import { currentLocale } from '../../i18n/index.ts';

type Cell = FigureTable['rows'][number]['cells'][string];
type Kind = FigureTable['columns'][number]['kind'];

const locale = () => (currentLocale() === 'en' ? 'en-GB' : 'nl-NL');

/** A cell as text: hidden cells as the API gives them ("< 5", "x"), numbers in the user's locale. */
export function formatCell(value: Cell | undefined, kind: Kind): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'rate':
      return value.toLocaleString(locale(), { style: 'percent', maximumFractionDigits: 1 });
    case 'cents':
      return (value / 100).toLocaleString(locale(), {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      });
    case 'euros':
      return value.toLocaleString(locale(), {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      });
    default:
      return value.toLocaleString(locale(), { maximumFractionDigits: 1 });
  }
}

const sectorKeys = new Set([
  'care',
  'technology',
  'manufacturing',
  'ict',
  'education',
  'logistics',
  'hospitality',
  'retail',
  'office',
  'safety',
  'cleaning',
  'public',
]);

/** The label of a row or column key: a sector, a month, or a code of the dashboard's lists. */
export function keyLabel(key: string, t: TFunction, tableId?: string): string {
  if (tableId === 'headline') return t(`dashboard.headline.${key}`);
  if (sectorKeys.has(key)) return t(`sectors.${key}`);
  if (/^\d{4}-\d{2}$/.test(key)) {
    return new Date(`${key}-01T12:00:00Z`).toLocaleDateString(locale(), {
      month: 'short',
      year: 'numeric',
    });
  }
  return t(`dashboard.rows.${key}`, { defaultValue: key });
}

export const columnLabel = (key: string, t: TFunction): string =>
  sectorKeys.has(key)
    ? t(`sectors.${key}`)
    : t(`dashboard.columns.${key}`, { defaultValue: keyLabel(key, t) });

/** The number a chart may draw: only visible counts (hidden cells stay out of the picture). */
export const chartValue = (value: Cell | undefined): number | null =>
  typeof value === 'number' ? value : null;

/** A number of people as a reader says it: "14 mensen", "< 5 mensen", "aantal verborgen". */
export function peopleText(value: Cell | undefined, t: TFunction): string {
  if (value === null || value === undefined) return '–';
  if (value === 'x') return t('dashboard.chart.peopleHidden');
  if (typeof value === 'string') return t('dashboard.chart.people', { count: 2, value });
  return t('dashboard.chart.people', { count: value, value: formatCell(value, 'count') });
}

/** Series colours: each at least 3:1 against white (WCAG 1.4.11); text is never drawn in them. */
export const chartColours = ['#01689b', '#e17000', '#39870c', '#a90061', '#5a3d8a'] as const;
