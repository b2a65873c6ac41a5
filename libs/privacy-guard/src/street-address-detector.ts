import { finding, PersonalDataFinding, PersonalDataKind } from './findings';

// Suffixes that also end place names (-hout, -berg, -horst, -bos: Oosterhout, Horst) are left out on purpose.

/**
 * A street with a house number, without a postcode: "Kerkstraat 12", "Oudegracht 231-bis", "Grote Markt 9",
 * "12 Baker Street". A street name alone ("het magazijn aan de Kerkstraat") is not personal data and passes.
 * Dutch street names are recognised by their last part (straat, laan, gracht, …). The common suffixes are
 * also accepted in lower case; the ones that end ordinary words too (weg, pad, baan, veld, ring, hof, park)
 * only when capitalised, and never for words that are not streets ("Loopbaan 2", "Monitoring 24").
 */

const LOWER_CASE_OK =
  'straat|laan|gracht|plein|steeg|singel|kade|dreef|dijk|markt|plantsoen|boulevard|burgwal';
const CAPITAL_ONLY =
  'weg|pad|hof|erf|park|wal|haven|ring|veld|baan|brink|hoeve|akker|dam|straatje|pleintje|wetering|vaart|laantje|dijkje';
/** Streets that are a suffix on their own ("de Brink 5", "Grote Markt 9", "Science Park 106"). */
const STANDALONE =
  'Markt|Brink|Dam|Plein|Gracht|Kade|Singel|Park|Boulevard|Dijk|Haven|Ring|Wal|Laan|Weg|Vaart|Plaats';
const HOUSE_NUMBER = String.raw`(?:nr\.?\s*|no\.?\s*|nummer\s+|huisnummer\s+)?([1-9]\d{0,3})(?:\s?[a-wyzA-WYZ](?![\p{L}])|\s?-\s?(?:\d{1,4}|[a-zA-Z]{1,3}|bis)(?![\p{L}\d])|\s(?:bis|hs|huis)\b)?(?![\d\p{L}]|[.,:/]\d|\s?%|\s?x\b)`;
const DUTCH = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])([\p{L}][\p{L}'’.]*(?:-[\p{L}]+)*)\s${HOUSE_NUMBER}`,
  'gu',
);
const ENGLISH = new RegExp(
  String.raw`(?<![\p{L}\p{N}])[1-9]\d{0,3}[A-Za-z]?,?\s(?:\p{Lu}[\p{L}'’]*\s){1,3}(?:Street|St\.?|Road|Rd\.?|Lane|Avenue|Ave\.?|Drive|Way|Close|Court|Square|Crescent|Terrace|Gardens|Place|Boulevard)(?![\p{L}])`,
  'gu',
);
const SUFFIX_ANY_CASE = new RegExp(String.raw`\p{L}{2,}(?:${LOWER_CASE_OK})$`, 'iu');
const SUFFIX_CAPITALISED = new RegExp(String.raw`^\p{Lu}\p{L}+(?:${CAPITAL_ONLY})$`, 'u');
const STANDALONE_WORD = new RegExp(String.raw`^(?:${STANDALONE})$`, 'u');
/** Words ending like a street that are job text (a career path, a city, an -ing word). */
const NOT_A_STREET =
  /^(?:loopbaan|leerpad|groeipad|ontwikkelpad|carrièrepad|bijbaan|fulltimebaan|parttimebaan|werkveld|vakgebied|speelveld|snelweg|omweg|rijksweg|autoweg|amsterdam|rotterdam|schiedam|zaandam|edam|volendam|leidschendam|appingedam|monnickendam|spaarndam|durgerdam|zaandijk|postbus)$|[aeiouy]ring$/iu;
const UNIT_AFTER =
  /^\s*(?:minuten|minuut|min|uur|uren|km|kilometer|meter|m|keer|dagen|dag|weken|week|maanden|jaar|euro|personen|mensen|medewerkers|collega['’]s|kg|stuks|procent|graden|hours|days|weeks|minutes|miles|people|times|staff)\b/iu;

const SUFFIX_ALONE = new RegExp(String.raw`^(?:${LOWER_CASE_OK}|${CAPITAL_ONLY})$`, 'iu');
/** "Thuisadres: de Kempkens 14", "woont aan de Brink 5": after an address cue any name with a number will do. */
const ADDRESS_CUE = new RegExp(
  String.raw`(?:\b(?:thuis|woon|post|bezoek|correspondentie)?(?:adres|address)(?:\s*:|\s+is)|\bwoont\s+(?:aan|op)|\blives\s+(?:at|on))\s*(?:(?:de|het|the)\s+)?$`,
  'iu',
);

function isStreetPart(part: string): boolean {
  if (NOT_A_STREET.test(part)) return false;
  return SUFFIX_ANY_CASE.test(part) || SUFFIX_CAPITALISED.test(part);
}

/** "Markt 9" is a street after a capitalised word or an article: "Grote Markt 9", "op de Brink 5". */
function isStandaloneStreet(word: string, before: string): boolean {
  return STANDALONE_WORD.test(word) && /(?:\p{Lu}[\p{L}'’]*|\b(?:de|het|the))\s$/u.test(before);
}

function isYear(number: string): boolean {
  return number.length === 4 && /^(?:19|20)/.test(number);
}

export function findStreetAddresses(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const match of text.matchAll(DUTCH)) {
    const [whole, word, number] = match;
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    const parts = word.split('-');
    const street =
      parts.some(isStreetPart) ||
      (parts.length > 1 && SUFFIX_ALONE.test(parts.at(-1) ?? '')) ||
      isStandaloneStreet(word, before) ||
      (/^\p{Lu}/u.test(word) && ADDRESS_CUE.test(before));
    if (!street || isYear(number)) continue;
    const end = match.index + whole.length;
    if (UNIT_AFTER.test(text.slice(end, end + 20))) continue;
    findings.push(finding(PersonalDataKind.STREET_ADDRESS, match.index, end));
  }
  for (const match of text.matchAll(ENGLISH)) {
    findings.push(finding(PersonalDataKind.STREET_ADDRESS, match.index, match.index + match[0].length));
  }
  return findings;
}
