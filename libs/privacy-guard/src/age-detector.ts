import { finding, PersonalDataFinding, PersonalDataKind } from './findings';

/**
 * Ages of a person ("56 jaar oud", "ik ben 56", "leeftijd: 56", "een 56-jarige", "aged 56", "in her fifties").
 * Age is a ground employers may not select on, and with a PC4 and an occupation it narrows a profile down.
 * Job text is full of numbers next to "jaar" ("5 jaar ervaring", "al 30 jaar in de bouw", "bedrijf van 40
 * jaar oud", "18+", "minimumleeftijd 18"), so a number only counts as an age in a person's context: a
 * pronoun and "is/ben" with nothing after the number but the end of the clause, "oud/jong", a label, an
 * appositive after a person, or "-jarige" before a person. Only 15 to 99: younger people are not job seekers.
 */

const AGE = String.raw`(1[5-9]|[2-9]\d)(?!\d|[.,]\d)`;
const YEARS = String.raw`(?:jaar|jr\.?|years?|yrs?\.?)`;
const DECADES_NL = 'twintig|dertig|veertig|vijftig|zestig';
const DECADES_EN = 'twenties|thirties|forties|fifties|sixties';
const SUBJECT = String.raw`(?:ik\s+ben|ben\s+ik|hij\s+is|zij\s+is|ze\s+is|is\s+hij|is\s+zij|is\s+ze|(?:hij|zij|ze)\s+wordt|i\s+am|i['’]m|(?:he|she)\s+is|(?:he|she)['’]s|(?:de\s+|the\s+)?(?:kandidaat|candidate|cliënt|client|mevrouw|meneer)\s+is)`;
const SOON = String.raw`(?:(?:nu|inmiddels|al|bijna|ruim|net|pas|now|almost|nearly|just|already)\s+)?`;
const CLAUSE_END = String.raw`(?=\s*(?:$|[,.;:!?)])|\s+(?:en|and|oud|jong|old|young|geworden|maar|but|of\s+age)\b)`;
const TURNED_END = String.raw`(?=\s*(?:$|[,.;:!?)])|\s+(?:en|and|last|next|this|vorige|volgende|deze|in|op|on)\b)`;
const PERSON =
  'man|vrouw|jongen|meisje|dame|heer|kandidaat|moeder|vader|woman|male|female|candidate|mother|father|gentleman|lady|hij|zij|he|she';
/** After "-jarige": things that have an age too, but are not people. */
const NOT_A_PERSON =
  /^\s*(?:jubileum|contract|opleiding|ervaring|bestaan|dienstverband|samenwerking|traject|project|garantie|programma|studie|cursus|periode|bedrijf|organisatie|hypotheek|lening|plan|anniversary|program|programme|company|business|mortgage|loan|history|warranty|course|degree|contract)\b/iu;
/** Before "N jaar oud": the subject is a thing, not a person. */
const THING_SUBJECT =
  /\b(?:bedrijf|organisatie|onderneming|firma|zaak|winkel|pand|gebouw|machine|fabriek|merk|company|business|firm|building|shop|store|organisation|organization|brand|factory|plant|site|vestiging|locatie|kantoor|office)\b[^.!?]*$/iu;

const PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b${AGE}\s?${YEARS}\s+(?:oud|jong|old|young|of\s+age)\b`, 'giu'),
  new RegExp(String.raw`\b${AGE}\s?-?\s?(?:jarige?|years?-old)\b`, 'giu'),
  new RegExp(String.raw`\b${SUBJECT}\s+${SOON}${AGE}(?:\s?${YEARS})?${CLAUSE_END}`, 'giu'),
  new RegExp(
    String.raw`\b(?:leeftijd|lft\.?|age|aged)\s*(?:is\s+|:\s*|van\s+|of\s+)?${AGE}(?!\s*\+|\s*-\s*\d|\s*${YEARS}?\s*(?:tot|to|t\/m|en|and|of|or)\s+(?:\d|ouder|over|above|older))`,
    'giu',
  ),
  new RegExp(
    String.raw`\b(?:${PERSON})\s+(?:van|of)\s+${AGE}(?:\s?${YEARS})?(?!\s*(?:%|uur|hours|kilo|kg|euro|procent))`,
    'giu',
  ),
  // "Dhr. Yilmaz, 47 jaar, woont …": an age between commas after a name.
  new RegExp(
    String.raw`(?<=\p{Lu}\p{Ll}+\s*,\s*)${AGE}(?:\s?(?:jaar|jr\.?|years?|yrs?\.?))?(?=\s*[,)])`,
    'gu',
  ),
  new RegExp(String.raw`\b(?:${PERSON})\s*,\s*${AGE}(?:\s?${YEARS})?(?=\s*[,)]|\s*$)`, 'giu'),
  new RegExp(String.raw`\b(?:een|als|is|ben)\s+(?:${DECADES_NL})ers?\b`, 'giu'),
  new RegExp(
    String.raw`\b(?:is|ben|zijn)\s+(?:begin|midden|half|eind)\s+(?:de\s+)?(?:${DECADES_NL})\b`,
    'giu',
  ),
  new RegExp(
    String.raw`\bin\s+(?:his|her|their|my)\s+(?:(?:early|mid|late)[\s-]+)?(?:${DECADES_EN})\b`,
    'giu',
  ),
  new RegExp(String.raw`\bop\s+(?:zijn|haar|mijn)\s+${AGE}(?:e|ste|de)\b`, 'giu'),
  // "Hij werd vorige maand 50", "she turned 47 last month".
  new RegExp(
    String.raw`\b(?:ik|hij|zij|ze|i|he|she)\s+(?:word|wordt|werd|turned|turns|will\s+turn)\s+(?:(?:vorige|volgende|deze|last|next|this)\s+(?:maand|week|jaar|month|year)\s+)?${AGE}(?:\s?${YEARS})?${TURNED_END}`,
    'giu',
  ),
];

export function findAges(text: string): PersonalDataFinding[] {
  const spans: [number, number][] = [];
  for (const [index, pattern] of PATTERNS.entries()) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (index === 0 && THING_SUBJECT.test(text.slice(Math.max(0, start - 60), start))) continue;
      if (index === 1 && NOT_A_PERSON.test(text.slice(end, end + 30))) continue;
      spans.push([start, end]);
    }
  }
  // Several patterns see the same age ("hij is 56 jaar oud"): one finding covering them all.
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of spans) {
    const last = merged.at(-1);
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged.map(([start, end]) => finding(PersonalDataKind.AGE, start, end));
}
