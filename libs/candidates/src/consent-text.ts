import { createHash } from 'node:crypto';
import { localDateText } from '@werkbrug/core';

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
    `Ik ga akkoord met de ${p.kindNl} bij ${h} van ${localDateText(p.startDate, 'nl')} tot en met ` +
      `${localDateText(p.endDate, 'nl')}, ${hours} uur per week, op de afspraken die mij zijn voorgelegd. Ik kan ` +
      `deze instemming intrekken zolang de plaatsing niet is begonnen, in Werkbrug of via mijn HR-contactpersoon.`,
    `I agree to the ${p.kindEn} at ${h} from ${localDateText(p.startDate, 'en')} to ` +
      `${localDateText(p.endDate, 'en')}, ${hours} hours a week, on the terms put to me. I can withdraw this ` +
      `agreement as long as the placement has not started, in Werkbrug or through my HR contact.`,
  );
}

/** Consent to share the anonymised profile: with the whole region, or with the employers named. */
export function profileSharingConsentText(p: { employerNames: readonly string[] | null }): ConsentText {
  const region = p.employerNames === null;
  const names = (p.employerNames ?? []).join(', ');
  return withVersion(
    `Ik geef toestemming dat mijn profiel zonder naam (sterke punten, wat ik wil leren, wensen en wat ik nodig ` +
      `heb om goed te werken) wordt gedeeld met ` +
      (region ? `de deelnemende werkgevers in mijn regio` : `deze werkgevers: ${names}`) +
      ` en het mobiliteitsteam, om mij werk voor te stellen. Mijn naam en contactgegevens worden alleen gedeeld ` +
      `als ik daar per werkgever apart toestemming voor geef. Ik kan deze toestemming altijd intrekken; mijn ` +
      `profiel verdwijnt dan meteen uit de lijsten van andere werkgevers.`,
    `I consent to my profile without my name (strengths, what I want to learn, preferences and what I need to ` +
      `work well) being shared with ` +
      (region ? `the participating employers in my region` : `these employers: ${names}`) +
      ` and the mobility team, to suggest work to me. My name and contact details are only shared if I consent ` +
      `to that for each employer separately. I can withdraw this consent at any time; my profile then disappears ` +
      `from other employers' lists at once.`,
  );
}

/** Consent to receive Werkbrug's messages by e-mail as well as in the app. */
export function emailConsentText(): ConsentText {
  return withVersion(
    `Ik wil berichten van Werkbrug (nieuwe suggesties, vragen om toestemming, afspraken) ook per e-mail ` +
      `ontvangen op het e-mailadres dat mijn werkgever heeft vastgelegd. De e-mail noemt geen werkgevers of ` +
      `vacatures; die lees ik na inloggen. Ik kan dit altijd uitzetten.`,
    `I want to receive Werkbrug's messages (new suggestions, requests for consent, appointments) by e-mail as ` +
      `well, at the e-mail address my employer recorded. The e-mail names no employers or vacancies; I read ` +
      `those after logging in. I can turn this off at any time.`,
  );
}

/** Consent to show the track, target-group status and support arrangements to employers who see the profile. */
export function targetGroupConsentText(): ConsentText {
  return withVersion(
    `Ik geef toestemming dat werkgevers die mijn profiel mogen zien ook zien in welk traject ik zit, of ik tot ` +
      `een doelgroep hoor (zoals de banenafspraak, loonkostensubsidie of de no-riskpolis) en welke ondersteuning ` +
      `ik krijg (zoals een jobcoach of een aangepaste werkplek). Dat kan een werkgever helpen mij aan te nemen. ` +
      `Zonder deze toestemming zien zij alleen onder welke werkomstandigheden ik goed werk. Ik kan deze ` +
      `toestemming altijd intrekken.`,
    `I consent to employers who may see my profile also seeing which track I am on, whether I belong to a target ` +
      `group (such as the jobs agreement, wage-cost subsidy or the no-risk policy) and which support I get (such ` +
      `as a job coach or an adjusted workplace). That can help an employer to hire me. Without this consent they ` +
      `only see the working conditions under which I work well. I can withdraw this consent at any time.`,
  );
}
