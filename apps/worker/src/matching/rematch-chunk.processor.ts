import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { RematchService } from '@werkbrug/matching';
import { JobName, QueueName, RematchChunkPayload, workerOptions } from '@werkbrug/queue';
import type { Job } from 'bullmq';
import { LoggedWorkerHost } from '@werkbrug/worker/logged-worker-host';

/** The CPU-bound chunks of a regional rematch; every worker process takes them, one at a time. */
@Processor(QueueName.REMATCH, { concurrency: 1, ...workerOptions() })
export class RematchChunkProcessor extends LoggedWorkerHost<JobName.SCORE_REMATCH_CHUNK> {
  constructor(private readonly rematch: RematchService) {
    super();
  }

  protected readonly handlers = {
    [JobName.SCORE_REMATCH_CHUNK]: (data: RematchChunkPayload) =>
      this.rematch.scoreChunk(data.runId, data.chunkNo),
  };

  /** A chunk that has used all its attempts fails the run, so the region does not wait on it forever. */
  @OnWorkerEvent('failed')
  async onFailed(job: Job<RematchChunkPayload> | undefined, error: Error): Promise<void> {
    if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) {
      await this.rematch.markFailed(job.data.runId, `chunk ${job.data.chunkNo}: ${error.message}`);
    }
  }
}
