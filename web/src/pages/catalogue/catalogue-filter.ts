import type { CatalogueKind, FundingScheme } from '../../../../src/modules/offers/contracts.ts';

/** The catalogue's filters, kept in the address (Dutch names) so a search can be shared. */
export interface CatalogueFilter {
  kind: CatalogueKind | '';
  skillId: string;
  skillLabel: string;
  sector: string;
  startFrom: string;
  startTo: string;
  maxCost: string;
  funding: FundingScheme | '';
  q: string;
}

const names: Record<keyof CatalogueFilter, string> = {
  kind: 'soort',
  skillId: 'vaardigheid',
  skillLabel: 'vaardigheidnaam',
  sector: 'sector',
  startFrom: 'vanaf',
  startTo: 'tot',
  maxCost: 'maxkosten',
  funding: 'financiering',
  q: 'zoek',
};

const keys = Object.keys(names) as (keyof CatalogueFilter)[];

export function catalogueFilterFrom(params: URLSearchParams): CatalogueFilter {
  const read = (key: keyof CatalogueFilter) => params.get(names[key]) ?? '';
  return {
    kind: read('kind') as CatalogueFilter['kind'],
    skillId: read('skillId'),
    skillLabel: read('skillLabel'),
    sector: read('sector'),
    startFrom: read('startFrom'),
    startTo: read('startTo'),
    maxCost: read('maxCost'),
    funding: read('funding') as CatalogueFilter['funding'],
    q: read('q'),
  };
}

export function catalogueParams(filter: CatalogueFilter): Record<string, string> {
  const entries = keys
    .filter((key) => key !== 'skillLabel' || filter.skillId)
    .map((key) => [names[key], filter[key].trim()] as const)
    .filter(([, value]) => value !== '');
  return Object.fromEntries(entries);
}

/** The API query: only well-formed values (a hand-edited address must not break the page). */
export function catalogueQueryOf(filter: CatalogueFilter): Record<string, string> {
  const date = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '');
  const whole = (v: string) => (/^\d+$/.test(v.trim()) ? v.trim() : '');
  return {
    kind: filter.kind,
    skillId: whole(filter.skillId),
    sector: filter.sector,
    startFrom: date(filter.startFrom),
    startTo: date(filter.startTo),
    maxCost: whole(filter.maxCost.replace(/[.€\s]/g, '')),
    funding: filter.funding,
    q: filter.q.trim(),
  };
}

export const emptyCatalogueFilter: CatalogueFilter = {
  kind: '',
  skillId: '',
  skillLabel: '',
  sector: '',
  startFrom: '',
  startTo: '',
  maxCost: '',
  funding: '',
  q: '',
};
