import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { organisations, regions } from '../organisations/schema.ts';
import type { Actor } from './actor.ts';
import type { Me, Role } from './contracts.ts';
import { sessions, users } from './schema.ts';

export const SESSION_COOKIE = 'overstap_session';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Db,
  userId: string,
  now: Date,
  ttlHours: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlHours * 3_600_000);
  await db.insert(sessions).values({ id: hashToken(token), userId, createdAt: now, expiresAt });
  // Housekeeping: expired sessions of this user go when a new one starts.
  await db.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, now)));
  return { token, expiresAt };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, hashToken(token)));
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export interface SessionUser extends Actor {
  me: Me;
}

/** The user behind a session cookie, or null when it is unknown, expired or the user inactive. */
export async function findSessionUser(
  db: Db,
  token: string,
  now: Date,
): Promise<SessionUser | null> {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      locale: users.locale,
      active: users.active,
      regionId: users.regionId,
      regionName: regions.name,
      organisationId: users.organisationId,
      organisationName: organisations.name,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(regions, eq(regions.id, users.regionId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(sessions.id, hashToken(token)), gt(sessions.expiresAt, now)));
  if (!row || !row.active) return null;
  const role = row.role as Role;
  return {
    userId: row.id,
    role,
    regionId: row.regionId,
    organisationId: row.organisationId,
    me: {
      id: row.id,
      name: row.name,
      email: row.email,
      role,
      locale: row.locale === 'en' ? 'en' : 'nl',
      regionId: row.regionId,
      regionName: row.regionName,
      organisationId: row.organisationId,
      organisationName: row.organisationName ?? null,
    },
  };
}
