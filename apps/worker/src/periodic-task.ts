import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

/**
 * Work a worker does every few seconds from the database (mail, data rights), rather than from a queue: any
 * number of workers may run it, each claiming its own rows with SKIP LOCKED. A round waits for the previous one,
 * so a slow round never stacks rounds up; a failed round is logged and the next one tries again; shutdown waits
 * for the round in progress.
 */
export abstract class PeriodicTask implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly logger = new Logger(this.constructor.name);
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<void> = Promise.resolve();

  /** What the log calls a failed round, e.g. "mail". */
  protected abstract readonly taskName: string;
  protected abstract intervalMs(): number;
  protected abstract runRound(): Promise<void>;

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.round = this.round.then(() => this.guardedRound());
    }, this.intervalMs());
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.round;
    await this.afterShutdown();
  }

  /** Waits for work a round started but did not wait for. */
  protected async afterShutdown(): Promise<void> {}

  private async guardedRound(): Promise<void> {
    try {
      await this.runRound();
    } catch (error) {
      this.logger.warn(`${this.taskName} round failed: ${(error as Error).message}`);
    }
  }
}
