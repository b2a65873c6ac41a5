import { finding, firstEndingAfter, PersonalDataFinding, PersonalDataKind } from './findings';

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

export function findDatesOfBirth(text: string, now: Date): PersonalDataFinding[] {
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
