// A synthetic labour-market region for the end-to-end matching benchmark (bench/matching.bench.ts): employers,
// active candidates and open vacancies drawn from real ESCO occupations and real PC4 areas of one region, and
// its bulk insert (COPY). Skills use the noise model of the ESCO evaluation (matching-eval-data).
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CandidateTrack, SupportNeed } from '@werkbrug/candidates/candidate.enums';
import { ContractType, Sector, Shift, TravelMode, Weekday } from '@werkbrug/core/domain-enums';
import type { GeoReference, PostcodeArea } from '@werkbrug/geo/geo-data';
import type { SkillSpace } from '@werkbrug/matching-core';
import type { EscoOccupation } from '@werkbrug/taxonomy/esco-data';
import { VacancyKind } from '@werkbrug/vacancies/vacancy.enums';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DEFAULT_NOISE, occupationCandidate, occupationVacancy, shuffle } from './matching-eval-data';

export interface EmployerRow {
  readonly id: string;
  readonly name: string;
  readonly sector: Sector;
  readonly pc4: string;
}

export interface CandidateRow {
  readonly id: string;
  readonly employerId: string;
  readonly track: CandidateTrack;
  readonly hours: readonly [number, number];
  readonly homePc4: string;
  readonly maxTravelKm: number;
  readonly travelMode: TravelMode;
  readonly sectorsOpen: readonly Sector[];
  readonly contractTypes: readonly ContractType[];
  readonly availableFrom: string | null;
  readonly contractEndDate: string | null;
  readonly supportNeeds: readonly SupportNeed[];
  /** Null: shared with the whole region. */
  readonly sharedWith: readonly string[] | null;
  readonly strengths: readonly { readonly skillId: string; readonly level: number }[];
  readonly developmentSkills: readonly string[];
}

export interface VacancyRow {
  readonly id: string;
  readonly employerId: string;
  readonly title: string;
  readonly occupationId: string;
  readonly pc4: string;
  readonly hours: readonly [number, number];
  readonly contractType: ContractType;
  readonly durationMonths: number | null;
  readonly kind: VacancyKind;
  readonly startDate: string | null;
  readonly workDays: readonly Weekday[];
  readonly shifts: readonly Shift[];
  readonly required: readonly string[];
  readonly niceToHave: readonly string[];
  readonly trainedOnTheJob: readonly string[];
}

export interface SyntheticRegion {
  readonly regionCode: string;
  readonly employers: readonly EmployerRow[];
  readonly candidates: readonly CandidateRow[];
  readonly vacancies: readonly VacancyRow[];
}

export interface RegionSource {
  readonly regionCode: string;
  readonly geo: GeoReference;
  readonly space: SkillSpace;
  readonly occupations: readonly EscoOccupation[];
  /** ISO date the availability and start dates are spread from. */
  readonly today: string;
}

export const HOURS: readonly (readonly [number, number])[] = [
  [8, 16],
  [12, 20],
  [16, 24],
  [24, 32],
  [28, 36],
  [32, 40],
  [36, 40],
];
const TRAVEL: readonly { mode: TravelMode; km: readonly number[]; weight: number }[] = [
  { mode: TravelMode.WALK, km: [2, 3, 5], weight: 1 },
  { mode: TravelMode.BICYCLE, km: [5, 10, 15], weight: 3 },
  { mode: TravelMode.PUBLIC_TRANSPORT, km: [10, 20, 30, 40], weight: 2 },
  { mode: TravelMode.CAR, km: [15, 25, 40, 60], weight: 4 },
];
const TRACKS = [
  CandidateTrack.WORK_TO_WORK,
  CandidateTrack.WORK_TO_WORK,
  CandidateTrack.WORK_TO_WORK,
  CandidateTrack.LABOUR_DISABILITY,
  CandidateTrack.SICKNESS_REINTEGRATION,
  CandidateTrack.VOLUNTARY_MOBILITY,
];
const CONTRACTS = [
  ContractType.PERMANENT,
  ContractType.PERMANENT,
  ContractType.FIXED_TERM,
  ContractType.FIXED_TERM,
  ContractType.SECONDMENT,
  ContractType.TEMPORARY_AGENCY,
];
const TRAVEL_OF = weighted(
  TRAVEL,
  TRAVEL.map((t) => t.weight),
);
/** 10% no night shifts, 5% a fixed schedule, 5% a job coach, the rest nothing. */
const SUPPORT: readonly (readonly SupportNeed[])[] = [
  [SupportNeed.NO_NIGHT_SHIFTS],
  [SupportNeed.NO_NIGHT_SHIFTS],
  [SupportNeed.FIXED_SCHEDULE],
  [SupportNeed.JOB_COACH],
  ...Array.from({ length: 16 }, () => []),
];
const SHIFTS: readonly (readonly Shift[])[] = [
  ...Array.from({ length: 15 }, () => [Shift.DAY]),
  [Shift.DAY, Shift.EVENING],
  [Shift.DAY, Shift.EVENING],
  [Shift.DAY, Shift.EVENING],
  [Shift.DAY, Shift.EVENING, Shift.NIGHT],
  [Shift.DAY, Shift.EVENING, Shift.NIGHT],
];
const WEEKDAYS = [Weekday.MON, Weekday.TUE, Weekday.WED, Weekday.THU, Weekday.FRI];
const DAY_MS = 86_400_000;
/** A PC4 area whose places GeoNames gives no population still has people. */
const MIN_AREA_POPULATION = 500;

/** A sampler over items with the given weights (cumulative sums and a binary search). */
export function weighted<T>(items: readonly T[], weights: readonly number[]): (random: () => number) => T {
  const cumulative = new Float64Array(items.length);
  let total = 0;
  weights.forEach((w, i) => (cumulative[i] = total += w));
  return (random) => {
    const x = random() * total;
    let lo = 0;
    let hi = items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo];
  };
}

/**
 * The region's PC4 areas, weighted by the population of the places they cover (a place spread over several
 * areas counts evenly in each), so people and workplaces gather in towns as they do.
 */
export function populationWeightedAreas(geo: GeoReference, regionCode: string) {
  const areas = geo.postcodeAreas.filter((a) => a.regionCode === regionCode);
  if (areas.length === 0) throw new Error(`region ${regionCode} has no PC4 areas`);
  const key = (place: string, municipality: string | null) => `${place.toLowerCase()}|${municipality}`;
  const population = new Map<string, number>();
  for (const p of geo.places) {
    const k = key(p.name, p.municipalityCode);
    population.set(k, (population.get(k) ?? 0) + p.population);
  }
  const areasPerPlace = new Map<string, number>();
  for (const a of areas)
    for (const p of a.places) {
      const k = key(p, a.municipalityCode);
      areasPerPlace.set(k, (areasPerPlace.get(k) ?? 0) + 1);
    }
  const weights = areas.map((a) =>
    Math.max(
      MIN_AREA_POPULATION,
      a.places.reduce((sum, p) => {
        const k = key(p, a.municipalityCode);
        return sum + (population.get(k) ?? 0) / (areasPerPlace.get(k) ?? 1);
      }, 0),
    ),
  );
  return weighted(areas, weights);
}

/** The region with the most PC4 areas: the widest spread of distances. */
export function largestRegion(geo: GeoReference): string {
  const counts = new Map<string, number>();
  for (const a of geo.postcodeAreas) counts.set(a.regionCode, (counts.get(a.regionCode) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

/** A v4-shaped UUID from the seeded generator, so a seed gives the same ids, order and chunks every run. */
export function seededUuid(random: () => number): string {
  const hex = Array.from({ length: 4 }, () =>
    Math.floor(random() * 2 ** 32)
      .toString(16)
      .padStart(8, '0'),
  ).join('');
  const variant = '89ab'[Math.floor(random() * 4)];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)];
const some = <T>(items: readonly T[], share: number, random: () => number): T[] =>
  items.filter(() => random() < share);
const dateAfter = (today: string, maxDays: number, random: () => number): string =>
  new Date(Date.parse(today) + Math.floor(random() * maxDays) * DAY_MS).toISOString().slice(0, 10);

/**
 * Occupations are not equally common: a seeded Zipf-like popularity (1 / (rank + 10)) makes a few hundred
 * occupations hold most people and vacancies, shared by both sides, so skills overlap as in a real region.
 */
function occupationSampler(space: SkillSpace, occupations: readonly EscoOccupation[], random: () => number) {
  const usable = shuffle(
    occupations.filter((o) => o.essential.some((id) => space.indexById.has(id))),
    random,
  );
  return weighted(
    usable,
    usable.map((_, rank) => 1 / (rank + 10)),
  );
}

/** What every row is drawn from. */
interface Draw {
  readonly random: () => number;
  readonly today: string;
  readonly space: SkillSpace;
  readonly area: (random: () => number) => PostcodeArea;
  readonly occupation: (random: () => number) => EscoOccupation;
  readonly employers: readonly EmployerRow[];
  /** Skills some occupation uses: where a candidate's unrelated skills come from. */
  readonly usedSkills: readonly number[];
}

const skillIds = (space: SkillSpace, indices: Iterable<number>) =>
  [...new Set(indices)].map((i) => space.ids[i]);

function drawCandidate(d: Draw): CandidateRow {
  const { random, space } = d;
  const job = d.occupation(random);
  const base = occupationCandidate(space, job, random, DEFAULT_NOISE, d.usedSkills);
  const own = new Set(base.strengths.map((s) => s.skill));
  const employer = pick(d.employers, random);
  const travel = TRAVEL_OF(random);
  return {
    id: seededUuid(random),
    employerId: employer.id,
    track: pick(TRACKS, random),
    hours: pick(HOURS, random),
    homePc4: d.area(random).pc4,
    maxTravelKm: pick(travel.km, random),
    travelMode: travel.mode,
    sectorsOpen: random() < 0.5 ? [] : some(Object.values(Sector), 0.3, random),
    contractTypes: random() < 0.6 ? [] : some(CONTRACTS, 0.6, random),
    availableFrom: random() < 0.7 ? null : dateAfter(d.today, 150, random),
    contractEndDate: random() < 0.3 ? null : dateAfter(d.today, 365, random),
    supportNeeds: pick(SUPPORT, random),
    sharedWith:
      random() < 0.9
        ? null
        : [...new Set(Array.from({ length: 4 }, () => pick(d.employers, random).id))].filter(
            (id) => id !== employer.id,
          ),
    strengths: base.strengths.map(({ skill, level }) => ({ skillId: space.ids[skill], level })),
    developmentSkills: skillIds(
      space,
      job.optional
        .map((id) => space.indexById.get(id))
        .filter((i): i is number => i !== undefined && !own.has(i))
        .slice(0, Math.floor(random() * 3)),
    ),
  };
}

function drawVacancy(d: Draw, n: number): VacancyRow {
  const { random, space } = d;
  const job = d.occupation(random);
  const base = occupationVacancy(space, job, n);
  // A posting names a handful of must-haves and a few extras, not all of ESCO's list.
  const keep = Math.min(10, Math.max(1, Math.round(base.required.length * (0.5 + 0.4 * random()))));
  const optional = shuffle(base.niceToHave, random);
  const nice = optional.slice(0, Math.floor(random() * 7));
  const employer = pick(d.employers, random);
  const contractType = pick(CONTRACTS, random);
  const kind =
    random() < 0.85 ? VacancyKind.JOB : pick([VacancyKind.TRIAL_PLACEMENT, VacancyKind.SECONDMENT], random);
  return {
    id: seededUuid(random),
    employerId: employer.id,
    title: (job.nl ?? job.en).slice(0, 200),
    occupationId: job.id,
    // Most jobs are at the employer's own site; some elsewhere in the region.
    pc4: random() < 0.7 ? employer.pc4 : d.area(random).pc4,
    hours: pick(HOURS, random),
    contractType,
    durationMonths: contractType === ContractType.FIXED_TERM ? pick([6, 12, 24], random) : null,
    kind,
    startDate: random() < 0.5 ? null : dateAfter(d.today, 120, random),
    workDays: random() < 0.8 ? WEEKDAYS : [...WEEKDAYS.slice(2), Weekday.SAT, Weekday.SUN],
    shifts: pick(SHIFTS, random),
    required: skillIds(space, shuffle(base.required, random).slice(0, keep)),
    niceToHave: skillIds(space, nice),
    trainedOnTheJob: skillIds(space, optional.slice(nice.length, nice.length + Math.floor(random() * 3))),
  };
}

/** Employers (one per 200 candidates, at least 10, sectors in turn), then candidates, then vacancies. */
export function generateRegion(
  source: RegionSource,
  counts: { candidates: number; vacancies: number },
  random: () => number,
): SyntheticRegion {
  const { space } = source;
  const area = populationWeightedAreas(source.geo, source.regionCode);
  const sectors = Object.values(Sector);
  const draw: Draw = {
    random,
    today: source.today,
    space,
    area,
    occupation: occupationSampler(space, source.occupations, random),
    employers: Array.from({ length: Math.max(10, Math.round(counts.candidates / 200)) }, (_, n) => ({
      id: seededUuid(random),
      name: `Benchmark werkgever ${n + 1}`,
      sector: sectors[n % sectors.length],
      pc4: area(random).pc4,
    })),
    usedSkills: [...space.occupationCount.keys()].filter((i) => space.occupationCount[i] > 0),
  };
  return {
    regionCode: source.regionCode,
    employers: draw.employers,
    candidates: Array.from({ length: counts.candidates }, () => drawCandidate(draw)),
    vacancies: Array.from({ length: counts.vacancies }, (_, n) => drawVacancy(draw, n)),
  };
}

type Cell = string | number | null | readonly string[];

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** COPY text format. Array elements are enum values and UUIDs, which need no quoting inside `{}`. */
function cell(value: Cell): string {
  if (value === null) return '\\N';
  const text = typeof value === 'object' ? `{${value.join(',')}}` : String(value);
  return text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]);
}

function* lines(rows: Iterable<Cell[]>): Generator<string> {
  let batch: string[] = [];
  for (const row of rows) {
    batch.push(row.map(cell).join('\t'));
    if (batch.length === 5000) {
      yield `${batch.join('\n')}\n`;
      batch = [];
    }
  }
  if (batch.length > 0) yield `${batch.join('\n')}\n`;
}

interface TableCopy {
  readonly table: string;
  readonly columns: string;
  readonly rows: () => Iterable<Cell[]>;
}

/** One transaction of COPY statements on a connection of its own. */
async function copyTables(url: string, tables: readonly TableCopy[]): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    for (const { table, columns, rows } of tables) {
      const copy = client.query(copyFrom(`COPY ${table} (${columns}) FROM STDIN`));
      await pipeline(Readable.from(lines(rows())), copy);
    }
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

const employerTables = ({ regionCode, employers }: SyntheticRegion): TableCopy[] => [
  {
    table: 'employer',
    columns: 'id, name, sector, region_code',
    rows: () => employers.map((e) => [e.id, e.name, e.sector, regionCode]),
  },
  {
    table: 'employer_location',
    columns: 'employer_id, pc4, label',
    rows: () => employers.map((e) => [e.id, e.pc4, 'Hoofdlocatie']),
  },
];

function candidateTables({ regionCode, candidates }: SyntheticRegion, today: string): TableCopy[] {
  const profile = (c: CandidateRow, n: number): Cell[] => [
    ...[
      c.id,
      `BM-${n.toString(36).toUpperCase()}`,
      c.employerId,
      regionCode,
      c.track,
      c.hours[0],
      c.hours[1],
    ],
    ...[
      c.homePc4,
      c.maxTravelKm,
      c.travelMode,
      c.sectorsOpen,
      c.contractTypes,
      c.availableFrom,
      c.contractEndDate,
    ],
    ...[c.supportNeeds, c.sharedWith ? 'SELECTED_EMPLOYERS' : 'REGION', 'GIVEN', today, 'ACTIVE'],
  ];
  return [
    {
      table: 'candidate_profile',
      columns: `id, public_code, employer_id, region_code, track, hours_min, hours_max, home_pc4, max_travel_km,
        travel_mode, sectors_open, contract_types, available_from, contract_end_date, support_needs, sharing_scope,
        consent_status, consent_recorded_at, status`,
      rows: () => candidates.map(profile),
    },
    {
      table: 'candidate_identity',
      columns: 'candidate_id, full_name',
      rows: () => candidates.map((c, n) => [c.id, `Kandidaat ${n + 1}`]),
    },
    {
      table: 'candidate_strength',
      columns: 'candidate_id, skill_id, level',
      rows: () => candidates.flatMap((c) => c.strengths.map((s) => [c.id, s.skillId, s.level])),
    },
    {
      table: 'candidate_development_skill',
      columns: 'candidate_id, skill_id',
      rows: () => candidates.flatMap((c) => c.developmentSkills.map((s) => [c.id, s])),
    },
    {
      table: 'candidate_shared_employer',
      columns: 'candidate_id, employer_id',
      rows: () => candidates.flatMap((c) => (c.sharedWith ?? []).map((e) => [c.id, e])),
    },
  ];
}

/** A skill listed twice keeps its strictest role, as the vacancy service does. */
function vacancySkills(v: VacancyRow): Cell[][] {
  const role = new Map<string, string>();
  for (const s of v.trainedOnTheJob) role.set(s, 'TRAINED_ON_THE_JOB');
  for (const s of v.niceToHave) if (!role.has(s)) role.set(s, 'NICE_TO_HAVE');
  for (const s of v.required) role.set(s, 'REQUIRED');
  return [...role].map(([skill, requirement]) => [v.id, skill, requirement]);
}

const vacancyTables = ({ regionCode, vacancies }: SyntheticRegion): TableCopy[] => [
  {
    table: 'vacancy',
    columns: `id, employer_id, region_code, title, esco_occupation_id, location_pc4, hours_min, hours_max, work_days,
      shifts, contract_type, contract_duration_months, kind, start_date, status`,
    rows: () =>
      vacancies.map((v) => [
        ...[
          v.id,
          v.employerId,
          regionCode,
          v.title,
          v.occupationId,
          v.pc4,
          v.hours[0],
          v.hours[1],
          v.workDays,
        ],
        ...[v.shifts, v.contractType, v.durationMonths, v.kind, v.startDate, 'OPEN'],
      ]),
  },
  {
    table: 'vacancy_skill',
    columns: 'vacancy_id, skill_id, requirement',
    rows: () => vacancies.flatMap(vacancySkills),
  },
];

/**
 * Employers first, then the candidate and the vacancy side on two connections at once (foreign-key checks make
 * COPY CPU-bound), then ANALYZE, as autovacuum would have done by the time a region is rematched.
 */
export async function insertRegion(url: string, region: SyntheticRegion, today: string): Promise<void> {
  await copyTables(url, employerTables(region));
  await Promise.all([
    copyTables(url, candidateTables(region, today)),
    copyTables(url, vacancyTables(region)),
  ]);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}
