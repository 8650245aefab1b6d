import { createHash, randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed over is hard to get wrong. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A new invitation code like "7KQ4-M2XD-9RTA" (60 random bits). It is shown to the employer
 * once; only its hash is stored, so a database leak does not leak usable invitations.
 */
export function newInviteCode(): string {
  const bytes = randomBytes(12);
  let code = '';
  for (const byte of bytes) code += ALPHABET[byte & 31];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}`;
}

/** The one way a code is written before hashing: upper case, no separators, O→0, I/L→1. */
export function normaliseInviteCode(code: string): string {
  return code
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export function hashInviteCode(code: string): string {
  return createHash('sha256').update(normaliseInviteCode(code)).digest('hex');
}
