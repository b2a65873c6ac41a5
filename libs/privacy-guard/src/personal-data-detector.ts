/**
 * Finds directly identifying data in free text (profile sketches, notes, vacancy descriptions) so it can be
 * refused before it is stored and shared between employers. Findings carry offsets only: the value itself
 * must not travel further than this function.
 *
 * The rules favour precision on ordinary Dutch and English job text ("36 uur per week", "06.00-14.00",
 * "€ 2.500", "ISO 9001", "beschikbaar vanaf 01-03-2027"): a guard that cries wolf teaches people to
 * rephrase around it.
 */

export enum PersonalDataKind {
  EMAIL_ADDRESS = 'EMAIL_ADDRESS',
  PHONE_NUMBER = 'PHONE_NUMBER',
  BSN = 'BSN',
  POSTCODE_WITH_HOUSE_NUMBER = 'POSTCODE_WITH_HOUSE_NUMBER',
  DATE_OF_BIRTH = 'DATE_OF_BIRTH',
}

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

export interface PersonalDataOptions {
  /** Reference date for the age check on dates of birth; the current time unless a test pins it. */
  now?: Date;
}

export const PERSONAL_DATA_LABELS: Record<PersonalDataKind, { nl: string; en: string }> = {
  [PersonalDataKind.EMAIL_ADDRESS]: { nl: 'een e-mailadres', en: 'an e-mail address' },
  [PersonalDataKind.PHONE_NUMBER]: { nl: 'een telefoonnummer', en: 'a phone number' },
  [PersonalDataKind.BSN]: { nl: 'een burgerservicenummer (BSN)', en: 'a citizen service number (BSN)' },
  [PersonalDataKind.POSTCODE_WITH_HOUSE_NUMBER]: {
    nl: 'een adres (postcode met huisnummer)',
    en: 'an address (postcode with house number)',
  },
  [PersonalDataKind.DATE_OF_BIRTH]: {
    nl: 'een geboortedatum of geboortejaar',
    en: 'a date or year of birth',
  },
};

/** Findings ordered by start, never overlapping. */
export function findPersonalData(text: string, options: PersonalDataOptions = {}): PersonalDataFinding[] {
  const groups = digitGroups(text);
  return withoutOverlaps([
    ...findEmailAddresses(text),
    ...findPhoneNumbers(text, groups),
    ...findBsns(text, groups),
    ...findAddresses(text),
    ...findDatesOfBirth(text, options.now ?? new Date()),
  ]);
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

/** Index of the first span ending after `position`, in spans ordered by start that do not overlap. */
function firstEndingAfter(spans: { end: number }[], position: number): number {
  let [low, high] = [0, spans.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (spans[mid].end <= position) low = mid + 1;
    else high = mid;
  }
  return low;
}

// ---------------------------------------------------------------------------------------------------------
// E-mail addresses, including "jan [at] voorbeeld [dot] nl", "jan(at)voorbeeld.nl" and "jan at voorbeeld dot nl".

const EMAIL_AT = String.raw`(?: ?@ ?| *[\[({<] *(?:at|@|apenstaartje) *[\])}>] *| +(?:at|apenstaartje) +)`;
const EMAIL_DOT = String.raw`(?:\.| *[\[({<] *(?:dot|punt|\.) *[\])}>] *| +(?:dot|punt) +)`;
const DOMAIN_LABEL = String.raw`[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?`;
const EMAIL = new RegExp(
  String.raw`(?<![\w.%+-])[\w%+-]+(?:\.[\w%+-]+)*(${EMAIL_AT})((?:${DOMAIN_LABEL}${EMAIL_DOT})+[a-z]{2,24})(?![\w-])`,
  'gi',
);

function findEmailAddresses(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const match of text.matchAll(EMAIL)) {
    const [whole, at = '', domain = ''] = match;
    // A bare word "at" is ordinary English; only with a spelled-out dot ("dot nl") is it an address.
    const bareWordAt = !/[@[({<]/.test(at);
    if (bareWordAt && !/[ [({<]/.test(domain)) continue;
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

const POSTCODE = /(?<![\p{L}\p{N}])([1-9]\d{3})(?: ?([A-Z]{2})|([a-z]{2}))(?![\p{L}])/gu;
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
    const letters = (match[2] ?? match[3] ?? '').toUpperCase();
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

// ---------------------------------------------------------------------------------------------------------
// Dates of birth. A date is only a date of birth when a birth keyword is near it ("beschikbaar vanaf
// 01-03-2027" is not) and the person would be 14 to 100 years old. "Near" means at most 30 characters in the
// same clause (no punctuation, "en", "sinds", "vanaf", … in between); after the date a verb ("… 1985
// geboren") must follow directly. A year or month and year of birth ("geboren in 1985") is flagged too: on
// its own it is not a direct identifier, but with a PC4 and an occupation it narrows a profile down to a
// handful of people, age is a ground employers may not select on, and next to a birth keyword it is never
// anything else.

// prettier-ignore
const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, mrt: 3, maart: 3, mar: 3, march: 3,
  apr: 4, april: 4, mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, aug: 8, augustus: 8,
  august: 8, sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const MONTH = `(${Object.keys(MONTHS).join('|')})\\.?`;

type DateMatch = { start: number; end: number; year: number; month?: number; day?: number };

const DATE_PATTERNS: { regex: RegExp; parts: (m: RegExpExecArray) => [string, string?, string?] }[] = [
  {
    regex: /(?<![\d./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[-/.]\d)/g,
    parts: (m) => [m[4], m[3], m[1]],
  },
  {
    regex: /(?<![\d./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d|[-/.]\d)/g,
    parts: (m) => [m[1], m[3], m[4]],
  },
  {
    regex: new RegExp(
      String.raw`(?<!\d)(\d{1,2})(?:e|ste|de|st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+(\d{4})(?!\d)`,
      'gi',
    ),
    parts: (m) => [m[3], m[2], m[1]],
  },
  {
    regex: new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`, 'gi'),
    parts: (m) => [m[3], m[1], m[2]],
  },
  { regex: new RegExp(String.raw`\b${MONTH}\s+(\d{4})(?!\d)`, 'gi'), parts: (m) => [m[2], m[1]] },
  { regex: /(?<![\d.,/-])((?:19|20)\d{2})(?!\d|[.,/-]\d)/g, parts: (m) => [m[1]] },
];

const BIRTH_KEYWORD =
  /\b(?:(geboortedatum|geboortejaar|date[\s-]+of[\s-]+birth|birth[\s-]?date|d\.o\.b\.?|dob)|(geboren|born|geb\.?))(?![\p{L}])/giu;
const NO_CLAUSE_BREAK =
  /^(?![\s\S]*(?:[,;!?]|\.\s|\b(?:sinds|vanaf|per|tot|t\/m|en|of|and|or|since|from|until|till|start\w*|einddatum)\b))[\s\S]{0,30}$/i;

function findDatesOfBirth(text: string, now: Date): PersonalDataFinding[] {
  const keywords = [...text.matchAll(BIRTH_KEYWORD)].map((k) => ({
    start: k.index,
    end: k.index + k[0].length,
    noun: k[1] !== undefined,
  }));
  if (keywords.length === 0) return [];
  const findings: PersonalDataFinding[] = [];
  for (const date of allDates(text, now)) {
    const full = date.day !== undefined;
    let near = false;
    for (let i = firstEndingAfter(keywords, date.start - 31); i < keywords.length && !near; i++) {
      const k = keywords[i];
      if (k.start > date.end + 30) break;
      if (k.end <= date.start) near = NO_CLAUSE_BREAK.test(text.slice(k.end, date.start));
      else if (k.start >= date.end) {
        const gap = text.slice(date.end, k.start);
        near = k.noun && full ? NO_CLAUSE_BREAK.test(gap) : /^\s{1,3}$/.test(gap);
      }
    }
    if (near && isPlausibleBirthDate(date, now)) {
      findings.push(finding(PersonalDataKind.DATE_OF_BIRTH, date.start, date.end));
    }
  }
  return findings;
}

function allDates(text: string, now: Date): DateMatch[] {
  const dates: DateMatch[] = [];
  for (const { regex, parts } of DATE_PATTERNS) {
    for (const m of text.matchAll(regex)) {
      const [year, month, day] = parts(m);
      const date = toDate({ year, month, day }, m.index, m.index + m[0].length, now);
      if (date) dates.push(date);
    }
  }
  return dates;
}

function toDate(
  { year, month, day }: { year: string; month?: string; day?: string },
  start: number,
  end: number,
  now: Date,
): DateMatch | null {
  // Two-digit years ("geb. 12-03-85") are read as the most recent past year with those digits.
  const yy = Number(year);
  const y = year.length === 2 ? (2000 + yy > now.getUTCFullYear() ? 1900 + yy : 2000 + yy) : yy;
  const m = month === undefined ? undefined : (MONTHS[month.toLowerCase()] ?? Number(month));
  const d = day === undefined ? undefined : Number(day);
  if (m !== undefined && (m < 1 || m > 12)) return null;
  const daysInMonth = m === undefined ? 31 : new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d !== undefined && (d < 1 || d > daysInMonth)) return null;
  return { start, end, year: y, month: m, day: d };
}

function isPlausibleBirthDate(date: DateMatch, now: Date): boolean {
  const month = now.getUTCMonth() + 1;
  const beforeBirthday =
    date.month !== undefined &&
    (month < date.month || (month === date.month && now.getUTCDate() < (date.day ?? 1)));
  const age = now.getUTCFullYear() - date.year - (beforeBirthday ? 1 : 0);
  return age >= 14 && age <= 100;
}

function finding(kind: PersonalDataKind, start: number, end: number): PersonalDataFinding {
  return { kind, start, end };
}
