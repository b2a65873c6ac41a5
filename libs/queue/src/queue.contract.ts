/**
 * The queue contract: every queue, job and payload of Werkbrug, in one place. The gateway writes outbox
 * events; the relay turns them into these jobs; the worker processes them.
 */
export enum QueueName {
  STATISTICS = 'statistics',
  /** Incremental rescoring and region rematch planning: short jobs, latency matters. */
  MATCHING = 'matching',
  /** The chunks of a full regional rematch: CPU-bound, spread over every worker process. */
  REMATCH = 'rematch',
  /** Planning people's time: meet-and-greet sessions and placements (short jobs, a few seconds at most). */
  SESSIONS = 'sessions',
}

/** The flow producer that adds a full regional rematch (chunks plus the finishing parent). */
export const REMATCH_FLOW = 'rematch-flow';

export enum JobName {
  RECOMPUTE_REGION_STATISTICS = 'recompute-region-statistics',
  RESCORE_CANDIDATE = 'rescore-candidate',
  RESCORE_VACANCY = 'rescore-vacancy',
  START_REGION_REMATCH = 'start-region-rematch',
  SCORE_REMATCH_CHUNK = 'score-rematch-chunk',
  FINISH_REMATCH = 'finish-rematch',
  /** Daily, and at worker start: rematch regions whose scores are missing, from another model, or from an earlier day. */
  REFRESH_STALE_REGIONS = 'refresh-stale-regions',
  /** Plans a session from its current participants and wishes (re-plans with fewest changes once published). */
  PLAN_SESSION = 'plan-session',
  /** Proposes dates and weekly hours for a placement whose parties left them open. */
  PLAN_PLACEMENT = 'plan-placement',
  /** Brings the outcome-figure facts of one candidate's trajectories up to date after a change. */
  REFRESH_TRAJECTORY_FACTS = 'refresh-trajectory-facts',
}

export interface RecomputeRegionStatisticsPayload {
  regionCode: string;
}

export interface RescoreCandidatePayload {
  regionCode: string;
  candidateId: string;
}

export interface RescoreVacancyPayload {
  regionCode: string;
  vacancyId: string;
}

export interface StartRegionRematchPayload {
  regionCode: string;
  reason: string;
  requestedByUserId: string | null;
  /** Set when the run row was created by the request itself (the GraphQL mutation), so progress is visible at once. */
  runId?: string;
}

export interface RematchChunkPayload {
  runId: string;
  chunkNo: number;
}

export interface FinishRematchPayload {
  runId: string;
}

export interface PlanSessionPayload {
  sessionId: string;
}

export interface PlanPlacementPayload {
  placementId: string;
}

export interface RefreshTrajectoryFactsPayload {
  candidateId: string;
}

export interface JobPayloads {
  [JobName.RECOMPUTE_REGION_STATISTICS]: RecomputeRegionStatisticsPayload;
  [JobName.RESCORE_CANDIDATE]: RescoreCandidatePayload;
  [JobName.RESCORE_VACANCY]: RescoreVacancyPayload;
  [JobName.START_REGION_REMATCH]: StartRegionRematchPayload;
  [JobName.SCORE_REMATCH_CHUNK]: RematchChunkPayload;
  [JobName.FINISH_REMATCH]: FinishRematchPayload;
  [JobName.REFRESH_STALE_REGIONS]: Record<string, never>;
  [JobName.PLAN_SESSION]: PlanSessionPayload;
  [JobName.PLAN_PLACEMENT]: PlanPlacementPayload;
  [JobName.REFRESH_TRAJECTORY_FACTS]: RefreshTrajectoryFactsPayload;
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.RECOMPUTE_REGION_STATISTICS]: QueueName.STATISTICS,
  [JobName.RESCORE_CANDIDATE]: QueueName.MATCHING,
  [JobName.RESCORE_VACANCY]: QueueName.MATCHING,
  [JobName.START_REGION_REMATCH]: QueueName.MATCHING,
  [JobName.FINISH_REMATCH]: QueueName.MATCHING,
  [JobName.REFRESH_STALE_REGIONS]: QueueName.MATCHING,
  [JobName.SCORE_REMATCH_CHUNK]: QueueName.REMATCH,
  [JobName.PLAN_SESSION]: QueueName.SESSIONS,
  [JobName.PLAN_PLACEMENT]: QueueName.SESSIONS,
  [JobName.REFRESH_TRAJECTORY_FACTS]: QueueName.STATISTICS,
};

/** An outbox event is a job request written in the same transaction as the change that needs it. */
export interface OutboxMessage<J extends JobName = JobName> {
  job: J;
  payload: JobPayloads[J];
  /**
   * Identifies what the job does. Messages with the same key in one relay batch collapse into one job,
   * because these jobs recompute from the current database state rather than applying a delta.
   */
  coalesceKey: string;
}

export function recomputeRegionStatistics(
  regionCode: string,
): OutboxMessage<JobName.RECOMPUTE_REGION_STATISTICS> {
  return {
    job: JobName.RECOMPUTE_REGION_STATISTICS,
    payload: { regionCode },
    coalesceKey: `region-statistics:${regionCode}`,
  };
}

export function refreshTrajectoryFacts(candidateId: string): OutboxMessage<JobName.REFRESH_TRAJECTORY_FACTS> {
  return {
    job: JobName.REFRESH_TRAJECTORY_FACTS,
    payload: { candidateId },
    coalesceKey: `trajectory-facts:${candidateId}`,
  };
}

export function rescoreCandidate(
  regionCode: string,
  candidateId: string,
): OutboxMessage<JobName.RESCORE_CANDIDATE> {
  return {
    job: JobName.RESCORE_CANDIDATE,
    payload: { regionCode, candidateId },
    coalesceKey: `rescore-candidate:${candidateId}`,
  };
}

export function rescoreVacancy(
  regionCode: string,
  vacancyId: string,
): OutboxMessage<JobName.RESCORE_VACANCY> {
  return {
    job: JobName.RESCORE_VACANCY,
    payload: { regionCode, vacancyId },
    coalesceKey: `rescore-vacancy:${vacancyId}`,
  };
}

export function startRegionRematch(
  payload: StartRegionRematchPayload,
): OutboxMessage<JobName.START_REGION_REMATCH> {
  return {
    job: JobName.START_REGION_REMATCH,
    payload,
    coalesceKey: `region-rematch:${payload.regionCode}`,
  };
}

export function planSession(sessionId: string): OutboxMessage<JobName.PLAN_SESSION> {
  return { job: JobName.PLAN_SESSION, payload: { sessionId }, coalesceKey: `plan-session:${sessionId}` };
}

export function planPlacement(placementId: string): OutboxMessage<JobName.PLAN_PLACEMENT> {
  return {
    job: JobName.PLAN_PLACEMENT,
    payload: { placementId },
    coalesceKey: `plan-placement:${placementId}`,
  };
}

/** The back-off of every job: exponential from 0.5 s, capped (see cappedBackoff). */
export const CAPPED_BACKOFF = 'capped-exponential';
const FIRST_RETRY_MS = 500;
const MAX_RETRY_DELAY_MS = 30_000;

/**
 * 30 attempts, waiting 0.5, 1, 2 … 16 s and then 30 s each: about 12.5 minutes, so the retries outlast a
 * 10-minute PostgreSQL outage instead of failing every queued job within a minute (plain exponential back-off
 * would wait hours by the 30th attempt). A job that fails even so is re-dispatched by the outbox reconciler.
 */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 30,
  backoff: { type: CAPPED_BACKOFF },
  removeOnComplete: { age: 24 * 3600, count: 10000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

export function cappedBackoff(attemptsMade: number): number {
  return Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attemptsMade - 1));
}

/**
 * What every processor declares: the back-off above, and how quickly a job whose worker died is handed to another.
 * A worker renews its lock every lockDuration / 2; a job whose lock lapsed is found by the next stall check, so a
 * killed worker's job moves on within lockDuration + stalledInterval: 8 + 2 s by default. Shorter would let a busy
 * event loop (a rematch chunk scoring on a loaded machine) miss a renewal and have its job taken from it, which
 * costs a duplicate run (jobs are idempotent) rather than correctness. QUEUE_LOCK_DURATION_MS changes the lock
 * (tests use 2 s); read when the processors are declared, so it comes from the environment, not the config class.
 * QUEUE_RETRY_TIME_SCALE (default 1) shrinks the back-off's clock: fault-injection tests run a 10-minute outage
 * as 30 seconds at 0.05, with the same number of retries over the same share of the outage.
 */
export function workerOptions(env: NodeJS.ProcessEnv = process.env): {
  lockDuration: number;
  stalledInterval: number;
  settings: { backoffStrategy: (attemptsMade: number) => number };
} {
  const raw = Number(env.QUEUE_LOCK_DURATION_MS ?? 8_000);
  const lockDuration = Number.isInteger(raw) && raw >= 1000 && raw <= 600_000 ? raw : 8_000;
  const rawScale = Number(env.QUEUE_RETRY_TIME_SCALE ?? 1);
  const scale = Number.isFinite(rawScale) && rawScale > 0 && rawScale <= 1 ? rawScale : 1;
  return {
    lockDuration,
    stalledInterval: Math.max(1000, Math.min(2_000, lockDuration / 4)),
    settings: {
      backoffStrategy:
        scale === 1 ? cappedBackoff : (attemptsMade) => Math.round(cappedBackoff(attemptsMade) * scale),
    },
  };
}
