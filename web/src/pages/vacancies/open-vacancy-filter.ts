/** The filters of the open-vacancy list, kept in the address so a search can be shared. */
export interface OpenVacancyFilter {
  sector: string;
  occupationId: string;
  occupationLabel: string;
  city: string;
  conditionalContract: boolean;
  jobShadowing: boolean;
  q: string;
}

export function filterFromParams(params: URLSearchParams): OpenVacancyFilter {
  return {
    sector: params.get('sector') ?? '',
    occupationId: params.get('beroep') ?? '',
    occupationLabel: params.get('beroepnaam') ?? '',
    city: params.get('plaats') ?? '',
    conditionalContract: params.get('voorwaardelijk') === 'ja',
    jobShadowing: params.get('meeloop') === 'ja',
    q: params.get('zoek') ?? '',
  };
}

export function paramsFromFilter(f: OpenVacancyFilter): Record<string, string> {
  const entries: [string, string][] = [
    ['sector', f.sector],
    ['beroep', f.occupationId],
    ['beroepnaam', f.occupationId ? f.occupationLabel : ''],
    ['plaats', f.city.trim()],
    ['voorwaardelijk', f.conditionalContract ? 'ja' : ''],
    ['meeloop', f.jobShadowing ? 'ja' : ''],
    ['zoek', f.q.trim()],
  ];
  return Object.fromEntries(entries.filter(([, v]) => v !== ''));
}

/** The API's spelling of the same filter. */
export const apiFilter = (f: OpenVacancyFilter) => ({
  status: 'open',
  sector: f.sector,
  occupationId: f.occupationId,
  city: f.city.trim(),
  conditionalContract: f.conditionalContract ? 'true' : '',
  jobShadowing: f.jobShadowing ? 'true' : '',
  q: f.q.trim(),
});
