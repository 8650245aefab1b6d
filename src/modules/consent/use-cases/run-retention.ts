import { and, eq, gte, inArray, isNotNull, isNull, lt, ne, notInArray, or } from 'drizzle-orm';
import type { Db } from '../../../db/database.ts';
import { users } from '../../auth/schema.ts';
import { persons } from '../../people/schema.ts';
import { scrubTrajectories } from '../../trajectories/personal-data.ts';
import { trajectories } from '../../trajectories/schema.ts';
import type { RetentionResult } from '../contracts.ts';
import { erasePersonData } from '../erasure.ts';

export const DEFAULT_RETENTION_MONTHS = 24;

/** `now` minus whole months (UTC). */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

/**
 * The retention rule: the personal data of a trajectory closed longer than `months` ago is
 * removed (its free texts and intake obstacles). A person whose every trajectory is past that
 * point, whose passport was not touched since and who did not sign in since, is erased whole.
 * Candidates who still use their own account keep their passport. Idempotent; `dryRun` counts.
 */
export async function runRetention(
  db: Db,
  opts: { months: number; dryRun: boolean; now: Date },
): Promise<RetentionResult> {
  const cutoff = monthsBefore(opts.now, opts.months);
  return db.transaction(async (tx) => {
    const expired = await tx
      .select({ id: trajectories.id })
      .from(trajectories)
      .where(
        and(
          eq(trajectories.status, 'closed'),
          lt(trajectories.closedAt, cutoff),
          isNull(trajectories.personalDataRemovedAt),
        ),
      );
    const openOrRecent = tx
      .select({ personId: trajectories.personId })
      .from(trajectories)
      .where(or(ne(trajectories.status, 'closed'), gte(trajectories.closedAt, cutoff)));
    const erasable = await tx
      .select({ person: persons })
      .from(persons)
      .leftJoin(users, eq(users.id, persons.userId))
      .where(
        and(
          isNull(persons.erasedAt),
          lt(persons.updatedAt, cutoff),
          inArray(
            persons.id,
            tx
              .select({ personId: trajectories.personId })
              .from(trajectories)
              .where(isNotNull(trajectories.closedAt)),
          ),
          notInArray(persons.id, openOrRecent),
          or(isNull(users.id), isNull(users.lastLoginAt), lt(users.lastLoginAt, cutoff)),
        ),
      );
    if (!opts.dryRun) {
      await scrubTrajectories(
        tx,
        expired.map((t) => t.id),
        opts.now,
      );
      for (const { person } of erasable) {
        await erasePersonData(tx, null, person, 'retention', opts.now);
      }
    }
    return {
      months: opts.months,
      cutoff: cutoff.toISOString(),
      dryRun: opts.dryRun,
      trajectoriesScrubbed: expired.length,
      personsErased: erasable.length,
    };
  });
}
