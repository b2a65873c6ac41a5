// bench:outcome-figures — the region's outcome figures over a large history: N trajectories (default 100,000) with
// hires and six-month follow-ups in one region, the facts rebuilt as the worker does nightly, then the figures
// asked as the web app asks them (the whole region, by track, by employer) and one candidate's facts refreshed as
// after a change. Prints p50/p95/max per read; the last line is JSON. Target: p95 ≤ 100 ms per figure request.
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import type { AppConfig } from '@werkbrug/config';
import { loadConfig } from '@werkbrug/config';
import { Role, type Viewer } from '@werkbrug/core';
import { dataSourceOptions } from '@werkbrug/database';
import { applyMigrations } from '@werkbrug/platform';
import { OutcomeFigureKey } from '@werkbrug/trajectories/outcome-figures';
import { OutcomeFiguresService } from '@werkbrug/trajectories/outcome-figures.service';
import { TrajectoryFactsService } from '@werkbrug/trajectories/trajectory-facts.service';
import { FigureBreakdown } from '@werkbrug/trajectories/trajectory.enums';
import { DataSource } from 'typeorm';
import { commandLineOptions, createBenchDatabase, dropBenchDatabase } from './matching-bench-support';

const REGION = 'AM27';
const EMPLOYERS = 20;
const SECTORS = ['CARE', 'LOGISTICS', 'RETAIL', 'CLEANING', 'CATERING', 'PUBLIC_ADMINISTRATION'];

async function generate(db: DataSource, trajectories: number): Promise<void> {
  const [{ pc4 }]: { pc4: string }[] = await db.query(
    `SELECT pc4 FROM postcode_area WHERE region_code = $1 ORDER BY pc4 LIMIT 1`,
    [REGION],
  );
  await db.query(
    `INSERT INTO employer (name, sector, region_code)
     SELECT 'Werkgever ' || i, ($2::text[])[1 + i % array_length($2::text[], 1)], $1 FROM generate_series(1, $3) i`,
    [REGION, SECTORS, EMPLOYERS],
  );
  await db.query(
    `INSERT INTO user_account (email, password_hash, display_name, role, region_code)
     VALUES ('bench-team@bench.werkbrug.nl', 'x', 'Bench team', 'MOBILITY_TEAM', $1)`,
    [REGION],
  );
  // One candidate per trajectory, spread over four tracks, twenty employers and three years of registrations.
  await db.query(
    `WITH e AS (SELECT array_agg(id ORDER BY name) AS ids FROM employer WHERE region_code = $1)
     INSERT INTO candidate_profile (public_code, employer_id, region_code, track, hours_min, hours_max, home_pc4,
       max_travel_km, travel_mode, sectors_open, contract_types, support_needs, sharing_scope, consent_status,
       consent_recorded_at, status, created_at)
     SELECT 'OB' || i, e.ids[1 + i % $3], $1,
            (ARRAY['WORK_TO_WORK','LABOUR_DISABILITY','SICKNESS_REINTEGRATION','VOLUNTARY_MOBILITY'])[1 + i % 4],
            16, 32, $2, 20, 'BICYCLE', '{}', '{}', '{}', 'REGION', 'GIVEN', now(), 'ACTIVE',
            timestamp '2023-06-01' + (i % 1000) * interval '1 day'
       FROM generate_series(1, $4) i, e`,
    [REGION, pc4, EMPLOYERS, trajectories],
  );
  await db.query(
    `INSERT INTO trajectory (candidate_id, region_code, client_employer_id, kind, status, counsellor_user_id,
       started_on, first_sickness_day, closed_on, outcome, created_by_user_id)
     SELECT c.id, c.region_code, c.employer_id,
            CASE WHEN c.track = 'SICKNESS_REINTEGRATION' THEN 'SICKNESS_REINTEGRATION' ELSE 'WORK_TO_WORK' END,
            CASE WHEN n % 3 = 0 THEN 'CLOSED' ELSE 'OPEN' END, u.id, date '2024-01-01' + (n % 1000)::int,
            CASE WHEN c.track = 'SICKNESS_REINTEGRATION' THEN date '2024-01-01' + (n % 1000)::int - 300 END,
            CASE WHEN n % 3 = 0 THEN date '2024-01-01' + (n % 1000)::int + 200 END,
            CASE WHEN n % 3 = 0 THEN 'EXTERNAL_JOB' END, u.id
       FROM (SELECT id, region_code, employer_id, track, row_number() OVER (ORDER BY id) AS n
               FROM candidate_profile WHERE region_code = $1) c,
            (SELECT id FROM user_account WHERE email = 'bench-team@bench.werkbrug.nl') u`,
    [REGION],
  );
  // Six in ten find work elsewhere within a year of their intake; most six-month follow-ups are answered.
  await db.query(
    `INSERT INTO hire (candidate_id, region_code, from_employer_id, employer_name, external, contract_type, started_on,
       source, recorded_by_user_id, candidate_track, candidate_registered_at, from_sector)
     SELECT t.candidate_id, t.region_code, t.client_employer_id, 'Elders BV', true, 'FIXED_TERM',
            t.started_on + ((t.n * 7) % 365)::int, 'OUTSIDE', t.counsellor_user_id, c.track, c.created_at, e.sector
       FROM (SELECT *, row_number() OVER (ORDER BY id) AS n FROM trajectory WHERE region_code = $1) t
       JOIN candidate_outcome_scope c ON c.candidate_id = t.candidate_id
       JOIN employer_sector_scope e ON e.employer_id = t.client_employer_id
      WHERE t.n % 10 < 6`,
    [REGION],
  );
  await db.query(
    `INSERT INTO follow_up (hire_id, months, due_on, answered_on, still_employed)
     SELECT h.id, 6, (h.started_on + interval '6 months')::date,
            CASE WHEN h.n % 5 < 4 THEN (h.started_on + interval '6 months')::date END,
            CASE WHEN h.n % 5 < 4 THEN h.n % 5 < 3 END
       FROM (SELECT *, row_number() OVER (ORDER BY id) AS n FROM hire WHERE region_code = $1) h`,
    [REGION],
  );
  await db.query(`ANALYZE`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

async function timed(label: string, runs: number, work: () => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await work();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const row = {
    read: label,
    runs,
    p50Ms: Math.round(percentile(ms, 0.5) * 10) / 10,
    p95Ms: Math.round(percentile(ms, 0.95) * 10) / 10,
    maxMs: Math.round(ms[ms.length - 1] * 10) / 10,
  };
  console.log(`${label}: p50 ${row.p50Ms} ms, p95 ${row.p95Ms} ms, max ${row.maxMs} ms (${runs} runs)`);
  return row;
}

async function main(): Promise<void> {
  const { int, value } = commandLineOptions(process.argv.slice(2));
  const trajectories = int('trajectories', 100_000, 1);
  const runs = int('runs', 100, 1);
  const keep = process.argv.includes('--keep');
  const dbName = `werkbrug_bench_${Date.now().toString(36)}_${process.pid}`;
  console.log(`bench:outcome-figures ${trajectories} trajectories in ${REGION}, database ${dbName}`);
  let db: DataSource | undefined;
  try {
    const url = await createBenchDatabase(dbName);
    await applyMigrations(loadConfig({ DATABASE_URL: url }), 'bench');
    db = await new DataSource(dataSourceOptions({ DATABASE_URL: url }, 'werkbrug-bench')).initialize();
    let start = performance.now();
    await generate(db, trajectories);
    console.log(`generated the history in ${Math.round(performance.now() - start)} ms`);
    const facts = new TrajectoryFactsService(db);
    start = performance.now();
    const rebuilt = await facts.rebuildAll();
    const rebuildMs = Math.round(performance.now() - start);
    console.log(`nightly rebuild of ${rebuilt} facts: ${rebuildMs} ms`);
    await db.query(`ANALYZE trajectory_fact`);

    const service = new OutcomeFiguresService(db, { FIGURES_MIN_CELL_SIZE: 5 } as AppConfig);
    const team: Viewer = { role: Role.MOBILITY_TEAM, userId: 'bench', regionCode: REGION };
    const year = (breakdown: FigureBreakdown) => () =>
      service.figures(
        team,
        { from: value('from') ?? '2025-01-01', to: value('to') ?? '2025-12-31', breakdown },
        '2026-12-01',
      );
    const reads = [
      await timed('figures, whole region, one year', runs, year(FigureBreakdown.NONE)),
      await timed('figures by track, one year', runs, year(FigureBreakdown.TRACK)),
      await timed('figures by employer, one year', runs, year(FigureBreakdown.EMPLOYER)),
    ];
    const candidates: { id: string }[] = await db.query(
      `SELECT candidate_id AS id FROM trajectory ORDER BY random() LIMIT $1`,
      [runs + 5],
    );
    let next = 0;
    const refresh = await timed('refresh of one candidate’s facts (after a change)', runs, () =>
      facts.refreshCandidate(candidates[next++ % candidates.length].id),
    );
    const sample = await year(FigureBreakdown.NONE)();
    const figure = (key: OutcomeFigureKey) => sample.total.figures.find((f) => f.key === key)?.value;
    console.log(
      `sample: ${figure(OutcomeFigureKey.INTAKES)} intakes in 2025, placement rate within six months ` +
        `${figure(OutcomeFigureKey.PLACEMENT_RATE_6_MONTHS)?.toFixed(3)}`,
    );
    const worstP95 = Math.max(...reads.map((r) => r.p95Ms));
    if (worstP95 > 100) process.exitCode = 1;
    console.log(
      JSON.stringify({
        trajectories,
        facts: rebuilt,
        rebuildMs,
        reads,
        refresh,
        worstP95Ms: worstP95,
        targetP95Ms: 100,
      }),
    );
  } finally {
    await db?.destroy();
    if (!keep) await dropBenchDatabase(dbName);
    else console.error(`kept database ${dbName}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
