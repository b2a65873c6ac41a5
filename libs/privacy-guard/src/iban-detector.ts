import { finding, PersonalDataFinding, PersonalDataKind } from './findings';

/**
 * IBANs of any country: two letters, two check digits and up to 30 letters and digits, written in one piece
 * or in groups ("NL91 ABNA 0417 1643 00", lower or upper case), accepted only when the ISO 7064 mod-97 check
 * passes and, for the countries listed, the length is right. The check makes a random match about 1 in 97,
 * and the minimum length keeps product codes and standards ("EN 1090") out.
 */

// prettier-ignore
const LENGTHS: Record<string, number> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18, FR: 27,
  GB: 22, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LT: 20, LU: 20, LV: 21, MA: 28, MT: 31, NL: 18,
  NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, SR: 0, TR: 26, UA: 29,
};
const MIN_LENGTH = 15;
const MAX_LENGTH = 34;

/** A country code and check digits, then letters and digits in runs joined by one space or dash. */
const CANDIDATE = /(?<![\p{L}\p{N}])[a-z]{2}\d{2}[a-z0-9]*(?:[ -][a-z0-9]+)*/giu;
/** 34 characters with a separator every four. */
const MAX_WRITTEN = 42;

export function passesIbanChecksum(iban: string): boolean {
  const compact = iban.replace(/[ -]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

function hasValidLength(compact: string): boolean {
  const expected = LENGTHS[compact.slice(0, 2)];
  if (expected) return compact.length === expected;
  return compact.length >= MIN_LENGTH && compact.length <= MAX_LENGTH;
}

/** The longest prefix ending at a run boundary that is a valid IBAN ("… 1643 00 bij" stops before "bij"). */
function longestIban(text: string, start: number, candidate: string): PersonalDataFinding | null {
  const ends = [...candidate.matchAll(/[a-z0-9](?=[ -]|$)/gi)].map((m) => m.index + 1).reverse();
  for (const end of ends) {
    const compact = candidate.slice(0, end).replace(/[ -]/g, '').toUpperCase();
    if (compact.length < MIN_LENGTH) break;
    if (!/\d/.test(compact.slice(4))) continue;
    if (
      hasValidLength(compact) &&
      passesIbanChecksum(compact) &&
      !/[\p{L}\p{N}]/u.test(text[start + end] ?? '')
    ) {
      return finding(PersonalDataKind.IBAN, start, start + end);
    }
  }
  return null;
}

export function findIbans(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const candidates = new RegExp(CANDIDATE);
  for (let match = candidates.exec(text); match; match = candidates.exec(text)) {
    const found = longestIban(text, match.index, match[0].slice(0, MAX_WRITTEN));
    if (found) {
      findings.push(found);
      candidates.lastIndex = found.end;
    } else {
      // "code AB12 NL91 ABNA …": the real IBAN may start inside a candidate that failed.
      candidates.lastIndex = match.index + 1;
    }
  }
  return findings;
}

/** Anything shaped like an IBAN, valid or not: the digits in it are not a phone number or a BSN. */
const IBAN_SHAPED =
  /(?<![\p{L}\p{N}])[a-z]{2}\d{2}(?:[ -]?[a-z0-9]{4}){2,7}(?:[ -]?[a-z0-9]{1,3})?(?![\p{L}\p{N}])/giu;

export function ibanShapedSpans(text: string): { start: number; end: number }[] {
  return [...text.matchAll(IBAN_SHAPED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
