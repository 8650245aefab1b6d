import { and, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../auth/actor.ts';
import { logRead } from '../consent/access-log.ts';
import { findConsent } from '../consent/consent-check.ts';
import { persons, type PersonRow } from '../people/schema.ts';
import type { CandidateRef } from './contracts.ts';
import { maySeeNames } from './policies.ts';

const pseudonymous = (p: PersonRow): CandidateRef => ({
  personId: p.id,
  pseudonym: p.pseudonym,
  givenName: null,
  familyName: null,
  pseudonymous: true,
});

const named = (p: PersonRow): CandidateRef => ({
  ...pseudonymous(p),
  givenName: p.givenName,
  familyName: p.familyName,
  pseudonymous: false,
});

/**
 * How each person may be shown to the actor: with names for their case team and the candidate;
 * for a hiring employer with names only when the person's consent (passport_to_hiring_employer)
 * is in force now — that read is logged for the candidate; everyone else sees the pseudonym.
 * Erased persons are left out.
 */
export async function candidateRefs(
  db: Db,
  actor: Actor,
  personIds: readonly string[],
  opts: { hiringEmployerConsent: boolean; now: Date },
): Promise<Map<string, CandidateRef>> {
  const out = new Map<string, CandidateRef>();
  if (personIds.length === 0) return out;
  const rows = await db
    .select()
    .from(persons)
    .where(and(inArray(persons.id, [...new Set(personIds)]), isNull(persons.erasedAt)));
  for (const p of rows) {
    if (maySeeNames(actor, p)) {
      out.set(p.id, named(p));
      continue;
    }
    const orgId = actor.role === 'employer' ? actor.organisationId : null;
    const consent =
      opts.hiringEmployerConsent && orgId
        ? await findConsent(db, p.id, 'passport_to_hiring_employer', orgId, opts.now)
        : null;
    if (consent) {
      await logRead(db, {
        reader: actor,
        person: p,
        what: 'passport',
        consentId: consent.id,
        now: opts.now,
      });
      out.set(p.id, named(p));
    } else {
      out.set(p.id, pseudonymous(p));
    }
  }
  return out;
}
