import { HealthReason } from './health-terms';

/** What kind of personal data a finding is; clients switch on it, so the values never change meaning. */
export enum PersonalDataKind {
  EMAIL_ADDRESS = 'EMAIL_ADDRESS',
  PHONE_NUMBER = 'PHONE_NUMBER',
  BSN = 'BSN',
  IBAN = 'IBAN',
  POSTCODE_WITH_HOUSE_NUMBER = 'POSTCODE_WITH_HOUSE_NUMBER',
  STREET_ADDRESS = 'STREET_ADDRESS',
  DATE_OF_BIRTH = 'DATE_OF_BIRTH',
  AGE = 'AGE',
  HEALTH_INFORMATION = 'HEALTH_INFORMATION',
  PERSONAL_NAME = 'PERSONAL_NAME',
}

/**
 * BLOCK: the text is refused. CONFIRM: the text probably names a person, but a list of first names cannot be
 * sure ("Mark je beschikbaarheid" is not a name), so the user is asked to confirm instead.
 */
export type PersonalDataSeverity = 'BLOCK' | 'CONFIRM';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  severity: PersonalDataSeverity;
  /** Offsets in the text as given (UTF-16 code units), also when normalisation changed its length. */
  start: number;
  end: number;
  /** Only for HEALTH_INFORMATION: which kind of health information. */
  healthReason?: HealthReason;
}

export const PERSONAL_DATA_LABELS: Record<PersonalDataKind, { nl: string; en: string }> = {
  [PersonalDataKind.EMAIL_ADDRESS]: { nl: 'een e-mailadres', en: 'an e-mail address' },
  [PersonalDataKind.PHONE_NUMBER]: { nl: 'een telefoonnummer', en: 'a phone number' },
  [PersonalDataKind.BSN]: { nl: 'een burgerservicenummer (BSN)', en: 'a citizen service number (BSN)' },
  [PersonalDataKind.IBAN]: { nl: 'een bankrekeningnummer (IBAN)', en: 'a bank account number (IBAN)' },
  [PersonalDataKind.POSTCODE_WITH_HOUSE_NUMBER]: {
    nl: 'een adres (postcode met huisnummer)',
    en: 'an address (postcode with house number)',
  },
  [PersonalDataKind.STREET_ADDRESS]: {
    nl: 'een adres (straat met huisnummer)',
    en: 'an address (street with house number)',
  },
  [PersonalDataKind.DATE_OF_BIRTH]: {
    nl: 'een geboortedatum of geboortejaar',
    en: 'a date or year of birth',
  },
  [PersonalDataKind.AGE]: { nl: 'een leeftijd', en: 'an age' },
  [PersonalDataKind.HEALTH_INFORMATION]: {
    nl: 'een gezondheidsgegeven',
    en: 'a piece of health information',
  },
  [PersonalDataKind.PERSONAL_NAME]: { nl: 'een naam van een persoon', en: "a person's name" },
};

export function severityOf(kind: PersonalDataKind): PersonalDataSeverity {
  return kind === PersonalDataKind.PERSONAL_NAME ? 'CONFIRM' : 'BLOCK';
}

export function finding(kind: PersonalDataKind, start: number, end: number): PersonalDataFinding {
  return { kind, severity: severityOf(kind), start, end };
}

/** Index of the first span ending after `position`, in spans ordered by start that do not overlap. */
export function firstEndingAfter(spans: { end: number }[], position: number): number {
  let [low, high] = [0, spans.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (spans[mid].end <= position) low = mid + 1;
    else high = mid;
  }
  return low;
}

export const HEALTH_REASON_LABELS: Record<HealthReason, { nl: string; en: string }> = {
  [HealthReason.CONDITION]: { nl: 'een aandoening of diagnose', en: 'a condition or diagnosis' },
  [HealthReason.MEDICATION]: { nl: 'medicatie', en: 'medication' },
  [HealthReason.TREATMENT_OR_CARE_PROVIDER]: {
    nl: 'een behandeling of zorgverlener',
    en: 'a treatment or care provider',
  },
  [HealthReason.SICK_LEAVE]: {
    nl: 'ziekteverzuim of arbeidsongeschiktheid',
    en: 'sick leave or incapacity for work',
  },
  [HealthReason.PREGNANCY]: { nl: 'een zwangerschap', en: 'a pregnancy' },
  [HealthReason.ADDICTION]: { nl: 'een verslaving', en: 'an addiction' },
};
