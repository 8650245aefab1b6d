import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../auth/actor.ts';
import type { AccessKind } from './purposes.ts';
import { accessLog } from './schema.ts';

export interface ReadOfPersonalData {
  reader: Actor;
  person: { id: string; regionId: string };
  what: AccessKind;
  /** The grant the read relied on; null for what needs none (a pseudonymous profile). */
  consentId: string | null;
  now: Date;
}

/**
 * Logs a read of a person's data by a user of another organisation than the person's case team
 * (employers, partner organisations). Call it in the transaction that reads, so no read goes
 * unlogged. The candidate sees these rows.
 */
export async function logRead(db: Db, read: ReadOfPersonalData): Promise<void> {
  await db.insert(accessLog).values({
    id: randomUUID(),
    regionId: read.person.regionId,
    personId: read.person.id,
    readerUserId: read.reader.userId,
    readerOrganisationId: read.reader.organisationId,
    what: read.what,
    consentId: read.consentId,
    occurredAt: read.now,
  });
}
