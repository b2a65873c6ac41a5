/**
 * Finds directly identifying data in free text (profile sketches, notes, vacancy descriptions) so it can be
 * refused before it is stored and shared between employers. Findings carry offsets only: the value itself
 * must not travel further than this function.
 *
 * The rules favour precision on ordinary Dutch and English job text ("36 uur per week", "06.00-14.00",
 * "€ 2.500", "ISO 9001", "beschikbaar vanaf 01-03-2027"): a guard that cries wolf teaches people to
 * rephrase around it.
 */

import { findDatesOfBirth } from './date-of-birth-detector';
import { findAges } from './age-detector';
import { finding, firstEndingAfter, PersonalDataFinding, PersonalDataKind } from './findings';
import { findHealthInformation } from './health-detector';
import { findIbans, ibanShapedSpans } from './iban-detector';
import { findPersonalNames } from './personal-name-detector';
import { findStreetAddresses } from './street-address-detector';
import { normaliseText, originalSpan } from './text-normalisation';

export * from './findings';
export { HealthReason } from './health-terms';

export interface PersonalDataOptions {
  /** Reference date for the age check on dates of birth; the current time unless a test pins it. */
  now?: Date;
}

/**
 * Findings ordered by start, never overlapping, with offsets in `text` as given. Detection runs on the
 * normalised text (see text-normalisation.ts), so "jan＠voorbeeld.nl" and "06\u201112345678" are found too.
 */
export function findPersonalData(text: string, options: PersonalDataOptions = {}): PersonalDataFinding[] {
  const normalised = normaliseText(text);
  const plain = normalised.text;
  const groups = digitGroups(plain);
  const ibanShaped = ibanShapedSpans(plain);
  const notInIban = (f: PersonalDataFinding) => !ibanShaped.some((s) => s.start <= f.start && f.end <= s.end);
  const found = withoutOverlaps([
    ...findEmailAddresses(plain),
    ...[...findPhoneNumbers(plain, groups), ...findBsns(plain, groups)].filter(notInIban),
    ...findIbans(plain),
    ...findAddresses(plain),
    ...findStreetAddresses(plain),
    ...findDatesOfBirth(plain, options.now ?? new Date()),
    ...findAges(plain),
    ...findHealthInformation(plain).map((h) => ({
      ...finding(PersonalDataKind.HEALTH_INFORMATION, h.start, h.end),
      healthReason: h.reason,
    })),
    ...findPersonalNames(plain),
  ]);
  return mergeTouching(found.map((f) => ({ ...f, ...originalSpan(normalised, f.start, f.end) })));
}

/** One original character can become several ("½" → "1⁄2"): findings on its parts must not overlap. */
function mergeTouching(findings: PersonalDataFinding[]): PersonalDataFinding[] {
  const merged: PersonalDataFinding[] = [];
  for (const f of findings) {
    const last = merged.at(-1);
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      if (f.severity === 'BLOCK' && last.severity !== 'BLOCK') {
        Object.assign(last, { kind: f.kind, severity: 'BLOCK' });
        if (f.healthReason) last.healthReason = f.healthReason;
      }
    } else merged.push({ ...f });
  }
  return merged;
}

/** On overlap the longest finding wins (an e-mail address with digits is not also a phone number). */
function withoutOverlaps(candidates: PersonalDataFinding[]): PersonalDataFinding[] {
  const priority = Object.values(PersonalDataKind);
  const ranked = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      priority.indexOf(a.kind) - priority.indexOf(b.kind) ||
      a.start - b.start,
  );
  const kept: PersonalDataFinding[] = []; // ordered by start, never overlapping
  for (const candidate of ranked) {
    const i = firstEndingAfter(kept, candidate.start);
    if (i < kept.length && kept[i].start < candidate.end) continue;
    kept.splice(i, 0, candidate);
  }
  return kept;
}

// ---------------------------------------------------------------------------------------------------------
// E-mail addresses, including "jan [at] voorbeeld [dot] nl", "jan(at)voorbeeld.nl", "jan at voorbeeld dot nl"
// and "jan @ voorbeeld . nl" (spaces on both sides of a dot only next to a real "@").

const EMAIL_AT = String.raw`(?: ?@ ?| *[\[({<] *(?:at|@|apenstaartje) *[\])}>] *| +(?:at|apenstaartje) +)`;
const EMAIL_DOT = String.raw`(?:\.| \. | *[\[({<] *(?:dot|punt|\.) *[\])}>] *| +(?:dot|punt) +)`;
const DOMAIN_LABEL = String.raw`[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?`;
const EMAIL = new RegExp(
  String.raw`(?<![\w.%+-])[\w%+-]+(?:(?:\.| \. )[\w%+-]+)*(${EMAIL_AT})((?:${DOMAIN_LABEL}${EMAIL_DOT})+[a-z]{2,24})(?![\w-])`,
  'gi',
);

function findEmailAddresses(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const emails = new RegExp(EMAIL);
  for (let match = emails.exec(text); match; match = emails.exec(text)) {
    const [whole, at = '', domain = ''] = match;
    // A bare word "at" is ordinary English; only with a spelled-out dot ("dot nl") is it an address. The
    // real address may start after it ("reach her at linda@voorbeeld.nl"), so look again one word on.
    const bareWordAt = !/[@[({<]/.test(at);
    if (bareWordAt && !/[[({<]|\b(?:dot|punt)\b/i.test(domain)) {
      emails.lastIndex = match.index + 1;
      continue;
    }
    findings.push(finding(PersonalDataKind.EMAIL_ADDRESS, match.index, match.index + whole.length));
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------------------
// Digit groups: phone numbers and BSNs are runs of digits joined by spaces, dashes, dots or parentheses.

interface DigitGroup {
  start: number;
  end: number;
  digits: string;
}

function digitGroups(text: string): DigitGroup[] {
  return [...text.matchAll(/\d+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    digits: m[0],
  }));
}

/** Not glued to a word or to another number ("1.06", "12-06", "A06"). */
function isNumberBoundary(text: string, index: number, direction: -1 | 1): boolean {
  const next = text[direction === -1 ? index - 1 : index] ?? '';
  const after = text[direction === -1 ? index - 2 : index + 1] ?? '';
  if (/[\p{L}\p{N}_]/u.test(next)) return false;
  return !(/[.,:/-]/.test(next) && /\d/.test(after));
}

const PHONE_GAP = /^[ \t]{0,2}(?:[-./]|\(|\)(?:[ \t]{0,2}[-./])?)?[ \t]{0,2}$/;

/** The separator a gap stands for (' ', '-', '.', '/'), or null when the gap ends the number. */
function phoneSeparator(gap: string): string | null {
  if (!PHONE_GAP.test(gap)) return null;
  return gap.replace(/[ \t()]/g, '') || ' ';
}

/**
 * Dutch numbers: 10 digits starting with 0, the first group being the whole number, the area code (3-4
 * digits incl. the 0) or "06"; 0800/090x numbers have 8 or 11 digits. After the area code all separators
 * are the same, which is what sets "06 12 34 56 78" apart from shift times like "06.00-14.00 14.00-22.00".
 */
function isDutchNumber(digits: string, firstGroupLength: number, separators: string[]): boolean {
  if (separators.slice(1).some((s) => s !== separators[1])) return false;
  if (/^0(?:800|90[069])/.test(digits) && (digits.length === 8 || digits.length === 11)) {
    return firstGroupLength === 4 || firstGroupLength === digits.length;
  }
  if (digits.length !== 10 || digits[1] === '0') return false;
  return [3, 4, 10].includes(firstGroupLength) || (firstGroupLength === 2 && digits[1] === '6');
}

/** Digits after "+" or "00". For +31 the national number (an optional trunk 0 dropped) has 9 digits. */
function isInternationalNumber(digits: string): boolean {
  if (digits.startsWith('31')) {
    const national = digits.slice(digits[2] === '0' ? 3 : 2);
    return national.length === 9 && national[0] !== '0';
  }
  return digits[0] !== '0' && digits.length >= 8 && digits.length <= 15;
}

function findPhoneNumbers(text: string, groups: DigitGroup[]): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (let i = 0; i < groups.length; i++) {
    const first = groups[i];
    const plus = text[first.start - 1] === '+';
    const international = plus || first.digits.startsWith('00');
    if (!international && !first.digits.startsWith('0')) continue;
    const start = plus || text[first.start - 1] === '(' ? first.start - 1 : first.start;
    if (!isNumberBoundary(text, start, -1)) continue;

    let digits = '';
    const separators: string[] = [];
    let last = -1;
    for (let j = i; j < groups.length && digits.length <= 17; j++) {
      if (j > i) {
        const separator = phoneSeparator(text.slice(groups[j - 1].end, groups[j].start));
        if (separator === null) break;
        separators.push(separator);
      }
      digits += groups[j].digits;
      const valid = international
        ? isInternationalNumber(plus ? digits : digits.slice(2))
        : isDutchNumber(digits, first.digits.length, separators);
      if (valid) last = j;
    }
    if (last === -1) continue;
    findings.push(finding(PersonalDataKind.PHONE_NUMBER, start, groups[last].end));
    i = last;
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------------------
// BSN: 9 digits, optionally grouped with one kind of separator (123.456.782, 1234 56 782), passing the
// elfproef. Eight-digit numbers with an implied leading zero are left alone on purpose: they collide with
// KvK numbers and order numbers, and one in eleven of those would pass the check by chance.

export function passesElfproef(nineDigits: string): boolean {
  if (!/^\d{9}$/.test(nineDigits) || /^0+$/.test(nineDigits)) return false;
  let sum = -Number(nineDigits[8]);
  for (let k = 0; k < 8; k++) sum += (9 - k) * Number(nineDigits[k]);
  return sum % 11 === 0;
}

function findBsns(text: string, groups: DigitGroup[]): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const gapAt = (i: number) =>
    i > 0 && i < groups.length ? text.slice(groups[i - 1].end, groups[i].start) : '';
  for (let i = 0; i < groups.length; i++) {
    let digits = groups[i].digits;
    let j = i;
    while (
      digits.length < 9 &&
      j + 1 < groups.length &&
      /^[ .-]$/.test(gapAt(j + 1)) &&
      gapAt(j + 1) === gapAt(i + 1)
    ) {
      j++;
      digits += groups[j].digits;
    }
    if (digits.length !== 9 || !passesElfproef(digits)) continue;
    const [start, end] = [groups[i].start, groups[j].end];
    // A window inside a longer run with the same separator ("1.234.567.890") is part of another number.
    const separator = j > i ? gapAt(i + 1) : undefined;
    if (separator !== undefined && (gapAt(i) === separator || gapAt(j + 1) === separator)) continue;
    if (!isNumberBoundary(text, start, -1) || !isNumberBoundary(text, end, 1)) continue;
    if (/(?:€|\$|£|EUR|USD)\s?$/i.test(text.slice(Math.max(0, start - 4), start))) continue;
    findings.push(finding(PersonalDataKind.BSN, start, end));
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------------------
// Addresses. A full postcode (PC6) on its own is not flagged: it is shared by a street segment, and a bare
// PC4 ("regio 5211") is data the platform keeps on purpose. A PC6 with a house number next to it ("5211 AB
// 12", "5211AB, huisnummer 12a") or after a street and number ("Kerkstraat 12, 5211 AB") pins down one
// address. Street and number without a postcode are not detected: "Windows 10" and "schaal 8" look alike.

const POSTCODE = /(?<![\p{L}\p{N}])([1-9]\d{3})(?: ?([A-Z]{2})|([a-z]{2})| ([a-z]{2}))(?![\p{L}])/gu;
/** Lower-case letters after a space are a postcode only when they are not a word or unit ("2015 en 12"). */
const NOT_POSTCODE_LETTERS = new Set(
  'en of op in te de om na is ik je we ze al nu ja zo er me an at by it on or to up km kg cm mm ml hr'.split(
    ' ',
  ),
);
const HOUSE_NUMBER = String.raw`\d{1,4}(?: ?[a-zA-Z](?![\p{L}])|-\d{1,4}| bis\b)?(?!\d|[.,:]\d)`;
const NUMBER_AFTER_POSTCODE = new RegExp(
  String.raw`^(?: ?,? ?| *,? *(?:huisnummer|huisnr\.?|nr\.?|no\.?) *:? *)${HOUSE_NUMBER}`,
  'iu',
);
const STREET_BEFORE_POSTCODE = new RegExp(
  String.raw`([\p{L}][\p{L}'.-]*) +${HOUSE_NUMBER} *(?:,|\r?\n)? *$`,
  'u',
);
const NOT_A_STREET = /^(?:postbus|antwoordnummer|box)$/i;
const STANDARD_BEFORE = /\b(?:ISO|NEN|EN|IEC|DIN|BS|NPR|NTA)[ -]?$/;

function findAddresses(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const match of text.matchAll(POSTCODE)) {
    if (match[4] !== undefined && NOT_POSTCODE_LETTERS.has(match[4])) continue;
    const letters = (match[2] ?? match[3] ?? match[4] ?? '').toUpperCase();
    if (['SA', 'SD', 'SS'].includes(letters)) continue;
    if (STANDARD_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    let start = match.index;
    let end = match.index + match[0].length;
    const street = STREET_BEFORE_POSTCODE.exec(text.slice(Math.max(0, start - 80), start));
    const number = NUMBER_AFTER_POSTCODE.exec(text.slice(end, end + 30));
    const hasStreet = street !== null && !NOT_A_STREET.test(street[1] ?? '');
    if (!hasStreet && !number) continue;
    if (hasStreet) start -= street[0].length;
    if (number) end += number[0].length;
    findings.push(finding(PersonalDataKind.POSTCODE_WITH_HOUSE_NUMBER, start, end));
  }
  return findings;
}
