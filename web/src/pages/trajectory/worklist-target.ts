import type { WorklistItem } from '../../../../src/modules/trajectories/contracts.ts';

/** Where the case manager does what an item asks. */
export function worklistTarget(i: WorklistItem): string {
  const base = `/caseload/${i.personId}/traject`;
  switch (i.kind) {
    case 'intake_due':
      return `${base}#intake`;
    case 'evaluation_due':
      return `${base}/plan#goal-${i.subjectId ?? ''}`;
    case 'check_in_due':
      return `${base}/plaatsing#check-${i.subjectId ?? ''}`;
    case 'consent_expiring':
      return `/caseload/${i.personId}`;
    case 'inactive':
      return base;
  }
}
