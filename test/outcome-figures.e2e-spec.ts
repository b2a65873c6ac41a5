import { Role, Sector, type Viewer } from '@werkbrug/core';
import { FigureBreakdown, OutcomeFiguresService, TrajectoryFactsService } from '@werkbrug/trajectories';
import request from 'supertest';
import { Actor, Fixtures } from './support/fixtures';
import {
  candidateInputIn,
  changeCandidateStatus,
  createCandidate,
  expectData,
  expectError,
} from './support/helpers-auth';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The outcome figures on a fixed fixture, every expected figure worked out by hand below. "Today" is 30 June
 * 2027 (given to the service, as the clock), the period is 2026, and cells of fewer than 5 people are hidden.
 *
 * Region AM12, employers CARE (C) and LOGISTICS (L):
 * - 20 work-to-work candidates of C, each with a trajectory started 10 January 2026. Twelve started work at another
 *   employer, after 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 200 and 250 days: ten within six months.
 *   Their six-month follow-ups: 5 still in work, 5 not, 2 unanswered (all due by today).
 * - 3 labour-disability candidates of L with a trajectory started 1 March 2026, none placed.
 * - 10 labour-disability candidates of L registered in June 2025 (the 3 above among them), 5 of whom started work
 *   elsewhere in 2026.
 *
 * Hand-computed:
 * - intakes 23, active at 31 December 2026 23 (none closed); placements in 2026: 12 + 5 = 17.
 * - placement rate within six months: cohort 23 (all started more than six months before today), placed 10 →
 *   10/23. Difference 13 ≥ 5, so shown.
 * - days to placement over the 12 placed: median of the sorted days = (70 + 80) / 2 = 75; p75 by linear
 *   interpolation at position 0.75 × 11 = 8.25 → 100 + 0.25 × 10 = 102.5 (their number, 12, is not given: with the
 *   retention counts it would give away the placements whose follow-up is not due yet).
 * - retention: 5 of 10 answered still in work → 0.5; 2 unanswered → hidden (2 < 5).
 * - flow-through 2026: 5 of 10 → 0.5.
 * - by track: intakes LD 3 (hidden) and WTW 20 (hidden as well, else 23 − 20 gives the 3 away); placements LD 5 and
 *   WTW 12 shown.
 */
const REGION = 'AM12';
const TODAY = '2027-06-30';
const PLACED_AFTER_DAYS = [20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 200, 250];

describe('outcome figures', () => {
  let t: TestApp;
  let f: Fixtures;
  let team: Actor;
  let care: { id: string };
  let logistics: { id: string };
  const viewer = (): Viewer => ({ role: Role.MOBILITY_TEAM, userId: team.userId, regionCode: REGION });
  const figures = (breakdown = FigureBreakdown.NONE) =>
    t.app
      .get(OutcomeFiguresService)
      .figures(viewer(), { from: '2026-01-01', to: '2026-12-31', breakdown }, TODAY);
  const byKey = <F extends { key: string }>(figures: F[]) =>
    Object.fromEntries(figures.map((x) => [x.key, x]));

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t);
    care = await f.employer(REGION, Sector.CARE);
    logistics = await f.employer(REGION, Sector.LOGISTICS);
    team = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    const careHr = await f.actor(Role.HR_LEAD, { employerId: care.id });
    const logisticsHr = await f.actor(Role.HR_LEAD, { employerId: logistics.id });
    const pc4 = await f.pc4(REGION);
    const candidate = async (token: string, track: string) => {
      const id = await createCandidate(t, token, await candidateInputIn(f, pc4, { track }));
      await changeCandidateStatus(t, token, id, 'ACTIVE');
      return id;
    };
    const trajectory = (candidateId: string, employerId: string, startedOn: string) =>
      f.query(
        `INSERT INTO trajectory (candidate_id, region_code, client_employer_id, kind, status, counsellor_user_id,
           started_on, created_by_user_id)
         VALUES ($1, $2, $3, 'WORK_TO_WORK', 'OPEN', $4, $5, $4)`,
        [candidateId, REGION, employerId, team.userId, startedOn],
      );
    const hire = async (candidateId: string, fromEmployerId: string, startedOn: string) => {
      const [row] = await f.query<{ id: string }>(
        `INSERT INTO hire (candidate_id, region_code, from_employer_id, employer_name, external, contract_type,
           started_on, source, recorded_by_user_id, candidate_track, candidate_registered_at, from_sector)
         SELECT $1, $2, $3, 'Elders BV', true, 'FIXED_TERM', $4, 'OUTSIDE', $5, c.track, c.created_at, e.sector
           FROM candidate_outcome_scope c, employer_sector_scope e WHERE c.candidate_id = $1 AND e.employer_id = $3
         RETURNING id`,
        [candidateId, REGION, fromEmployerId, startedOn, team.userId],
      );
      return row.id;
    };
    const followUp = (hireId: string, startedOn: string, stillEmployed: boolean | null) =>
      f.query(
        `INSERT INTO follow_up (hire_id, months, due_on, answered_on, still_employed)
         VALUES ($1, 6, ($2::date + interval '6 months')::date, $3, $4)`,
        [hireId, startedOn, stillEmployed === null ? null : TODAY, stillEmployed],
      );

    for (let i = 0; i < 20; i += 1) {
      const id = await candidate(careHr.token, 'WORK_TO_WORK');
      await trajectory(id, care.id, '2026-01-10');
      if (i >= PLACED_AFTER_DAYS.length) continue;
      const startedOn = new Date(Date.parse('2026-01-10') + PLACED_AFTER_DAYS[i] * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const hireId = await hire(id, care.id, startedOn);
      await followUp(hireId, startedOn, i < 5 ? true : i < 10 ? false : null);
    }
    for (let i = 0; i < 10; i += 1) {
      const id = await candidate(logisticsHr.token, 'LABOUR_DISABILITY');
      await f.query(`UPDATE candidate_profile SET created_at = '2025-06-01T10:00:00Z' WHERE id = $1`, [id]);
      if (i < 3) await trajectory(id, logistics.id, '2026-03-01');
      if (i >= 5) await hire(id, logistics.id, '2026-09-01');
    }
    await t.app.get(TrajectoryFactsService).rebuildAll();
  }, 180_000);

  afterAll(() => t.close());

  it('computes every figure of the region as worked out by hand', async () => {
    const view = await figures();
    expect(view.minimumCellSize).toBe(5);
    const total = byKey(view.total.figures);
    expect(total.ACTIVE_TRAJECTORIES).toMatchObject({ value: 23, suppressed: false });
    expect(total.INTAKES).toMatchObject({ value: 23, suppressed: false });
    expect(total.PLACEMENTS).toMatchObject({ value: 17, suppressed: false });
    expect(total.PLACEMENT_RATE_6_MONTHS).toMatchObject({
      numerator: 10,
      denominator: 23,
      suppressed: false,
    });
    expect(total.PLACEMENT_RATE_6_MONTHS.value).toBeCloseTo(10 / 23, 10);
    expect(total.DAYS_TO_PLACEMENT_MEDIAN).toMatchObject({ value: 75, denominator: null });
    expect(total.DAYS_TO_PLACEMENT_P75).toMatchObject({ value: 102.5, denominator: null });
    expect(total.RETENTION_6_MONTHS).toMatchObject({ value: 0.5, numerator: 5, denominator: 10 });
    expect(total.RETENTION_UNANSWERED).toMatchObject({ value: null, suppressed: true });
    expect(view.flowThrough).toMatchObject({
      key: 'FLOW_THROUGH',
      value: 0.5,
      numerator: 5,
      denominator: 10,
    });
    expect(view.flowThroughYear).toBe(2026);
  });

  it('hides a small cell and the cell that would give it away by difference', async () => {
    const view = await figures(FigureBreakdown.TRACK);
    expect(view.rows.map((r) => r.group)).toEqual(['LABOUR_DISABILITY', 'WORK_TO_WORK']);
    const [disability, workToWork] = view.rows.map((r) => byKey(r.figures));
    expect(disability.INTAKES).toMatchObject({ value: null, suppressed: true });
    expect(workToWork.INTAKES).toMatchObject({ value: null, suppressed: true });
    expect(byKey(view.total.figures).INTAKES).toMatchObject({ value: 23 });
    expect(disability.PLACEMENTS).toMatchObject({ value: 5 });
    expect(workToWork.PLACEMENTS).toMatchObject({ value: 12 });
    // Nothing in the answer describes the 3 intakes of the labour-disability track.
    expect(JSON.stringify(view.rows[0].figures)).not.toMatch(/"(value|numerator|denominator)":3\b/);
  });

  it('names the employers of an employer breakdown', async () => {
    const view = await figures(FigureBreakdown.EMPLOYER);
    expect(view.rows.map((r) => r.group).sort()).toEqual([care.id, logistics.id].sort());
    expect(view.rows.every((r) => r.groupLabel?.startsWith('Werkgever'))).toBe(true);
  });

  it('answers the GraphQL query and the CSV with definitions, for the region only', async () => {
    const query = `query($from: LocalDate!, $to: LocalDate!, $region: String) {
      outcomeFigures(from: $from, to: $to, regionCode: $region) {
        regionCode total { figures { key value numerator denominator suppressed } } definitions { key nl en } } }`;
    const data = expectData(
      await t.gql(query, { from: '2026-01-01', to: '2026-12-31' }, team.token),
    ).outcomeFigures;
    expect(data.regionCode).toBe(REGION);
    expect(data.definitions).toHaveLength(9);
    expectError(
      await t.gql(query, { from: '2026-01-01', to: '2026-12-31', region: 'AM27' }, team.token),
      'FORBIDDEN',
      {
        reason: 'OUTCOME_FIGURES_NOT_FOR_YOU',
      },
    );
    expectError(await t.gql(query, { from: '2026-12-31', to: '2026-01-01' }, team.token), 'BAD_USER_INPUT', {
      reason: 'INVALID_FIGURE_PERIOD',
    });
    const admin = await f.actor(Role.ADMINISTRATOR);
    expectError(await t.gql(query, { from: '2026-01-01', to: '2026-12-31' }, admin.token), 'BAD_USER_INPUT', {
      reason: 'REGION_REQUIRED',
    });
    const csv = await request(t.app.getHttpServer())
      .get('/outcome-figures.csv?from=2026-01-01&to=2026-12-31&breakdown=TRACK')
      .set('Authorization', `Bearer ${team.token}`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'regio,van,tot_en_met,uitsplitsing,groep,cijfer,waarde,teller,noemer,onderdrukt,definitie',
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^AM12,2026-01-01,2026-12-31,TRACK,LABOUR_DISABILITY,INTAKES,,,,minder dan 5 personen,/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^AM12,2026-01-01,2026-12-31,TRACK,totaal,PLACEMENT_RATE_6_MONTHS,0\.435,10,23,,/,
      ),
    );
  });
});
