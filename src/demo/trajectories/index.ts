import type { Db } from '../../db/database.ts';
import { closeFollowUp } from './aftercare.ts';
import { buildStory } from './build-story.ts';
import { cast } from './casting.ts';
import { lookups } from './lookups.ts';
import { participants } from './participants.ts';
import { scripts } from './scripts.ts';

/**
 * The trajectories of the 30 participants of the contract-catering pilot as it stood on
 * 1 April 2021 (shared/seeds/003…, l.463–482 and 915–933): 30 started (three in 2021); 5 left
 * (some stopped or never started for private reasons, some stayed with their own employer); of
 * the 25 who continued, 12 have a new job (one self-employed, one on a permanent contract), 2
 * combine work and training, 2 are in training, 9 are still in mediation (one with an application
 * for sheltered work); 13 of the 14 working are in another sector. The pilot followed nobody for
 * 12 months, so at its end every follow-up still open is recorded as unknown.
 *
 * Everything goes through the trajectory use cases, with the demo case managers (or the candidate
 * herself) as actors and historical times, so the event log tells the same story as the tables.
 *
 * Where to look: scripts*.ts hold the 30 stories (script-types.ts their shape); participants.ts
 * and casting.ts give each story a person; build-story.ts turns a story into actions, one file
 * per part of the chain (intake, funding, leaving, coaching, services, matching, mediation,
 * shadowing-selection, training, placement, aftercare); pilot-calendar.ts and chain-dates.ts
 * decide the days.
 */

/**
 * Seeds the pilot's 30 trajectories in the demo region. Uses the region's participants (persons
 * with a current job at the demo caterers or the hotel); makes stand-ins when there are fewer
 * than 30, so it works on its own. Returns the number of trajectories.
 */
export async function seedDemoTrajectories(db: Db, regionId: string, now: Date): Promise<number> {
  const l = await lookups(db, regionId);
  const anyCaseManager =
    l.caseManagers.get(l.orgIds.get('uwv') ?? '') ?? [...l.caseManagers.values()][0];
  if (!anyCaseManager) throw new Error('demo trajectories: the region has no case manager');
  const people = await participants(db, regionId, anyCaseManager, now, scripts.length);
  const casting = cast(scripts, people);
  for (const s of scripts) {
    const p = casting.get(s);
    if (!p) throw new Error(`demo trajectories: nobody for ${s.key}`);
    const story = buildStory(db, l, s, p);
    await story.run();
    if (s.ending.kind === 'job') {
      const cm = l.caseManagers.get(p.caseOrganisationId ?? '') ?? anyCaseManager;
      await closeFollowUp(db, cm, story.trajectoryId);
    }
  }
  return scripts.length;
}
