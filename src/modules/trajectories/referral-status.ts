import { z } from 'zod';

/** A referral to an offer moves through these statuses; stopped always carries a reason. */
export const referralStatuses = [
  'proposed',
  'accepted',
  'started',
  'completed',
  'stopped',
] as const;
export const referralStatusSchema = z.enum(referralStatuses);
export type ReferralStatus = z.infer<typeof referralStatusSchema>;

const moves: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  proposed: ['accepted', 'stopped'],
  accepted: ['started', 'stopped'],
  started: ['completed', 'stopped'],
  completed: [],
  stopped: [],
};

export const referralMoves = (from: ReferralStatus): readonly ReferralStatus[] => moves[from];

/** Whether a referral may go from one status to another (completed and stopped are final). */
export const mayMoveReferral = (from: ReferralStatus, to: ReferralStatus): boolean =>
  moves[from].includes(to);
