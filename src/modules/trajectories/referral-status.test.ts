import { describe, expect, it } from 'vitest';
import { mayMoveReferral, referralStatuses } from './referral-status.ts';

describe('referral statuses', () => {
  it('go forward one status at a time, may stop until done, and end at completed or stopped', () => {
    const legal = new Set([
      'proposed→accepted',
      'proposed→stopped',
      'accepted→started',
      'accepted→stopped',
      'started→completed',
      'started→stopped',
    ]);
    for (const from of referralStatuses) {
      for (const to of referralStatuses) {
        expect({ move: `${from}→${to}`, ok: mayMoveReferral(from, to) }).toEqual({
          move: `${from}→${to}`,
          ok: legal.has(`${from}→${to}`),
        });
      }
    }
  });
});
