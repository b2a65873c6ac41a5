import { InvalidInputError } from '@werkbrug/core';
import {
  findPersonalData,
  HEALTH_REASON_LABELS,
  PERSONAL_DATA_LABELS,
  PersonalDataFinding,
  PersonalDataKind,
} from './personal-data-detector';

export interface PersonalDataCheckOptions {
  /**
   * The user has confirmed that what looked like a person's name is not one (a product, a place, a street
   * without a number). Hard findings (e-mail, phone, BSN, IBAN, address, birth date, age, health) still refuse.
   */
  allowPossibleNames?: boolean;
  /**
   * Health information belongs in this field: the health domain of a trajectory's screening, seen only by the
   * counsellor and the person. Identifying data still refuses.
   */
  allowHealthInformation?: boolean;
}

/**
 * Rejects free text that contains directly identifying data. The error names the field and the kind of data,
 * never the value itself, so the value does not travel further (into logs, error trackers, screenshots).
 * `fields` maps a field path (e.g. `strengths.2.evidenceNote`) to its text. A likely person's name refuses
 * with `confirmable: true` in the details, unless `allowPossibleNames` is set; every field is checked for hard
 * findings first, so confirming a name never hides a phone number in a later field.
 */
export function assertNoPersonalData(
  fields: Record<string, string | null | undefined>,
  options: PersonalDataCheckOptions = {},
): void {
  let possibleName: string | null = null;
  for (const [field, text] of Object.entries(fields)) {
    if (!text) continue;
    const findings = findPersonalData(text).filter(
      (f) => !(options.allowHealthInformation && f.healthReason),
    );
    const blocking = findings.find((f) => f.severity === 'BLOCK');
    if (blocking?.healthReason) throw healthError(field, blocking);
    if (blocking) {
      const label = PERSONAL_DATA_LABELS[blocking.kind];
      throw new InvalidInputError(
        {
          en: `The field "${field}" contains ${label.en}. Keep free text anonymous: remove it and try again.`,
          nl: `Het veld "${field}" bevat ${label.nl}. Houd vrije tekst anoniem: haal het weg en probeer het opnieuw.`,
        },
        { field, personalDataKind: blocking.kind },
      );
    }
    if (possibleName === null && findings.length > 0) possibleName = field;
  }
  if (possibleName !== null && !options.allowPossibleNames) throw possibleNameError(possibleName);
}

/** Health information gets its own advice: describe what someone can and cannot do, never why. */
function healthError(field: string, blocking: PersonalDataFinding): InvalidInputError {
  const healthReason = blocking.healthReason!;
  const reason = HEALTH_REASON_LABELS[healthReason];
  return new InvalidInputError(
    {
      en: `The field "${field}" contains health information (${reason.en}). Do not write down health information or diagnoses. Describe what someone can and cannot do, for example: no standing for longer than 2 hours.`,
      nl: `Het veld "${field}" bevat gezondheidsinformatie (${reason.nl}). Schrijf geen gezondheidsinformatie of diagnoses op. Beschrijf wat iemand wel en niet kan, bijvoorbeeld: niet langer dan 2 uur staan.`,
    },
    { field, personalDataKind: PersonalDataKind.HEALTH_INFORMATION, healthReason },
  );
}

function possibleNameError(field: string): InvalidInputError {
  return new InvalidInputError(
    {
      en: `The field "${field}" seems to contain a person's name. Keep free text anonymous: remove the name, or confirm that it is not a person's name.`,
      nl: `Het veld "${field}" lijkt de naam van een persoon te bevatten. Houd vrije tekst anoniem: haal de naam weg, of bevestig dat het geen naam van een persoon is.`,
    },
    { field, personalDataKind: PersonalDataKind.PERSONAL_NAME, confirmable: true },
  );
}

/**
 * A note, reason or evaluation written next to an anonymised person: trimmed, empty as null, at most `max`
 * characters, and free of directly identifying data. One rule for every such field.
 */
export function cleanFreeText(
  value: string | null | undefined,
  field: string,
  max: number,
  options: PersonalDataCheckOptions = {},
): string | null {
  const text = value?.trim() ?? '';
  if (!text) return null;
  if (text.length > max)
    throw new InvalidInputError(
      { en: `Keep it under ${max} characters.`, nl: `Houd het onder de ${max} tekens.` },
      { field },
    );
  assertNoPersonalData({ [field]: text }, options);
  return text;
}
