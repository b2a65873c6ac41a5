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
  /** English ESCO occupation labels this employer hires for and its people come from. */
  occupations: string[];
  candidates: number;
  vacancies: number;
}

export const DEMO_EMPLOYERS: DemoEmployer[] = [
  {
    slug: 'zorggroep',
    name: 'Zorggroep De Meierij',
    sector: Sector.CARE,
    occupations: ['healthcare assistant', 'nurse assistant', 'hospital porter'],
    candidates: 10,
    vacancies: 6,
  },
  {
    slug: 'thuiszorg',
    name: 'Thuiszorg Maasland',
    sector: Sector.CARE,
    occupations: ['home care aide', 'care at home worker', 'social work assistant'],
    candidates: 8,
    vacancies: 5,
  },
  {
    slug: 'horeca',
    name: 'Horecagroep Bossche Bol',
    sector: Sector.CATERING,
    occupations: ['cook', 'kitchen porter', 'waiter/waitress'],
    candidates: 8,
    vacancies: 5,
  },
  {
    slug: 'schoonmaak',
    name: 'Schoonmaakbedrijf Dommelrein',
    sector: Sector.CLEANING,
    occupations: ['domestic cleaner', 'laundry worker', 'building caretaker'],
    candidates: 8,
    vacancies: 5,
  },
  {
    slug: 'logistiek',
    name: 'Logistiek Centrum Veghel',
    sector: Sector.LOGISTICS,
    occupations: ['warehouse worker', 'forklift operator'],
    candidates: 8,
    vacancies: 5,
  },
  {
    slug: 'retail',
    name: 'Supermarkten Het Groene Woud',
    sector: Sector.RETAIL,
    occupations: ['shop assistant', 'sales assistant', 'cashier', 'shelf filler'],
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
    candidates: 6,
    vacancies: 5,
  },
  {
    slug: 'beveiliging',
    name: 'Beveiliging Brabant Noord',
    sector: Sector.FACILITY_SERVICES,
    occupations: ['security guard', 'call centre agent'],
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
