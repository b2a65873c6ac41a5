// Plans a synthetic meet-and-greet session, checks the plan against every rule, re-plans after a cancellation
// and a late registration, and compares the objective with the exact optimum from HiGHS where HiGHS finishes in
// time. Run with `npm run bench:schedule -- --candidates 300 --employers 80 --slots 12 --tables 40`; the last
// line is one JSON object.
import {
  findViolations,
  planSchedule,
  replanSchedule,
  type ScheduleInstance,
  type SchedulePlan,
} from '@werkbrug/scheduling-core';
import { syntheticSession } from './schedule-instance';
import { solveExactly } from './schedule-mip';

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

function timed<T>(run: () => T): { result: T; seconds: number } {
  const started = performance.now();
  const result = run();
  return { result, seconds: (performance.now() - started) / 1000 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function assertValid(instance: ScheduleInstance, plan: SchedulePlan, what: string): void {
  const violations = findViolations(instance, plan.meetings);
  if (violations.length > 0)
    throw new Error(`${what} breaks ${violations.length} rules, first: ${violations[0]}`);
}

/** The candidate cancels: they keep their index but can no longer meet anyone. */
function withoutCandidate(instance: ScheduleInstance, candidate: number): ScheduleInstance {
  return {
    ...instance,
    candidates: instance.candidates.map((c, i) => (i === candidate ? { ...c, maxMeetings: 0 } : c)),
    pairs: instance.pairs.filter((p) => p.candidate !== candidate),
  };
}

/** A late registrant who looks like an existing candidate (same pairs and wishes). */
function withLateCandidate(instance: ScheduleInstance, like: number): ScheduleInstance {
  const index = instance.candidates.length;
  return {
    ...instance,
    candidates: [...instance.candidates, instance.candidates[like]],
    pairs: [
      ...instance.pairs,
      ...instance.pairs.filter((p) => p.candidate === like).map((p) => ({ ...p, candidate: index })),
    ],
  };
}

function replanFigures(plan: SchedulePlan, changed: ScheduleInstance) {
  const published = plan.meetings.map((m) => ({ ...m, locked: false }));
  const { result, seconds } = timed(() => replanSchedule(changed, published));
  assertValid(changed, result, 're-plan');
  return {
    seconds: round(seconds, 3),
    publishedMeetings: published.length,
    changedMeetings: result.changed,
    addedMeetings: result.added,
    changedShare: round((result.changed + result.added) / Math.max(1, published.length), 4),
    objective: result.objective,
  };
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

async function main(): Promise<void> {
  const shape = {
    candidates: argument('candidates', 300),
    employers: argument('employers', 80),
    slots: argument('slots', 12),
    tables: argument('tables', 40),
    seed: argument('seed', 1),
    minMeetings: argument('min-meetings', 2),
  };
  const repeat = argument('repeat', 3);
  const exactTimeLimit = argument('exact-time-limit', 120);
  const instance = syntheticSession(shape);
  const runs = Array.from({ length: repeat }, () => timed(() => planSchedule(instance)));
  const plan = runs[runs.length - 1].result;
  assertValid(instance, plan, 'plan');
  const seconds = median(runs.map((r) => r.seconds));
  const pairValue = new Map(instance.pairs.map((p) => [`${p.candidate}:${p.employer}`, p.value]));
  const perCandidate = new Int32Array(shape.candidates);
  for (const m of plan.meetings) perCandidate[m.candidate]++;
  const busiest = [...perCandidate.keys()].sort((a, b) => perCandidate[b] - perCandidate[a] || a - b)[0];
  const cancellation = replanFigures(plan, withoutCandidate(instance, busiest));
  const lateRegistration = replanFigures(plan, withLateCandidate(instance, busiest));
  // The exact model has one binary per pair and slot; at 1,000 × 200 that can exhaust the solver's memory.
  const exact =
    exactTimeLimit > 0
      ? await solveExactly(instance, exactTimeLimit).catch((error: unknown) => ({
          status: `error: ${error instanceof Error ? error.message : String(error)}`,
          optimum: undefined,
          seconds: 0,
          variables: 0,
        }))
      : undefined;
  const figures = {
    ...shape,
    pairs: instance.pairs.length,
    meetings: plan.meetings.length,
    objective: plan.objective,
    valueOfMeetings: plan.meetings.reduce(
      (sum, m) => sum + (pairValue.get(`${m.candidate}:${m.employer}`) ?? 0),
      0,
    ),
    seconds: round(seconds, 3),
    upperBound: plan.upperBound,
    boundRatio: round(plan.objective / plan.upperBound, 5),
    candidatesWithoutMeeting: [...perCandidate].filter((n) => n === 0).length,
    candidatesBelowFloor: [...perCandidate].filter((n) => n < shape.minMeetings).length,
    optimum: exact?.optimum,
    optimalityRatio: exact?.optimum ? round(plan.objective / exact.optimum, 5) : undefined,
    exactStatus: exact?.status,
    exactSeconds: exact ? round(exact.seconds, 1) : undefined,
    exactVariables: exact?.variables,
    replanAfterCancellation: cancellation,
    replanAfterLateRegistration: lateRegistration,
  };
  console.log(JSON.stringify(figures));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
