import { Processor } from '@nestjs/bullmq';
import type { OnModuleInit } from '@nestjs/common';
import { IncrementalMatcher, RematchService, SkillSpaceProvider } from '@werkbrug/matching';
import { JobName, JobPayloads, QueueName, workerOptions } from '@werkbrug/queue';
import { LoggedWorkerHost } from '@werkbrug/worker/logged-worker-host';

/**
 * Incremental rescoring and the start and finish of regional rematches. One job at a time per process: they share
 * the process's in-memory region state; more processes share the queue.
 */
@Processor(QueueName.MATCHING, { concurrency: 1, ...workerOptions() })
export class MatchingProcessor
  extends LoggedWorkerHost<
    | JobName.RESCORE_CANDIDATE
    | JobName.RESCORE_VACANCY
    | JobName.START_REGION_REMATCH
    | JobName.REFRESH_STALE_REGIONS
    | JobName.FINISH_REMATCH
  >
  implements OnModuleInit
{
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

  protected readonly handlers = {
    [JobName.RESCORE_CANDIDATE]: (data: JobPayloads[JobName.RESCORE_CANDIDATE]) =>
      this.incremental.rescore('CANDIDATE', data.regionCode, data.candidateId),
    [JobName.RESCORE_VACANCY]: (data: JobPayloads[JobName.RESCORE_VACANCY]) =>
      this.incremental.rescore('VACANCY', data.regionCode, data.vacancyId),
    [JobName.START_REGION_REMATCH]: (data: JobPayloads[JobName.START_REGION_REMATCH]) =>
      this.rematch.plan(data),
    [JobName.REFRESH_STALE_REGIONS]: async () => ({ requested: await this.rematch.requestStale() }),
    // Its return value names the region: every process then preloads it (RegionPreloader).
    [JobName.FINISH_REMATCH]: (data: JobPayloads[JobName.FINISH_REMATCH]) => this.rematch.finish(data.runId),
  };
}
