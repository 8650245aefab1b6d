import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../shared/errors.ts';
import { recordEvent } from '../../events/record-event.ts';
import { dummyPasswordHash, verifyPassword } from '../password.ts';
import { users } from '../schema.ts';
import { createSession } from '../sessions.ts';

export interface LoginPolicy {
  maxFailures: number;
  lockMinutes: number;
  sessionTtlHours: number;
}

const wrongCredentials = () =>
  new AppError('unauthenticated', 'E-mail address or password is incorrect');

/**
 * Check the password; after `maxFailures` wrong passwords in a row the account is locked for
 * `lockMinutes` (a correct password does not open it early), and the lock is an event.
 */
export async function login(
  db: Db,
  input: { email: string; password: string },
  now: Date,
  policy: LoginPolicy,
): Promise<{ token: string; expiresAt: Date; userId: string }> {
  const [user] = await db.select().from(users).where(eq(users.email, input.email));
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    throw wrongCredentials();
  }
  if (user.lockedUntil && user.lockedUntil > now) throw lockedError(user.lockedUntil);
  const ok = await verifyPassword(user.passwordHash, input.password);
  if (!ok) {
    const failures = user.failedLoginCount + 1;
    const lock = failures >= policy.maxFailures;
    const lockedUntil = lock ? new Date(now.getTime() + policy.lockMinutes * 60_000) : null;
    await db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({ failedLoginCount: lock ? 0 : failures, lockedUntil })
        .where(eq(users.id, user.id));
      if (lock) {
        await recordEvent(tx, {
          regionId: user.regionId,
          type: 'user.locked',
          actorUserId: null,
          subjectType: 'user',
          subjectId: user.id,
          data: { failures, lockedUntil: lockedUntil?.toISOString() },
        });
      }
    });
    if (lockedUntil) throw lockedError(lockedUntil);
    throw wrongCredentials();
  }
  if (!user.active) throw new AppError('forbidden', 'This account has been deactivated');
  return db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now })
      .where(eq(users.id, user.id));
    const session = await createSession(tx, user.id, now, policy.sessionTtlHours);
    return { ...session, userId: user.id };
  });
}

function lockedError(until: Date) {
  return new AppError(
    'locked',
    `Account locked after repeated failed logins; try again after ${until.toISOString()}`,
  );
}
