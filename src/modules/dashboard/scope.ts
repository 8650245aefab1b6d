import { and, eq, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { forbidden } from '../../shared/errors.ts';
import type { Actor } from '../auth/actor.ts';
import { consentGrants } from '../consent/schema.ts';
import { organisations } from '../organisations/schema.ts';
import type { ScopeKind } from './contracts.ts';
import type { TrajectoryFacts } from './facts.ts';

/**
 * Whose figures an actor may see, decided on the server (policies as plain functions):
 * - coordinator: the whole region;
 * - case manager: the caseload of their organisation (trajectories it is the case organisation of);
 * - employer: only the people it released (with consent to share progress with it) or hired (with
 *   consent to share the passport with it); nobody outside that consent counts in any figure.
 * Other roles have no dashboard.
 */
export function dashboardScopeKind(actor: Actor): ScopeKind | null {
  if (actor.role === 'coordinator') return 'region';
  if (actor.role === 'case_manager' && actor.organisationId) return 'caseload';
  if (actor.role === 'employer' && actor.organisationId) return 'employer';
  return null;
}

export const mayViewDashboard = (actor: Actor): boolean => dashboardScopeKind(actor) !== null;
export const mayManageTargets = (actor: Actor): boolean => actor.role === 'coordinator';

/** Consent of the employer's people, as sets of person ids per purpose. */
export interface EmployerConsents {
  organisationId: string;
  progress: ReadonlySet<string>;
  passport: ReadonlySet<string>;
}

/** The pure rule: does this trajectory count for this scope? */
export function inScope(
  kind: ScopeKind,
  actor: Actor,
  f: TrajectoryFacts,
  consents: EmployerConsents | null,
): boolean {
  if (kind === 'region') return true;
  if (kind === 'caseload') return f.caseOrganisationId === actor.organisationId;
  if (!consents) return false;
  const org = consents.organisationId;
  const released = f.releasingEmployerId === org && consents.progress.has(f.personId);
  const hired = f.placements.some((p) => p.employerId === org) && consents.passport.has(f.personId);
  return released || hired;
}

/** The consents in force at `now` that let the employer see its people's progress or passport. */
export async function employerConsents(db: Db, actor: Actor, now: Date): Promise<EmployerConsents> {
  const org = actor.organisationId;
  if (!org) throw forbidden('An employer account belongs to an organisation');
  const [me] = await db
    .select({ kinds: organisations.kinds })
    .from(organisations)
    .where(eq(organisations.id, org));
  const hiring = me?.kinds.includes('hiring_employer') ?? false;
  const grants = await db
    .select({
      personId: consentGrants.personId,
      purpose: consentGrants.purpose,
      recipient: consentGrants.recipientOrganisationId,
    })
    .from(consentGrants)
    .where(
      and(
        inArray(consentGrants.purpose, [
          'progress_to_releasing_employer',
          'passport_to_hiring_employer',
        ]),
        isNull(consentGrants.withdrawnAt),
        lte(consentGrants.grantedAt, now),
        or(isNull(consentGrants.expiresAt), gt(consentGrants.expiresAt, now)),
        or(
          eq(consentGrants.recipientOrganisationId, org),
          isNull(consentGrants.recipientOrganisationId),
        ),
      ),
    );
  const progress = new Set<string>();
  const passport = new Set<string>();
  for (const g of grants) {
    if (g.purpose === 'progress_to_releasing_employer' && g.recipient === org)
      progress.add(g.personId);
    // A passport grant without a recipient holds for every hiring employer (consent-check.ts).
    if (g.purpose === 'passport_to_hiring_employer' && (g.recipient === org || hiring)) {
      passport.add(g.personId);
    }
  }
  return { organisationId: org, progress, passport };
}
