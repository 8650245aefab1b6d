import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.ts';
import { buildFacts } from './facts.ts';
import { dashboardScopeKind, inScope, type EmployerConsents } from './scope.ts';

const started = (id: string, caseOrg: string, releasing: string | null) => ({
  type: 'trajectory.started',
  subjectId: id,
  occurredAt: new Date('2020-01-01T10:00:00Z'),
  data: {
    personId: `p-${id}`,
    caseOrganisationId: caseOrg,
    releasingEmployerId: releasing,
    source: 'uwv',
  },
});
const placed = (id: string, employerId: string) => ({
  type: 'placement.registered',
  subjectId: id,
  occurredAt: new Date('2020-05-01T10:00:00Z'),
  data: { placementId: `pl-${id}`, employerId, startDate: '2020-05-01', route: 'direct' },
});

const facts = buildFacts([
  started('a', 'uwv', 'caterer'),
  started('b', 'uwv', 'caterer'),
  started('c', 'oss', 'caterer'),
  placed('c', 'care-home'),
  started('d', 'oss', null),
  placed('d', 'care-home'),
]);
const f = (id: string) => {
  const x = facts.get(id);
  if (!x) throw new Error(id);
  return x;
};
const actor = (role: Actor['role'], organisationId: string | null): Actor => ({
  userId: 'u',
  role,
  regionId: 'r',
  organisationId,
});

describe('whose figures an actor sees', () => {
  it('gives coordinators the region, case managers their caseload, employers their consented people', () => {
    expect(dashboardScopeKind(actor('coordinator', 'regio'))).toBe('region');
    expect(dashboardScopeKind(actor('case_manager', 'uwv'))).toBe('caseload');
    expect(dashboardScopeKind(actor('employer', 'caterer'))).toBe('employer');
    expect(dashboardScopeKind(actor('candidate', null))).toBeNull();
    expect(dashboardScopeKind(actor('provider', 'school'))).toBeNull();
    expect(dashboardScopeKind(actor('admin', null))).toBeNull();
  });

  it('counts for a case manager only the trajectories of their own organisation', () => {
    const me = actor('case_manager', 'uwv');
    expect(['a', 'b', 'c', 'd'].filter((id) => inScope('caseload', me, f(id), null))).toEqual([
      'a',
      'b',
    ]);
  });

  it('counts for an employer only released people with progress consent and hired people with passport consent', () => {
    const caterer: EmployerConsents = {
      organisationId: 'caterer',
      progress: new Set(['p-a', 'p-c']),
      passport: new Set(['p-b']),
    };
    const ids = ['a', 'b', 'c', 'd'].filter((id) =>
      inScope('employer', actor('employer', 'caterer'), f(id), caterer),
    );
    // b was released by the caterer but gave no progress consent (a passport grant is not it).
    expect(ids).toEqual(['a', 'c']);
    const careHome: EmployerConsents = {
      organisationId: 'care-home',
      progress: new Set(['p-c', 'p-d']),
      passport: new Set(['p-d']),
    };
    expect(
      ['a', 'b', 'c', 'd'].filter((id) =>
        inScope('employer', actor('employer', 'care-home'), f(id), careHome),
      ),
    ).toEqual(['d']);
  });
});
