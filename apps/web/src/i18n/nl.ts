import type { adminNl } from './areas/admin.nl';
import type { allocationNl } from './areas/allocation.nl';
import type { hrNl } from './areas/hr.nl';
import { jobSeekerNl } from './areas/job-seeker.nl';
import { sharedNl } from './areas/shared.nl';
import type { teamNl } from './areas/team.nl';
import type { trajectoryNl } from './areas/trajectory.nl';
import type { mobilityPlanNl } from './areas/mobility-plan.nl';
import type { networkNl } from './areas/network.nl';

/**
 * Dutch, the default language: the texts of the shell, of job seekers (also signed out, claiming an account) and
 * those several roles share. English (en.ts) must have the same keys. A staff role's texts come with its pages.
 */
export const nl = {
  jobSeeker: jobSeekerNl,
  shared: sharedNl,
  app: {
    name: 'Werkbrug',
    skipToContent: 'Naar de inhoud',
    mainNavigation: 'Hoofdmenu',
    loading: 'Bezig met laden…',
    language: 'Taal',
    logOut: 'Uitloggen',
    signedInAs: 'Ingelogd als {{name}} ({{role}})',
    openMenu: 'Menu openen',
  },
  languages: { nl: 'Nederlands', en: 'English' },
  roles: {
    JOB_SEEKER: 'werkzoekende',
    HR_LEAD: 'HR-adviseur',
    MOBILITY_TEAM: 'mobiliteitsteam',
    ADMINISTRATOR: 'beheerder',
    COUNSELLOR: 're-integratieadviseur',
  },
  nav: {
    notifications: 'Meldingen',
    startOnTime: 'Start op tijd',
    suggestions: 'Mijn suggesties',
    profile: 'Mijn profiel',
    candidates: 'Kandidaten',
    vacancies: 'Vacatures',
    placements: 'Plaatsingen',
    ledger: 'Uitwisselingsbalans',
    region: 'Regio-overzicht',
    sessions: 'Matchingsbijeenkomsten',
    erasureRequests: 'Verwijderverzoeken',
    audit: 'Logboek',
    staffAccounts: 'Medewerkersaccounts',
    employers: 'Organisaties',
    regions: 'Regio’s',
    allocation: 'Toewijzing',
    trajectories: 'Trajecten',
    mobilityPlans: 'Mobiliteitsplannen',
    networks: 'Netwerken',
    results: 'Resultaten',
  },
  errors: {
    generic: 'Er ging iets mis. Probeer het later opnieuw.',
    network: 'Werkbrug is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
    notFound: 'Deze pagina bestaat niet of je hebt er geen toegang toe.',
    backHome: 'Terug naar de startpagina',
  },
  login: {
    title: 'Inloggen bij Werkbrug',
    intro: 'Log in met het e-mailadres en wachtwoord van je Werkbrug-account.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    invalid: 'Het e-mailadres of wachtwoord klopt niet.',
    rateLimited: 'Te veel mislukte pogingen. Wacht even en probeer het dan opnieuw.',
    required: 'Vul je e-mailadres en wachtwoord in.',
    sessionEnded: 'Je bent uitgelogd.',
  },
  suggestions: {
    title: 'Mijn suggesties',
    intro: 'Vacatures die bij je passen, de beste bovenaan. Geef per vacature aan of je interesse hebt.',
    empty: 'Er zijn nog geen suggesties voor je. Zodra er een passende vacature is, zie je die hier.',
    count_one: '{{count}} suggestie',
    count_other: '{{count}} suggesties',
    updatedAt: 'Bijgewerkt op {{date}}',
    score: 'Match {{score}}',
    hours: '{{min}} tot {{max}} uur per week',
    employer: 'Bij {{name}}',
    yes: 'Ja, interessant',
    no: 'Nee, niet voor mij',
    answeredYes: 'Je hebt aangegeven dat je interesse hebt.',
    answeredNo: 'Je hebt aangegeven dat deze vacature niet bij je past.',
    changeAnswer: 'Antwoord wijzigen',
    reasonTitle: 'Waarom past deze vacature niet?',
    reasonLabel: 'Reden',
    reasonHelp: 'Bijvoorbeeld: te ver reizen, andere werktijden. Noem geen namen of contactgegevens.',
    reasonRequired: 'Geef een reden op.',
    send: 'Versturen',
    cancel: 'Annuleren',
    saved: 'Je antwoord is opgeslagen.',
  },
  explanation: {
    toggle: 'Waarom deze match?',
    breakdown: 'Zo is de score opgebouwd',
    component: 'Onderdeel',
    contribution: 'Punten',
    matchedSkills: 'Wat al past',
    missingSkills: 'Wat nog ontbreekt',
    improvements: 'Wat de match sterker maakt',
    improvement: '{{text}} (+{{gain}} punten)',
    distance: 'Afstand: {{km}} km',
    none: 'Geen',
    unavailable:
      'Er is geen uitleg: deze match staat niet meer op de lijsten, of het profiel of de vacature is niet compleet.',
    components: {
      REQUIRED_SKILLS: 'Vereiste vaardigheden',
      RELATED_SKILLS: 'Verwante vaardigheden',
      NICE_TO_HAVE: 'Pluspunten',
      STRENGTH_USE: 'Inzet van sterke punten',
      GROWTH: 'Groeikansen',
      DISTANCE: 'Reisafstand',
      HOURS: 'Uren',
      TIMING: 'Startmoment',
      SECTOR: 'Sector',
      SEARCH_DIRECTION: 'Zoekrichting',
    },
  },
  profile: {
    title: 'Mijn profiel',
    intro:
      'Je profiel zoals je eigen werkgever het kent. Andere werkgevers zien het zonder naam of contactgegevens, en zonder je traject, doelgroep, ondersteuning en de einddatum van je contract, tenzij je die deelt (Mijn toestemmingen).',
    publicCode: 'Profielcode',
    status: 'Status',
    strengths: 'Mijn sterke punten',
    attentionPoints: 'Aandachtspunten',
    skills: 'Vaardigheden',
    skillLevel: 'niveau {{level}} van 4',
    development: 'Wat ik wil leren',
    hours: 'Uren per week',
    travel: 'Reizen',
    travelValue: 'maximaal {{km}} km',
    contractEnd: 'Einde huidig contract',
    notSet: 'Niet ingevuld',
  },
  pagination: { previous: 'Vorige', next: 'Volgende' },
  candidates: {
    title: 'Kandidaten',
    intro: 'De kandidaten van je eigen organisatie.',
    empty: 'Je organisatie heeft nog geen kandidaten.',
    caption: 'Kandidaten van je organisatie',
    publicCode: 'Profielcode',
    status: 'Status',
    track: 'Traject',
    hours: 'Uren per week',
    updatedAt: 'Laatst gewijzigd',
    total: '{{count}} kandidaten in totaal',
  },
  vacancies: {
    title: 'Vacatures',
    intro: 'De vacatures van je organisatie. Bekijk per vacature de best passende kandidaten.',
    empty: 'Je organisatie heeft nog geen vacatures.',
    caption: 'Vacatures van je organisatie',
    vacancy: 'Vacature',
    kind: 'Soort',
    status: 'Status',
    hours: 'Uren per week',
    matches: 'Kandidaten',
    showMatches: 'Kandidaten voor {{title}}',
  },
  vacancyMatches: {
    title: 'Kandidaten voor {{title}}',
    intro: 'Kandidaten van andere werkgevers zie je zonder naam, met hun profielcode.',
    empty: 'Er zijn nog geen passende kandidaten voor deze vacature.',
    candidate: 'Kandidaat {{code}}',
    back: 'Terug naar vacatures',
  },
  notifications: {
    title: 'Meldingen',
    introJobSeeker: 'Berichten over je matches, plaatsingen en bijeenkomsten.',
    introStaff:
      'Berichten over jullie matches (interesse, toestemming, kennismaking, uitkomst), plaatsingen, bijeenkomsten en de werklijst "Start op tijd".',
    empty: 'Je hebt nog geen meldingen.',
    unread: 'Nieuw',
    markRead: 'Markeer als gelezen',
    unreadCount_one: 'Je hebt {{count}} nieuwe melding.',
    unreadCount_other: 'Je hebt {{count}} nieuwe meldingen.',
    markAllRead: 'Alles als gelezen markeren',
    allRead: 'Je hebt alles gelezen.',
    openPlacement: 'Naar de plaatsing',
    openMobilityPlanQuestions: 'Naar de vragen over het plan',
    openPlacements: 'Naar de plaatsingen',
    openWorklist: 'Naar de werklijst "Start op tijd"',
    mailSwitch: 'Stuur me een e-mail als er nieuwe meldingen zijn',
    mailSwitchHelp: 'Een korte e-mail zonder inhoud: wat er is, lees je na het inloggen.',
  },
  earlyStart: {
    title: 'Start op tijd',
    intro:
      'Begin zes maanden vooruit: kandidaten van wie het contract (of de loondoorbetaling bij spoor 2) binnen zes maanden afloopt, en met wie nog niets is begonnen — geen kennismaking, meet-and-greet of plaatsing. De vroegste einddatum staat bovenaan.',
    until: 'Contracten die aflopen tot en met {{date}}.',
    empty:
      'Niemand op de lijst: voor iedereen met een contract dat binnen zes maanden afloopt, is al iets begonnen.',
    caption: 'Kandidaten met een aflopend contract, zonder kennismaking, meet-and-greet of plaatsing',
    candidate: 'Kandidaat',
    track: 'Traject',
    status: 'Status',
    contractEnd: 'Contract eindigt',
    daysLeft_one: 'over {{count}} dag',
    daysLeft_other: 'over {{count}} dagen',
    suggestions: 'Suggesties',
    nextStep: 'Eerst doen',
  },
  enums: {
    candidateStatus: {
      ACTIVE: 'Actief',
      DRAFT: 'Concept',
      PAUSED: 'Gepauzeerd',
      PLACED: 'Geplaatst',
      WITHDRAWN: 'Teruggetrokken',
    },
    candidateTrack: {
      LABOUR_DISABILITY: 'Arbeidsbeperking',
      SICKNESS_REINTEGRATION: 'Re-integratie tweede spoor',
      VOLUNTARY_MOBILITY: 'Vrijwillige mobiliteit',
      WORK_TO_WORK: 'Van werk naar werk',
    },
    vacancyStatus: { CLOSED: 'Gesloten', DRAFT: 'Concept', FILLED: 'Vervuld', OPEN: 'Open' },
    vacancyKind: {
      JOB: 'Baan',
      PROJECT_HIRE: 'Inleen voor een project',
      SECONDMENT: 'Detachering',
      TRIAL_PLACEMENT: 'Proefplaatsing',
      WORK_EXPERIENCE: 'Meeloopstage',
    },
  },
};

/** Every text, as the compiler checks keys: the shell's and those of each staff role (added by its pages). */
export type Texts = typeof nl & {
  hr: typeof hrNl;
  team: typeof teamNl;
  admin: typeof adminNl;
  allocation: typeof allocationNl;
  trajectory: typeof trajectoryNl;
  mobilityPlan: typeof mobilityPlanNl;
  network: typeof networkNl;
};
