import { randomUUID } from 'node:crypto';
import { Role, Sector, type Viewer, type ViewerOf } from '@werkbrug/core';
import { DataSource, type EntityManager } from 'typeorm';
import { Fixtures, type EmployerFixture } from './fixtures';
import { createMigratedTestDatabase } from './helpers-infra';
import { createTestApp, type TestApp } from './test-app';
import { dropTestDatabase } from '@werkbrug/testing';

/**
 * A small world for the scope specs of the service tier: one region with three employers (the viewer's own, an
 * other one with its own HR lead, a bystander nobody in the tests speaks for) and another region with two, and a
 * viewer of every kind. Records go in through SQL with exactly the states each rule turns on, so the specs pin the
 * stores' WHERE clauses rather than the services' creation paths (covered by the e2e specs).
 */
export const REGION = 'AM21';
export const OTHER_REGION = 'AM27';

export type ViewerName =
  'hrOwn' | 'hrOther' | 'hrFar' | 'team' | 'teamFar' | 'seeker' | 'admin' | 'counsellor';
export const VIEWER_NAMES: readonly ViewerName[] = [
  'hrOwn',
  'hrOther',
  'hrFar',
  'team',
  'teamFar',
  'seeker',
  'admin',
  'counsellor',
];

export interface CandidateRow {
  employer: EmployerFixture;
  status: 'DRAFT' | 'ACTIVE' | 'PAUSED';
  consent: 'NOT_ASKED' | 'GIVEN' | 'WITHDRAWN';
  sharing: 'REGION' | 'SELECTED_EMPLOYERS';
  sharedWith?: EmployerFixture[];
}

export class ScopeWorld {
  readonly db: EntityManager;
  employers!: Record<'own' | 'other' | 'bystander' | 'far' | 'farBystander', EmployerFixture>;
  viewers!: Record<ViewerName, Viewer> & { seeker: ViewerOf<Role.JOB_SEEKER> };
  /** The job seeker's own profile: the own employer's, active and shared with the region. */
  seekerCandidateId!: string;

  private constructor(
    readonly t: TestApp,
    readonly f: Fixtures,
    private readonly database: { name: string; url: string },
  ) {
    this.db = t.app.get(DataSource).manager;
  }

  /** An own migrated database, so every list a store returns holds only this world's rows and can be compared exactly. */
  static async create(label: string): Promise<ScopeWorld> {
    const database = await createMigratedTestDatabase(label);
    const t = await createTestApp({
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `werkbrug-svc-${randomUUID().slice(0, 8)}`,
    });
    const world = new ScopeWorld(t, new Fixtures(t), database);
    await world.populate();
    return world;
  }

  async close(): Promise<void> {
    await this.t.close();
    await dropTestDatabase(this.database.name);
  }

  private async populate(): Promise<void> {
    const f = this.f;
    this.employers = {
      own: await f.employer(REGION, Sector.CARE),
      other: await f.employer(REGION, Sector.RETAIL),
      bystander: await f.employer(REGION, Sector.RETAIL),
      far: await f.employer(OTHER_REGION, Sector.CARE),
      farBystander: await f.employer(OTHER_REGION, Sector.RETAIL),
    };
    const { own, other, far } = this.employers;
    this.seekerCandidateId = await this.candidate({
      employer: own,
      status: 'ACTIVE',
      consent: 'GIVEN',
      sharing: 'REGION',
    });
    const user = async (role: Role, scope: Record<string, string>) => (await f.actor(role, scope)).userId;
    const hrLead = async (e: EmployerFixture): Promise<Viewer> => ({
      role: Role.HR_LEAD,
      userId: await user(Role.HR_LEAD, { employerId: e.id }),
      employerId: e.id,
      regionCode: e.regionCode,
    });
    const team = async (regionCode: string): Promise<Viewer> => ({
      role: Role.MOBILITY_TEAM,
      userId: await user(Role.MOBILITY_TEAM, { regionCode }),
      regionCode,
    });
    this.viewers = {
      hrOwn: await hrLead(own),
      hrOther: await hrLead(other),
      hrFar: await hrLead(far),
      team: await team(REGION),
      teamFar: await team(OTHER_REGION),
      seeker: {
        role: Role.JOB_SEEKER,
        userId: await user(Role.JOB_SEEKER, { candidateId: this.seekerCandidateId }),
        candidateId: this.seekerCandidateId,
        employerId: own.id,
        regionCode: REGION,
      },
      admin: { role: Role.ADMINISTRATOR, userId: await user(Role.ADMINISTRATOR, {}) },
      // An external counsellor of the region whose caseload is the job seeker (as if guiding their trajectory).
      counsellor: {
        role: Role.COUNSELLOR,
        userId: await user(Role.COUNSELLOR, { regionCode: REGION }),
        regionCode: REGION,
        caseload: [this.seekerCandidateId],
      },
    };
  }

  async candidate(row: CandidateRow): Promise<string> {
    const [{ id }] = await this.f.query<{ id: string }>(
      `INSERT INTO candidate_profile (public_code, employer_id, region_code, track, hours_min, hours_max, home_pc4,
         max_travel_km, travel_mode, sharing_scope, status, consent_status)
       VALUES ($1, $2, $3, 'WORK_TO_WORK', 24, 32, $4, 20, 'BICYCLE', $5, $6, $7) RETURNING id`,
      [
        `T${randomUUID().slice(0, 8)}`.toUpperCase(),
        row.employer.id,
        row.employer.regionCode,
        await this.f.pc4(row.employer.regionCode),
        row.sharing,
        row.status,
        row.consent,
      ],
    );
    for (const e of row.sharedWith ?? [])
      await this.f.query(
        `INSERT INTO candidate_shared_employer (candidate_id, employer_id) VALUES ($1, $2)`,
        [id, e.id],
      );
    return id;
  }

  async vacancy(employer: EmployerFixture, status: 'DRAFT' | 'OPEN' | 'FILLED' | 'CLOSED'): Promise<string> {
    const [{ id }] = await this.f.query<{ id: string }>(
      `INSERT INTO vacancy (employer_id, region_code, title, description, location_pc4, hours_min, hours_max,
         work_days, shifts, contract_type, kind, positions, status)
       VALUES ($1, $2, 'Medewerker', 'Test', $3, 24, 32, '{MON}', '{DAY}', 'PERMANENT', 'JOB', 1, $4) RETURNING id`,
      [employer.id, employer.regionCode, await this.f.pc4(employer.regionCode), status],
    );
    return id;
  }

  /** The viewer names mapped to what `visible` returns for each, for one table-driven comparison. */
  async byViewer<T>(
    visible: (viewer: Viewer, name: ViewerName) => Promise<T>,
  ): Promise<Record<ViewerName, T>> {
    const out = {} as Record<ViewerName, T>;
    for (const name of VIEWER_NAMES) out[name] = await visible(this.viewers[name], name);
    return out;
  }
}

/**
 * Names the ids a store returned by the labels the spec gave its records, sorted: a failure then reads
 * "hrOther: [ownDraft, ...]" instead of two lists of uuids. An id the world did not make shows as unknown.
 */
export function labeller<L extends string>(ids: Record<L, string>) {
  const labelOf = new Map(Object.entries<string>(ids).map(([label, id]) => [id, label]));
  return (found: readonly (string | { id: string })[]): string[] =>
    found
      .map((r) => (typeof r === 'string' ? r : r.id))
      .map((id) => labelOf.get(id) ?? `unknown:${id}`)
      .sort();
}

/** The expected table with each row sorted, to compare with what `labeller` gives. */
export function sortedTable<L extends string>(
  table: Record<ViewerName, readonly L[]>,
): Record<ViewerName, string[]> {
  const out = {} as Record<ViewerName, string[]>;
  for (const name of VIEWER_NAMES) out[name] = [...table[name]].sort();
  return out;
}
