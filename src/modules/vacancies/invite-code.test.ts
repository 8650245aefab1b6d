import { describe, expect, it } from 'vitest';
import { hashInviteCode, newInviteCode, normaliseInviteCode } from './invite-code.ts';

describe('invitation codes', () => {
  it('are three groups of four unambiguous characters, and differ', () => {
    const codes = new Set(Array.from({ length: 200 }, newInviteCode));
    expect(codes.size).toBe(200);
    for (const code of codes)
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}$/);
  });

  it('hash the same however the employee types them back', () => {
    const code = '7KQ4-M2XD-9RT0';
    expect(hashInviteCode(code)).toBe(hashInviteCode('7kq4 m2xd 9rto'));
    expect(normaliseInviteCode('ab-il')).toBe('AB11');
    expect(hashInviteCode(code)).not.toContain('7KQ4');
    expect(hashInviteCode(code)).toHaveLength(64);
  });
});
