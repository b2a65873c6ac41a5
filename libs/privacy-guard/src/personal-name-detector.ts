import { finding, PersonalDataFinding, PersonalDataKind } from './findings';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, LAST_NAMES, nameKey } from './first-names';

/**
 * Likely names of people, as a warning the user confirms (severity CONFIRM): a list of first names cannot
 * tell "Sanne werkt hier" from "Rose is onze huisstijlkleur". A capitalised known first name counts when it is
 * followed by a surname (a capitalised word, or a tussenvoegsel and one: "Sanne de Vries"), preceded by a cue
 * ("mevrouw", "collega", "heet", "named"), or, for names that are no ordinary word, anywhere. A courtesy
 * title followed by a capitalised word is a name whatever the word ("dhr. Bakker", "Mrs Oduya"). Names that
 * are part of an organisation ("Albert Heijn", "Jeroen Bosch Ziekenhuis", "Sint Anna") are left alone.
 */

const TOKEN = /(?<![\p{L}\p{N}'’])\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}]+)*(?![\p{L}\p{N}])/gu;
const TUSSENVOEGSELS = new Set(
  'van von de der den het ter ten te op in t la le du da di dos del el al ben bin ibn abu'.split(' '),
);
const TUSSENVOEGSEL = String.raw`(?:(?:[vV]an|[vV]on|[dD]e[nr]?|[tT]e[rn]?|[oO]p|[iI]n|['’]t|[lL][ae]|[dD][aiu]|[eE]l|[aA]l|[bB]en|[bB]in|[iI]bn|[aA]bu)[\s-]+)+`;
const SURNAME_AFTER = new RegExp(
  String.raw`^\s+(${TUSSENVOEGSEL})?(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}]+)*)`,
  'u',
);
const COURTESY_TITLE = new RegExp(
  String.raw`(?<![\p{L}])(?:[mM]evrouw|[mM]eneer|[mM]evr\.|[mM]w\.|[dD]hr\.|de heer|Mr\.?|Mrs\.?|Ms\.?|Miss)\s+(?:${TUSSENVOEGSEL})?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}]+)*`,
  'gu',
);
/** Cues that make even an ambiguous first name a name ("collega Mark", "she is called Mei"). */
const STRONG_CUE =
  /(?:\b(?:mevrouw|meneer|mevr\.?|mw\.?|dhr\.?|heer|mr\.?|mrs\.?|ms\.?|miss|collega|colleague|naam|name|heet|heten|genaamd|named|called|roepnaam|ik\s+ben|i\s+am|i['’]m|hoi|hallo|hi|hey|dear|beste|geachte|vraag\s+naar|ask\s+for)(?:\s+is)?[\s:,]*)$/iu;
const ORGANISATION_BEFORE =
  /\b(?:sint|st\.?|koning|koningin|prins|prinses|hertog|graaf|keizer|pater|pastoor|heilige|stichting|hotel|restaurant|café|cafe|museum|school|basisschool|college|ziekenhuis)\s+$/iu;
const ORGANISATION_AFTER = new RegExp(
  String.raw`^(?:[\s-]+(?:${TUSSENVOEGSEL})?\p{Lu}[\p{L}'’]*){0,3}[\s-]+(?:Ziekenhuis|Ziekenhuizen|Kinderziekenhuis|Gasthuis|Hospital|Hospitaal|College|Lyceum|Gymnasium|School|Scholengemeenschap|Academie|Academy|Universiteit|University|Instituut|Institute|Centrum|Center|Centre|MC|UMC|Kliniek|Clinic|Zorggroep|Zorg|Stichting|Huis|Hof|Museum|Theater|Theatre|Stadion|Arena|ArenA|Hotel|Fonds|Foundation|Kazerne|Kerk|Church|Airport|Groep|Group|BV|B\.V\.|NV|Holding|Logistics|Transport|Bouw|Installatie|Techniek|Services|Supermarkt|Supermarkten|Prijs|Award|Fonds|Festival|Park)(?![\p{L}])`,
  'u',
);
/** Companies and brands named after a person: a name in form, not a person in the text. */
const BRANDS =
  /^(?:Albert Heijn|Jan Linders|Douwe Egberts|Grant Thornton|Van der Valk|Hugo Boss|Calvin Klein|Tommy Hilfiger|Ralph Lauren|Marc Jacobs|Jack Wolfskin|Henri Willig|Ben & Jerry|Max Verstappen|Anne Frank|Johan Cruijff|Vincent van Gogh|Jeroen Bosch)/u;
/** Part of a street named after a person: "Willem II-straat", "Anne Frankplein". */
const STREET_AFTER =
  /^(?:[\s-]+(?:\p{Lu}[\p{L}'’.]*|[IVX]+))*?[\s-]*\p{L}*(?:straat|laan|plein|gracht|weg|kade|singel|dreef|park|hof|pad)(?![\p{L}])/u;
const SENTENCE_START = /(?:^|[.!?:;•*\n(“"]|\s-)\s*$/u;

function isOrganisation(text: string, start: number, end: number): boolean {
  if (BRANDS.test(text.slice(start, start + 30))) return true;
  if (ORGANISATION_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return true;
  const after = text.slice(end, end + 80);
  return ORGANISATION_AFTER.test(after) || STREET_AFTER.test(after);
}

/** The surname after a first name ("de Vries", "Jansen"), or null. `strong`: any capitalised word will do. */
function surnameAfter(text: string, end: number, strong: boolean): number | null {
  const match = SURNAME_AFTER.exec(text.slice(end, end + 60));
  if (!match) return null;
  const [whole, tussenvoegsel, surname] = match;
  const key = nameKey(surname.split('-')[0]);
  const known = LAST_NAMES.has(key) || (FIRST_NAMES.has(key) && !AMBIGUOUS_FIRST_NAMES.has(key));
  return tussenvoegsel || known || strong ? end + whole.length : null;
}

function nameAt(text: string, start: number, token: string): PersonalDataFinding | null {
  const end = start + token.length;
  const key = nameKey(token.split('-')[0]);
  if (!FIRST_NAMES.has(key) || TUSSENVOEGSELS.has(key)) return null;
  if (isOrganisation(text, start, end)) return null;
  const before = text.slice(Math.max(0, start - 30), start);
  const ambiguous = AMBIGUOUS_FIRST_NAMES.has(key) || key.length <= 2;
  const withSurname = surnameAfter(text, end, !ambiguous);
  if (withSurname !== null) return finding(PersonalDataKind.PERSONAL_NAME, start, withSurname);
  if (STRONG_CUE.test(before)) return finding(PersonalDataKind.PERSONAL_NAME, start, end);
  if (ambiguous) return null;
  // A known name that is no ordinary word: mid-sentence, or at the start with a clause after it.
  const next = text.slice(end, end + 3);
  if (!SENTENCE_START.test(before) || /^(?:\s+\p{Ll}|[,:])/u.test(next)) {
    return finding(PersonalDataKind.PERSONAL_NAME, start, end);
  }
  return null;
}

export function findPersonalNames(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const match of text.matchAll(COURTESY_TITLE)) {
    findings.push(finding(PersonalDataKind.PERSONAL_NAME, match.index, match.index + match[0].length));
  }
  for (const match of text.matchAll(TOKEN)) {
    const found = nameAt(text, match.index, match[0]);
    if (found) findings.push(found);
  }
  return findings;
}
