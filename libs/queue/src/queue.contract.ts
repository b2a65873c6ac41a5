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

export const DEFAULT_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: { age: 24 * 3600, count: 10000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

/**
 * How long a worker holds a job before BullMQ considers it stalled (its process gone) and hands it to another
 * worker. Read when the processors are declared, so it comes from the environment rather than the config class;
 * 30 s (BullMQ's default) unless QUEUE_LOCK_DURATION_MS says otherwise. Tests use a short one to recover quickly.
 */
export function workerLockOptions(env: NodeJS.ProcessEnv = process.env): {
  lockDuration: number;
  stalledInterval: number;
} {
  const raw = Number(env.QUEUE_LOCK_DURATION_MS ?? 30_000);
  const lockDuration = Number.isInteger(raw) && raw >= 1000 && raw <= 600_000 ? raw : 30_000;
  return { lockDuration, stalledInterval: lockDuration };
}
