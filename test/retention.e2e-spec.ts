import { Role } from '@werkbrug/core';
import {
  type RetentionKind,
  retentionCutoffs,
  retentionPeriods,
  RetentionService,
} from '@werkbrug/data-rights';
import { Actor, Fixtures } from './support/fixtures';
import { EmployerWithHrLead, employerWithHrLead } from './support/helpers-auth';
import { eventually } from './support/helpers-infra';
import { type SeededRow, seedRetentionCases } from './support/retention-fixture';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Retention: rows of every kind, some just past their period and some just within it, one nightly run with a
 * fake clock; exactly the old ones go, placements stay (anonymised) so the ledger keeps its hours, and the report
 * counts what went.
 *
 * Other specs share this database, and the job works on every row in it. So the clock is far in the past
 * (`CLOCK`) and the rows here are seeded around it: nothing of another spec is that old, so the report counts
 * only these rows, and this spec deletes nothing of theirs. Before seeding, tonight's real run is made to have
 * happened (by this spec or a worker of another), so no worker removes these old rows meanwhile — unless the
 * night turns at 03:00 during the few seconds this spec runs.
 */
const REGION = 'AM18';
const CLOCK = new Date('2001-06-15T10:00:00Z');
const CLOCK_NIGHT = '2001-06-15';

describe('retention', () => {
  let t: TestApp;
  let f: Fixtures;
  let own: EmployerWithHrLead;
  let other: EmployerWithHrLead;
  let team: Actor;
  let retention: RetentionService;
  let cutoffs: Record<RetentionKind, Date>;
  const query = (sql: string, params: unknown[] = []) => f.query(sql, params);

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t);
    own = await employerWithHrLead(f, REGION);
    other = await employerWithHrLead(f, REGION);
    team = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    retention = t.app.get(RetentionService);
    cutoffs = retentionCutoffs(retentionPeriods(t.config), CLOCK);
    await eventually(
      "tonight's real retention run",
      () => retention.runNightly(),
      (outcome) => outcome.status !== 'busy',
      60_000,
    );
  }, 120_000);
  afterAll(() => t.close());

  it('removes exactly what is past its period, anonymises placements and keeps the ledger', async () => {
    const seeded = await seedRetentionCases({
      t,
      f,
      own,
      other,
      team,
      region: REGION,
      clock: CLOCK,
      cutoffs,
    });
    const { gone, kept } = seeded;
    const ledger = () =>
      query(
        `SELECT count(*)::int AS placements, sum(hours_per_week * duration_weeks)::int AS hours
         FROM placement WHERE host_employer_id = $1`,
        [other.employer.id],
      );
    const ledgerBefore = await ledger();
    expect(ledgerBefore).toEqual([{ placements: 6, hours: 5 * 16 * 12 }]);

    const outcome = await retention.runNightly(CLOCK);
    if (outcome.status !== 'ran') throw new Error(`retention did not run: ${outcome.status}`);

    const left = async (rows: SeededRow[]) => {
      const result: { label: string; left: number }[] = [];
      for (const row of rows) {
        const [{ n }] = await query(`SELECT count(*)::int AS n FROM ${row.table} WHERE id::text = $1`, [
          row.id,
        ]);
        result.push({ label: row.label, left: n });
      }
      return result;
    };
    expect(await left(gone)).toEqual(gone.map(({ label }) => ({ label, left: 0 })));
    expect(await left(kept)).toEqual(kept.map(({ label }) => ({ label, left: 1 })));
    expect(
      await query(`SELECT count(*)::int AS n FROM rematch_chunk WHERE run_id = $1`, [seeded.failedRunId]),
    ).toEqual([{ n: 0 }]);

    // Placements stay, without the person; the ledger's hours do not change.
    expect(await ledger()).toEqual(ledgerBefore);
    const anonymised = await query(
      `SELECT id::text, candidate_id, candidate_erased_at IS NOT NULL AS erased, match_case_id,
              candidate_evaluation, (SELECT count(*)::int FROM placement_event e WHERE e.placement_id = p.id) AS events
       FROM placement p WHERE id = ANY($1::uuid[]) ORDER BY id`,
      [seeded.anonymisedPlacements],
    );
    expect(anonymised).toEqual(
      [...seeded.anonymisedPlacements].sort().map((id) => ({
        id,
        candidate_id: null,
        erased: true,
        match_case_id: null,
        candidate_evaluation: null,
        events: 0,
      })),
    );
    expect(
      await query(
        `SELECT count(*)::int AS n FROM placement WHERE id = ANY($1::uuid[]) AND candidate_id IS NOT NULL`,
        [seeded.personalPlacements],
      ),
    ).toEqual([{ n: seeded.personalPlacements.length }]);

    // The report counts exactly the old rows seeded here; nothing else is that old.
    const expected: Record<RetentionKind, number> = {
      withdrawnCandidates: 1,
      declinedMatches: 2,
      closedMatches: 1,
      closedPlacements: 2,
      readNotifications: 1,
      unreadNotifications: 1,
      identityAccessLog: 1,
      auditEntries: 1,
      accountEvents: 1,
      mail: 2,
      dataExports: 1,
      erasureRequests: 2,
      rematchRuns: 2,
      outboxEvents: 1,
    };
    expect(outcome.report).toEqual(
      expect.objectContaining({
        night: CLOCK_NIGHT,
        clock: CLOCK,
        counts: expected,
        postponed: 0,
        failed: [],
      }),
    );
    expect(await retention.lastReport(CLOCK_NIGHT)).toEqual(outcome.report);
    const [audit] = await query(
      `SELECT actor_role, details FROM audit_entry WHERE action = 'RETENTION_RUN' AND details->>'night' = $1`,
      [CLOCK_NIGHT],
    );
    expect(audit).toEqual({
      actor_role: 'SYSTEM',
      details: { night: CLOCK_NIGHT, counts: expected, postponed: 0, failed: [] },
    });
  }, 120_000);

  it('runs once per night, whichever worker asks and however often', async () => {
    await expect(retention.runNightly(CLOCK)).resolves.toEqual({ status: 'done' });
    // 00:30 in Amsterdam the next day is still the same night; it starts at 03:00.
    await expect(retention.runNightly(new Date(CLOCK.getTime() + 12.5 * 3600_000))).resolves.toEqual({
      status: 'done',
    });

    // Three workers asking at once for a night nobody has run: one runs it. Nothing is that old, so it removes nothing.
    const night = new Date('1999-01-01T04:00:00Z');
    const outcomes = await Promise.all([1, 2, 3].map(() => retention.runNightly(night)));
    const ran = outcomes.filter((outcome) => outcome.status === 'ran');
    expect(ran).toHaveLength(1);
    for (const outcome of outcomes.filter((o) => o.status !== 'ran'))
      expect(['busy', 'done']).toContain(outcome.status);
    await expect(retention.runNightly(night)).resolves.toEqual({ status: 'done' });
    const [stored] = await query(`SELECT count(*)::int AS n FROM retention_run WHERE night = '1999-01-01'`);
    expect(stored).toEqual({ n: 1 });
  }, 60_000);
});
