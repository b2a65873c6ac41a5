import { randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A pseudonymous handle ("WB-7K3Q9X") that says nothing about the person and can be read out on the phone. */
export function generatePublicCode(): string {
  return `WB-${Array.from({ length: 6 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')}`;
}
