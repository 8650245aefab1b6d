import type { Db } from '../../db/database.ts';
import type { Actor } from '../../modules/auth/actor.ts';
import type { Lookups } from './lookups.ts';
import type { Participant } from './participants.ts';
import type { Script } from './script-types.ts';
import type { Story } from './story.ts';

/** What every part of one story works with: the script, its participant and who records it. */
export interface StoryContext {
  db: Db;
  l: Lookups;
  story: Story;
  /** The participant's case manager, who records nearly everything. */
  cm: Actor;
  s: Script;
  p: Participant;
  /** The candidate herself, when the story has her sign up with her own account. */
  self: Actor | null;
  /** The trajectory's id (known once the first action has run). */
  t: () => string;
}
