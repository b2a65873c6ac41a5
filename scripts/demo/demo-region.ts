import { Sector } from '@werkbrug/core';

/**
 * The demo region: Noordoost-Brabant (AM27). Employers are fictional; occupations, skills and postcode areas are
 * real (ESCO and CBS/GeoNames), so matching later works on realistic data.
 */
export const DEMO_REGION = 'AM27';
/** Accounts are created through the services, so the demo password passes the password policy too. */
export const DEMO_PASSWORD = 'fietsroute-langs-de-dieze-2026';
/** The demo job seeker's own address: in their identity, where their invitation is mailed, and their login. */
export const DEMO_JOB_SEEKER_EMAIL = 'werkzoekende@werkbrug.demo';
export const DEMO_SEED_VERSION = 'demo-region-v1';
/** An external re-integration adviser (role COUNSELLOR) who guides the demo's spoor-2 trajectory. */
export const DEMO_COUNSELLOR = {
  email: 'adviseur@werkbrug.demo',
  displayName: 'Karin Jansen (Re-integratie Oost)',
} as const;

export interface DemoEmployer {
  slug: string;
  name: string;
  sector: Sector;
  /** English ESCO occupation labels this employer's people do (and it hires for). */
  occupations: string[];
  /** Other occupations it hires for that fit it (a care home employs cooks and cleaners too). */
  alsoHires: string[];
  /** A vacancy text in the employer's own words. */
  vacancyText: string;
  candidates: number;
  vacancies: number;
}

export const DEMO_EMPLOYERS: DemoEmployer[] = [
  {
    slug: 'zorggroep',
    name: 'Zorggroep De Meierij',
    sector: Sector.CARE,
    occupations: ['healthcare assistant', 'nurse assistant', 'hospital porter'],
    alsoHires: ['cook', 'kitchen porter', 'domestic cleaner', 'receptionist'],
    vacancyText:
      'Op onze woongroepen voor ouderen werk je in een vast team. Je krijgt een maatje voor de eerste weken en we zorgen dat je de scholing krijgt die je nodig hebt.',
    candidates: 10,
    vacancies: 6,
  },
  {
    slug: 'thuiszorg',
    name: 'Thuiszorg Maasland',
    sector: Sector.CARE,
    occupations: ['home care aide', 'care at home worker', 'social work assistant'],
    alsoHires: ['domestic cleaner', 'administrative assistant'],
    vacancyText:
      'Je gaat bij cliënten thuis langs in de wijk, op de fiets of met een dienstauto. Je werkt zelfstandig, maar staat er nooit alleen voor: je wijkteam is altijd bereikbaar.',
    candidates: 8,
    vacancies: 5,
  },
  {
    slug: 'horeca',
    name: 'Horecagroep Bossche Bol',
    sector: Sector.CATERING,
    occupations: ['cook', 'kitchen porter', 'waiter/waitress'],
    alsoHires: ['receptionist', 'domestic cleaner'],
    vacancyText:
      'In onze restaurants en ons hotel in Den Bosch draait alles om gastvrijheid. Geen ervaring in de horeca? We leren je het vak op de werkvloer.',
    candidates: 8,
    vacancies: 5,
  },
  {
    slug: 'schoonmaak',
    name: 'Schoonmaakbedrijf Dommelrein',
    sector: Sector.CLEANING,
    occupations: ['domestic cleaner', 'laundry worker', 'building caretaker'],
    alsoHires: ['kitchen porter', 'window cleaner'],
    vacancyText:
      'Je maakt kantoren, scholen en zorglocaties schoon in een vaste wijk, met vaste collega’s en werktijden die vooraf bekend zijn.',
    candidates: 8,
    vacancies: 5,
  },
  {
    slug: 'logistiek',
    name: 'Logistiek Centrum Veghel',
    sector: Sector.LOGISTICS,
    occupations: ['warehouse worker', 'forklift operator'],
    alsoHires: ['administrative assistant', 'security guard'],
    vacancyText:
      'In ons distributiecentrum in Veghel gaan dagelijks duizenden pakketten de deur uit. Je werkt in ploegen met een vaste ploegleider; een heftruckcertificaat halen we samen.',
    candidates: 8,
    vacancies: 5,
  },
  {
    slug: 'retail',
    name: 'Supermarkten Het Groene Woud',
    sector: Sector.RETAIL,
    occupations: ['shop assistant', 'sales assistant', 'cashier', 'shelf filler'],
    alsoHires: ['warehouse worker', 'cook'],
    vacancyText:
      'In onze buurtsupermarkten ken je de klanten bij naam. Je werkt mee op de winkelvloer, aan de kassa of in het magazijn, met een rooster dat rekening houdt met thuis.',
    candidates: 8,
    vacancies: 5,
  },
  {
    slug: 'gemeente',
    name: 'Gemeente Maasdonk-Noord (demo)',
    sector: Sector.PUBLIC_ADMINISTRATION,
    occupations: [
      'administrative assistant',
      'receptionist',
      'customer service representative',
      'groundsman/groundswoman',
      'street warden',
    ],
    alsoHires: ['domestic cleaner', 'security guard'],
    vacancyText:
      'Als medewerker van de gemeente werk je voor de inwoners: aan de balie, in de wijk of achter de schermen. Werken bij ons betekent een vaste werkplek en ruimte voor opleiding.',
    candidates: 6,
    vacancies: 5,
  },
  {
    slug: 'beveiliging',
    name: 'Beveiliging Brabant Noord',
    sector: Sector.FACILITY_SERVICES,
    occupations: ['security guard', 'call centre agent'],
    alsoHires: ['receptionist', 'building caretaker'],
    vacancyText:
      'Je beveiligt bedrijfsterreinen en gebouwen van onze opdrachtgevers in de regio. BHV en de opleiding Beveiliger 2 regelen we voor je als je die nog niet hebt.',
    candidates: 5,
    vacancies: 4,
  },
];

export const STRENGTH_SKETCHES = [
  'Betrouwbaar en punctueel; collega’s weten wat ze aan deze persoon hebben.',
  'Werkt graag met mensen en blijft rustig als het druk wordt.',
  'Zelfstandig, pakt dingen op zonder dat het gevraagd wordt.',
  'Sterk in samenwerken en helpt nieuwe collega’s graag op weg.',
  'Nauwkeurig, houdt van structuur en duidelijke afspraken.',
  'Praktisch ingesteld, leert het snelst door te doen.',
  'Klantvriendelijk en communicatief sterk.',
];

/** Per sector, how HR advisers describe people in that work: picked before the general sketches. */
export const SECTOR_SKETCHES: Partial<Record<Sector, string[]>> = {
  [Sector.CARE]: [
    'Heeft een groot hart voor ouderen en merkt snel als iemand zich niet lekker voelt.',
    'Kan goed luisteren; bewoners vertellen haar dingen die ze anderen niet vertellen.',
    'Werkt al jaren in de verzorging en houdt ook in drukke diensten het overzicht.',
  ],
  [Sector.CATERING]: [
    'Staat graag in de keuken en werkt schoon en snel, ook als alle tafels tegelijk bestellen.',
    'Gastvrij en gezellig; gasten komen terug voor een praatje aan de bar.',
  ],
  [Sector.CLEANING]: [
    'Werkt grondig en zelfstandig; een ruimte die hij heeft gedaan, is echt schoon.',
    'Kent de schoonmaakmiddelen en de veiligheidsregels door en door.',
  ],
  [Sector.LOGISTICS]: [
    'Heeft een heftruckcertificaat en jaren ervaring met orderpicken in ploegendienst.',
    'Houdt van aanpakken; zet een vrachtwagen vlot en veilig vol.',
  ],
  [Sector.RETAIL]: [
    'Kent de klanten van de winkel bij naam en helpt ze graag verder.',
    'Vult vakken snel en netjes en houdt de houdbaarheidsdata scherp in de gaten.',
  ],
  [Sector.PUBLIC_ADMINISTRATION]: [
    'Zorgvuldig met gegevens en vriendelijk aan de balie, ook tegen boze inwoners.',
    'Kent de wijk goed en spreekt mensen op een rustige manier aan.',
  ],
  [Sector.FACILITY_SERVICES]: [
    'Alert en representatief; houdt het overzicht bij de toegang van een groot gebouw.',
    'Heeft BHV en blijft kalm bij een ontruiming.',
  ],
};

export const ATTENTION_SKETCHES = [
  'Heeft tijd nodig om te wennen aan nieuwe systemen.',
  'Werkt het best met vaste werktijden.',
  'Wil graag groeien in digitale vaardigheden.',
  'Heeft baat bij een vast aanspreekpunt in de eerste maanden.',
  'Voelt zich minder prettig bij veel onverwachte wisselingen.',
  '',
];

export const FIRST_NAMES = [
  'Anouk',
  'Bram',
  'Chantal',
  'Daan',
  'Esra',
  'Fleur',
  'Gert',
  'Hanneke',
  'Ibrahim',
  'Joyce',
  'Kees',
  'Lotte',
  'Mohamed',
  'Nina',
  'Oscar',
  'Priya',
  'Ruud',
  'Sanne',
  'Tom',
  'Yara',
];
export const LAST_NAMES = [
  'de Vries',
  'van den Berg',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'Yilmaz',
  'van Dijk',
  'Hendriks',
  'Peters',
  'El Amrani',
  'van Leeuwen',
];
