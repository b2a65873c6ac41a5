import type {
  AssessmentDomain,
  ContactKind,
  PlanActionOwner,
  ScreeningAdvice,
  TrajectoryKind,
  TrajectoryModule,
  TrajectoryOutcome,
  TrajectoryPrecondition,
  TrajectoryReportKind,
} from './trajectory.enums';

/** The Dutch words of a report: it is handed to UWV and the client in Dutch. */
export const REPORT_TITLES_NL: Record<TrajectoryReportKind, string> = {
  INTAKE: 'Intakerapportage',
  INTERIM: 'Tussenrapportage',
  FINAL: 'Eindrapportage',
};

export const KINDS_NL: Record<TrajectoryKind, string> = {
  WORK_TO_WORK: 'Van werk naar werk',
  SICKNESS_REINTEGRATION: 'Re-integratie tweede spoor',
};

export const PRECONDITIONS_NL: Record<TrajectoryPrecondition, string> = {
  INTERNAL_REPLACEMENT_RULED_OUT: 'Herplaatsing binnen de eigen organisatie onderzocht en uitgesloten',
  INFORMED_OF_DISMISSAL_REQUEST: 'Werknemer weet dat ontslag zal worden aangevraagd',
  WILL_RESIGN_ON_NEW_JOB: 'Werknemer neemt ontslag zodra er een nieuwe baan is',
};

export const DOMAINS_NL: Record<AssessmentDomain, string> = {
  GENERAL_IMPRESSION: 'Algemene indruk',
  MOTIVATION: 'Motivatie en beweegredenen',
  HOUSING_AND_SURROUNDINGS: 'Woonsituatie en sociale omgeving',
  DAILY_ROUTINE: 'Dagritme en welbevinden',
  FINANCES: 'Financiële situatie',
  EDUCATION: 'Opleiding',
  WORK: 'Werk',
  NETWORK: 'Netwerk',
  SOCIAL_SKILLS: 'Sociale vaardigheden',
  PERSONAL_QUALITIES: 'Persoonlijke kwaliteiten',
  HEALTH: 'Gezondheid',
  WISHES_FOR_WORK: 'Wensen voor werk',
  COACHING: 'Begeleiding',
};

export const ADVICES_NL: Record<ScreeningAdvice, string> = {
  START_TRAJECTORY: 'het volledige traject starten',
  NOT_FEASIBLE: 'tweede spoor zorgvuldig onderzocht en niet kansrijk',
};

export const CONTACT_KINDS_NL: Record<ContactKind, string> = {
  TALK: 'Gesprek',
  PHONE: 'Telefoon',
  HOME_VISIT: 'Huisbezoek',
  VIDEO: 'Videobellen',
  EMAIL: 'E-mail',
  NO_SHOW: 'Niet verschenen',
};

export const OUTCOMES_NL: Record<TrajectoryOutcome, string> = {
  EXTERNAL_JOB: 'baan bij een andere werkgever (minstens zes maanden)',
  CANDIDATE_RESIGNED: 'de kandidaat heeft ontslag genomen',
  SELF_EMPLOYED: 'gestart als zelfstandige (KvK)',
  SETTLEMENT_AGREEMENT: 'vaststellingsovereenkomst',
  INSUFFICIENT_COOPERATION: 'onvoldoende medewerking (gedocumenteerd)',
  RETURNED_TO_OWN_EMPLOYER: 'terug aan het werk bij de eigen werkgever',
  NOT_FEASIBLE: 'tweede spoor niet kansrijk',
  STOPPED_BY_CANDIDATE: 'gestopt op verzoek van de kandidaat',
  OTHER: 'anders',
};

export const MODULES_NL: Record<TrajectoryModule, string> = {
  COMING_TO_TERMS: 'Verwerking baanverlies en externe motivatie',
  WORK_ORIENTATION: 'Oriëntatie op werk',
  TRAINING: 'Scholing',
  APPLICATION_COACHING: 'Sollicitatiebegeleiding',
  INDIVIDUAL_MEDIATION: 'Individuele bemiddeling',
  SELF_EMPLOYMENT: 'Starten als zelfstandige',
  ATTENDANCE_FOLLOW_UP: 'Verzuimbegeleiding tijdens het traject',
  FITNESS: 'Fitheid',
};

export const ACTION_OWNERS_NL: Record<PlanActionOwner, string> = {
  CANDIDATE: 'Kandidaat',
  COUNSELLOR: 'Trajectbegeleider',
  CLIENT: 'Opdrachtgever',
};
