import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { organisations } from '../../organisations/schema.ts';
import type { CaseOrganisation } from '../contracts.ts';
import { caseKinds } from '../new-person.ts';

/**
 * The active case organisations of the actor's region (UWV, municipalities, unions,
 * initiatives): what a candidate chooses from to give that organisation's case managers access
 * to their passport. Names and kinds only — the public face of a partner.
 */
export async function listCaseOrganisations(db: Db, actor: Actor): Promise<CaseOrganisation[]> {
  const rows = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      kinds: organisations.kinds,
      city: organisations.city,
    })
    .from(organisations)
    .where(and(eq(organisations.regionId, actor.regionId), eq(organisations.active, true)))
    .orderBy(asc(organisations.name));
  return rows
    .map((r) => ({
      ...r,
      kinds: r.kinds.filter((k) => (caseKinds as readonly string[]).includes(k)),
    }))
    .filter((r) => r.kinds.length > 0);
}
