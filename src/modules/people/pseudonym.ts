import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be mistaken for each other on paper or the phone (no 0/O, 1/I). */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A pseudonym like "K-7Q4M" (K for kandidaat): short enough to say on the phone, random so it
 * reveals nothing. `length` grows when the short space gets crowded (see create-person).
 */
export function newPseudonym(length = 4, random: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < length; i++) code += ALPHABET[random(ALPHABET.length)];
  return `K-${code}`;
}

export const pseudonymPattern = /^K-[A-HJ-NP-Z2-9]{4,}$/;
