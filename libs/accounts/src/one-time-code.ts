import { createHash, randomInt } from 'node:crypto';

/**
 * One-time codes a person reads out or types in: invitation and activation codes. Shown once, stored only as
 * a hash; unambiguous letters and digits (no 0/O, 1/I/L), so a code read out over the phone survives.
 */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/** "ABCD-EFGH-JKLM": 31^12 ≈ 7.9·10^17 possibilities. */
export function generateOneTimeCode(): string {
  const groups = Array.from({ length: GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}

/** Case and separators do not matter: "abcd efgh-jklm" is the same code. */
export function normaliseOneTimeCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** What is stored of a code: the sha256 of its normalised form, hex. */
export function oneTimeCodeHash(code: string): string {
  return createHash('sha256').update(normaliseOneTimeCode(code)).digest('hex');
}
