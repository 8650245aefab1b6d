/** The parts of a trajectory, each a tab under /caseload/:id/traject. */
export const trajectoryParts = [
  { to: '', key: 'overview' },
  { to: 'plan', key: 'plan' },
  { to: 'activiteiten', key: 'activities' },
  { to: 'plaatsing', key: 'placement' },
  { to: 'financiering', key: 'funding' },
] as const;

export type TrajectoryPartKey = (typeof trajectoryParts)[number]['key'];

/** Where a person's trajectory pages live. */
export const trajectoryPath = (personId: string, part = ''): string =>
  part === '' ? `/caseload/${personId}/traject` : `/caseload/${personId}/traject/${part}`;

/** The part a trajectory page shows ('overview' for the chain itself). */
export function partOfPath(pathname: string): TrajectoryPartKey {
  const match = /\/traject\/([^/]+)\/?$/.exec(pathname);
  return trajectoryParts.find((p) => p.to !== '' && p.to === match?.[1])?.key ?? 'overview';
}

/** Whether `pathname` is one of this person's trajectory pages (moving between them is no leave). */
export function isWithinTrajectory(personId: string, pathname: string): boolean {
  const base = trajectoryPath(personId);
  return pathname === base || pathname.startsWith(`${base}/`);
}
