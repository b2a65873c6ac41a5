/**
 * The queue contract: every queue, job and payload of Werkbrug, in one place. The gateway writes outbox
 * events; the relay turns them into these jobs; the worker processes them.
 */
export enum QueueName {
  STATISTICS = 'statistics',
}

export enum JobName {
  RECOMPUTE_REGION_STATISTICS = 'recompute-region-statistics',
}

export interface RecomputeRegionStatisticsPayload {
  regionCode: string;
}

export interface JobPayloads {
  [JobName.RECOMPUTE_REGION_STATISTICS]: RecomputeRegionStatisticsPayload;
}

export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.RECOMPUTE_REGION_STATISTICS]: QueueName.STATISTICS,
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

export const DEFAULT_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: { age: 24 * 3600, count: 10000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;
