import {
  CandidateStatus,
  CandidateTrack,
  ContractType,
  Sector,
  Shift,
  SkillLevel,
  SupportNeed,
  TravelMode,
  VacancyKind,
  VacancyStatus,
  Weekday,
} from '@werkbrug/core/domain-enums';
import { createScoringContext, type ScoringContext, type ScoringContextOptions } from './context';
import type { CandidateFeatures, OccupationRef, VacancyFeatures } from './features';
import { isIncomplete, prepareCandidate, prepareVacancy } from './prepare';
import { buildSkillSpace, escoSkillLabels, type SkillSpace, type SkillSpaceSource } from './skill-space';
import { escoSpecificity } from './specificity';

/*
 * Test fixtures (pure, no test-framework imports, so other libraries' specs can use them too).
 */

/**
 * A twelve-skill taxonomy small enough to reason about in tests: four occupations, two skill groups with a
 * skill-under-skill link and one explicit ESCO relation (forklift ↔ reach truck).
 */
const SKILLS: [string, string, string | null, string[]][] = [
  ['forklift', 'operate forklift', 'heftruck besturen', ['g-logistics']],
  ['reach-truck', 'operate reach truck', 'reachtruck besturen', ['g-logistics']],
  ['stock', 'manage stock', 'voorraad beheren', ['g-logistics']],
  ['picking', 'pick orders', null, ['g-logistics']],
  ['clean', 'clean surfaces', 'oppervlakken reinigen', ['g-cleaning']],
  ['cleaning-equipment', 'use cleaning equipment', null, ['clean']],
  ['cook', 'prepare food', 'eten bereiden', ['g-catering']],
  ['serve', 'serve customers', null, ['g-catering']],
  ['communicate', 'communicate with customers', 'communiceren met klanten', ['g-transversal']],
  ['teamwork', 'work in a team', 'samenwerken', ['g-transversal']],
  ['spreadsheets', 'use spreadsheets', 'spreadsheets gebruiken', ['g-ict']],
  ['reports', 'write reports', 'rapporten schrijven', ['g-ict']],
];

export const FIXTURE_TAXONOMY: SkillSpaceSource = {
  version: 'fixture',
  skills: SKILLS.map(([id, en, nl, broader]) => ({
    id,
    type: 'skill/competence',
    reuse: 'cross-sector',
    en,
    enAlt: [],
    nl,
    nlAlt: [],
    broader,
    related: id === 'forklift' ? [{ id: 'reach-truck', essential: true }] : [],
    occupations: 0,
  })),
  occupations: [
    occupation('warehouse', ['forklift', 'stock', 'picking', 'teamwork'], ['reach-truck', 'spreadsheets']),
    occupation('cleaner', ['clean', 'cleaning-equipment', 'teamwork'], ['communicate']),
    occupation('cook', ['cook', 'teamwork'], ['serve', 'communicate']),
    occupation('clerk', ['spreadsheets', 'reports', 'communicate'], ['stock']),
  ],
};

function occupation(id: string, essential: string[], optional: string[]) {
  return { id, code: id, isco: '9999', en: id, enAlt: [], nl: id, nlAlt: [], essential, optional };
}

let space: SkillSpace | undefined;
export function fixtureSpace(): SkillSpace {
  space ??= buildSkillSpace(FIXTURE_TAXONOMY);
  return space;
}

/** Skill index by fixture id, e.g. skill('forklift'). */
export function skill(id: string): number {
  const index = fixtureSpace().indexById.get(id);
  if (index === undefined) throw new Error(`no fixture skill ${id}`);
  return index;
}

export const TODAY = '2026-11-20';

export function fixtureContext(overrides: Partial<ScoringContextOptions> = {}): ScoringContext {
  const s = fixtureSpace();
  return createScoringContext({
    space: s,
    specificity: escoSpecificity(s, FIXTURE_TAXONOMY.occupations.length),
    labels: escoSkillLabels(s, FIXTURE_TAXONOMY),
    today: TODAY,
    allowOwnEmployer: false,
    ...overrides,
  });
}

/**
 * Occupations for search directions, with ISCO-08 unit groups chosen to cover every credit: the freight handler and
 * the warehouse worker share unit group 9333, the shelf filler (9334) only minor group 933 with them, and the
 * forklift operator (8344) and the stock clerk (4321) stand apart.
 */
export const OCCUPATIONS = {
  freightHandler: {
    id: 'occ-freight-handler',
    isco: 9333,
    label: { en: 'freight handler', nl: 'vrachtbehandelaar' },
  },
  shelfFiller: { id: 'occ-shelf-filler', isco: 9334, label: { en: 'shelf filler', nl: 'vakkenvuller' } },
  forkliftOperator: { id: 'occ-forklift-operator', isco: 8344, label: { en: 'forklift operator', nl: null } },
  stockClerk: {
    id: 'occ-stock-clerk',
    isco: 4321,
    label: { en: 'stock clerk', nl: 'magazijnadministrateur' },
  },
  warehouseWorker: {
    id: 'occ-warehouse-worker',
    isco: 9333,
    label: { en: 'warehouse worker', nl: 'magazijnmedewerker' },
  },
} as const satisfies Record<string, OccupationRef>;

/** Utrecht centraal; vacancies default to ~3 km away. */
export const HOME = { lat: 52.0894, lon: 5.1101 };
export const NEARBY = { lat: 52.0907, lon: 5.1542 };

export function candidateFeatures(overrides: Partial<CandidateFeatures> = {}): CandidateFeatures {
  return {
    id: 'cand-1',
    employerId: 'employer-a',
    regionCode: 'AM25',
    status: CandidateStatus.ACTIVE,
    sharing: 'REGION',
    strengths: [
      { skill: skill('forklift'), level: SkillLevel.PROFICIENT },
      { skill: skill('stock'), level: SkillLevel.INDEPENDENT },
      { skill: skill('teamwork'), level: SkillLevel.EXPERT },
    ],
    developmentSkills: [skill('spreadsheets')],
    hoursMin: 24,
    hoursMax: 36,
    home: HOME,
    maxTravelKm: 15,
    travelMode: TravelMode.BICYCLE,
    sectorsOpen: [Sector.LOGISTICS, Sector.RETAIL],
    contractTypes: [ContractType.PERMANENT, ContractType.FIXED_TERM],
    availableFrom: null,
    contractEndDate: '2027-03-31',
    track: CandidateTrack.WORK_TO_WORK,
    supportNeeds: [],
    searchDirections: [],
    ...overrides,
  };
}

export function vacancyFeatures(overrides: Partial<VacancyFeatures> = {}): VacancyFeatures {
  return {
    id: 'vac-1',
    employerId: 'employer-b',
    employerSector: Sector.LOGISTICS,
    regionCode: 'AM25',
    status: VacancyStatus.OPEN,
    required: [skill('forklift'), skill('stock'), skill('picking')],
    niceToHave: [skill('reach-truck')],
    trainedOnTheJob: [skill('spreadsheets')],
    location: NEARBY,
    hoursMin: 32,
    hoursMax: 36,
    contractType: ContractType.PERMANENT,
    startDate: '2027-02-01',
    kind: VacancyKind.JOB,
    workDays: [Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU],
    shifts: [Shift.DAY],
    occupation: null,
    ...overrides,
  };
}

export function readyCandidate(context: ScoringContext, overrides: Partial<CandidateFeatures> = {}) {
  const c = prepareCandidate(context, candidateFeatures(overrides));
  if (isIncomplete(c)) throw new Error(`fixture candidate incomplete: ${c.reasons.join(', ')}`);
  return c;
}

export function readyVacancy(context: ScoringContext, overrides: Partial<VacancyFeatures> = {}) {
  const v = prepareVacancy(context, vacancyFeatures(overrides));
  if (isIncomplete(v)) throw new Error(`fixture vacancy incomplete: ${v.reasons.join(', ')}`);
  return v;
}

/** Deterministic variety for comparisons between the matrix and explaining paths. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pickOne = <T>(items: readonly T[], random: () => number): T =>
  items[Math.floor(random() * items.length)];
const subset = <T>(items: readonly T[], share: number, random: () => number): T[] =>
  items.filter(() => random() < share);
const near = (random: () => number) => ({
  lat: HOME.lat + (random() - 0.5) * 0.4,
  lon: HOME.lon + (random() - 0.5) * 0.6,
});
const dateWithin = (random: () => number, days: number) =>
  new Date(Date.parse(TODAY) + Math.floor(random() * days) * 86_400_000).toISOString().slice(0, 10);
const hoursPair = (random: () => number): [number, number] => {
  const a = 8 + Math.floor(random() * 33);
  const b = 8 + Math.floor(random() * 33);
  return [Math.min(a, b), Math.max(a, b)];
};

export function randomCandidateFeatures(random: () => number, n: number): CandidateFeatures {
  const size = fixtureSpace().size;
  const skills = subset([...Array(size).keys()], 0.3, random);
  const [hoursMin, hoursMax] = hoursPair(random);
  return candidateFeatures({
    id: `cand-${n}`,
    employerId: `employer-${Math.floor(random() * 4)}`,
    status: random() < 0.9 ? CandidateStatus.ACTIVE : CandidateStatus.PAUSED,
    sharing: random() < 0.8 ? 'REGION' : ['employer-1', 'employer-2'],
    strengths: (skills.length > 0 ? skills : [0]).map((skill) => ({
      skill,
      level: pickOne(
        [SkillLevel.BASIC, SkillLevel.INDEPENDENT, SkillLevel.PROFICIENT, SkillLevel.EXPERT],
        random,
      ),
    })),
    developmentSkills: subset([...Array(size).keys()], 0.15, random),
    hoursMin,
    hoursMax,
    home: near(random),
    maxTravelKm: pickOne([5, 10, 20, 40], random),
    travelMode: pickOne(Object.values(TravelMode), random),
    sectorsOpen: subset(Object.values(Sector), 0.2, random),
    contractTypes: subset(Object.values(ContractType), 0.4, random),
    availableFrom: random() < 0.5 ? null : dateWithin(random, 150),
    contractEndDate: random() < 0.3 ? null : dateWithin(random, 400),
    track: pickOne(Object.values(CandidateTrack), random),
    supportNeeds: subset(Object.values(SupportNeed), 0.15, random),
    searchDirections: random() < 0.5 ? [] : subset(Object.values(OCCUPATIONS), 0.4, random),
  });
}

export function randomVacancyFeatures(random: () => number, n: number): VacancyFeatures {
  const size = fixtureSpace().size;
  const all = [...Array(size).keys()];
  const required = subset(all, 0.25, random);
  const [hoursMin, hoursMax] = hoursPair(random);
  return vacancyFeatures({
    id: `vac-${n}`,
    employerId: `employer-${Math.floor(random() * 4)}`,
    employerSector: pickOne(Object.values(Sector), random),
    regionCode: random() < 0.9 ? 'AM25' : 'AM18',
    status: random() < 0.9 ? VacancyStatus.OPEN : VacancyStatus.CLOSED,
    required: required.length > 0 ? required : [Math.floor(random() * size)],
    niceToHave: subset(all, 0.2, random),
    trainedOnTheJob: subset(all, 0.15, random),
    location: near(random),
    hoursMin,
    hoursMax,
    contractType: pickOne(Object.values(ContractType), random),
    startDate: random() < 0.4 ? null : dateWithin(random, 200),
    shifts: subset(Object.values(Shift), 0.4, random),
    occupation: random() < 0.2 ? null : pickOne(Object.values(OCCUPATIONS), random),
  });
}
