import { InvalidInputError } from '@werkbrug/core';
import { findPersonalData, PERSONAL_DATA_LABELS } from './personal-data-detector';

/**
 * Rejects free text that contains directly identifying data. The error names the field and the kind of data,
 * never the value itself, so the value does not travel further (into logs, error trackers, screenshots).
 * `fields` maps a field path (e.g. `strengths.2.evidenceNote`) to its text.
 */
export function assertNoPersonalData(fields: Record<string, string | null | undefined>): void {
  for (const [field, text] of Object.entries(fields)) {
    if (!text) continue;
    const finding = findPersonalData(text)[0];
    if (!finding) continue;
    const label = PERSONAL_DATA_LABELS[finding.kind];
    throw new InvalidInputError(
      {
        en: `The field "${field}" contains ${label.en}. Keep free text anonymous: remove it and try again.`,
        nl: `Het veld "${field}" bevat ${label.nl}. Houd vrije tekst anoniem: haal het weg en probeer het opnieuw.`,
      },
      { field, personalDataKind: finding.kind },
    );
  }
}

/**
 * A note, reason or evaluation written next to an anonymised person: trimmed, empty as null, at most `max`
 * characters, and free of directly identifying data. One rule for every such field.
 */
export function cleanFreeText(value: string | null | undefined, field: string, max: number): string | null {
  const text = value?.trim() ?? '';
  if (!text) return null;
  if (text.length > max)
    throw new InvalidInputError(
      { en: `Keep it under ${max} characters.`, nl: `Houd het onder de ${max} tekens.` },
      { field },
    );
  assertNoPersonalData({ [field]: text });
  return text;
}
