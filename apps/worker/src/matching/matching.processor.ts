import { Processor } from '@nestjs/bullmq';
import type { OnModuleInit } from '@nestjs/common';
import { IncrementalMatcher, RematchService, SkillSpaceProvider } from '@werkbrug/matching';
import { JobName, JobPayloads, QueueName, workerLockOptions } from '@werkbrug/queue';
import type { Job } from 'bullmq';
import { LoggedWorkerHost } from '@werkbrug/worker/logged-worker-host';

type MatchingJob = Job<
  JobPayloads[
    | JobName.RESCORE_CANDIDATE
    | JobName.RESCORE_VACANCY
    | JobName.START_REGION_REMATCH
    | JobName.FINISH_REMATCH],
  unknown,
  JobName
>;

/**
 * Incremental rescoring and the start and finish of regional rematches. One job at a time per process: they share
 * the process's in-memory region state; more processes share the queue.
 */
@Processor(QueueName.MATCHING, { concurrency: 1, ...workerLockOptions() })
export class MatchingProcessor extends LoggedWorkerHost<MatchingJob> implements OnModuleInit {
  constructor(
    private readonly incremental: IncrementalMatcher,
    private readonly rematch: RematchService,
    private readonly skills: SkillSpaceProvider,
  ) {
    super();
  }

  /** The skill space takes about a second to build: at start, not inside the first job someone waits for. */
  onModuleInit(): void {
    this.skills.get();
  }

  protected async handle(job: MatchingJob): Promise<unknown> {
    switch (job.name) {
      case JobName.RESCORE_CANDIDATE: {
        const data = job.data as JobPayloads[JobName.RESCORE_CANDIDATE];
        return this.incremental.rescore('CANDIDATE', data.regionCode, data.candidateId);
      }
      case JobName.RESCORE_VACANCY: {
        const data = job.data as JobPayloads[JobName.RESCORE_VACANCY];
        return this.incremental.rescore('VACANCY', data.regionCode, data.vacancyId);
      }
      case JobName.START_REGION_REMATCH:
        return this.rematch.plan(job.data as JobPayloads[JobName.START_REGION_REMATCH]);
      case JobName.REFRESH_STALE_REGIONS:
        return { requested: await this.rematch.requestStale() };
      case JobName.FINISH_REMATCH:
        // Its return value names the region: every process then preloads it (RegionPreloader).
        return this.rematch.finish((job.data as JobPayloads[JobName.FINISH_REMATCH]).runId);
      default:
        throw new Error(`unknown job ${job.name} on ${QueueName.MATCHING}`);
    }
  }
}
