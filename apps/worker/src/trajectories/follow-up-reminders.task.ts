import { Injectable } from '@nestjs/common';
import { AppConfig } from '@werkbrug/config';
import { EarlyStartService, HiresService, TrajectoryFactsService } from '@werkbrug/trajectories';
import { PeriodicTask } from '@werkbrug/worker/periodic-task';

/**
 * Every FOLLOW_UP_REMINDER_INTERVAL_MS: reminders for due, unanswered follow-ups of hires (see HiresService); once a
 * night (whichever worker comes first) the rebuild of the outcome-figure facts; and once a week the early-start
 * reminder (contracts ending within six months with nothing started, see EarlyStartService).
 */
@Injectable()
export class FollowUpRemindersTask extends PeriodicTask {
  protected readonly taskName = 'follow-ups and outcome facts';

  constructor(
    private readonly hires: HiresService,
    private readonly facts: TrajectoryFactsService,
    private readonly earlyStart: EarlyStartService,
    private readonly config: AppConfig,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.FOLLOW_UP_REMINDER_INTERVAL_MS;
  }

  protected async runRound(): Promise<void> {
    await this.hires.remindDue();
    await this.facts.rebuildNightly();
    await this.earlyStart.remindWeekly();
  }
}
