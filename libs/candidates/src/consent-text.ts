import { createHash } from 'node:crypto';

/**
 * The texts a candidate consents to, in Dutch and English. The HR lead shows or reads out exactly this text and
 * records a statement with its version, so the statement proves which text the candidate agreed to; the
 * candidate consenting themself in Werkbrug sees the same text.
 */
export interface ConsentText {
  readonly nl: string;
  readonly en: string;
  /** Changes whenever a word of either text changes (template, employer name, vacancy title, dates). */
  readonly version: string;
}

const TEMPLATE = 'v1';

function withVersion(nl: string, en: string): ConsentText {
  const hash = createHash('sha256').update(`${nl}\n${en}`).digest('hex').slice(0, 16);
  return { nl, en, version: `${TEMPLATE}-${hash}` };
}

function formatDate(isoDate: string, locale: 'nl-NL' | 'en-GB'): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export function introductionConsentText(p: { employerName: string; vacancyTitle: string }): ConsentText {
  const { employerName: e, vacancyTitle: v } = p;
  return withVersion(
    `Ik geef toestemming dat mijn naam en contactgegevens (naam, e-mailadres, telefoonnummer en geboortedatum) ` +
      `worden gedeeld met ${e} voor een kennismaking over de vacature "${v}". ${e} gebruikt ze alleen voor deze ` +
      `kennismaking; elke keer dat iemand ze inziet, wordt vastgelegd en kan ik dat zien. Ik kan deze ` +
      `toestemming altijd intrekken, in Werkbrug of via mijn HR-contactpersoon.`,
    `I consent to my name and contact details (name, e-mail address, phone number and date of birth) being ` +
      `shared with ${e} for an introduction about the vacancy "${v}". ${e} uses them only for this ` +
      `introduction; every time someone looks at them it is recorded and I can see that. I can withdraw this ` +
      `consent at any time, in Werkbrug or through my HR contact.`,
  );
}

export function placementConsentText(p: {
  hostName: string;
  kindNl: string;
  kindEn: string;
  startDate: string;
  endDate: string;
  hoursPerWeek: number;
}): ConsentText {
  const { hostName: h, hoursPerWeek: hours } = p;
  return withVersion(
    `Ik ga akkoord met de ${p.kindNl} bij ${h} van ${formatDate(p.startDate, 'nl-NL')} tot en met ` +
      `${formatDate(p.endDate, 'nl-NL')}, ${hours} uur per week, op de afspraken die mij zijn voorgelegd. Ik kan ` +
      `deze instemming intrekken zolang de plaatsing niet is begonnen, in Werkbrug of via mijn HR-contactpersoon.`,
    `I agree to the ${p.kindEn} at ${h} from ${formatDate(p.startDate, 'en-GB')} to ` +
      `${formatDate(p.endDate, 'en-GB')}, ${hours} hours a week, on the terms put to me. I can withdraw this ` +
      `agreement as long as the placement has not started, in Werkbrug or through my HR contact.`,
  );
}
