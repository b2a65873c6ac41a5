import { Injectable } from '@nestjs/common';
import { AppConfig } from '@werkbrug/config';
import { NetworksService } from '@werkbrug/networks';
import { PeriodicTask } from '@werkbrug/worker/periodic-task';

/**
 * Every FOLLOW_UP_REMINDER_INTERVAL_MS (the worker's reminder pace): members that have not answered a collegial
 * request after their network's number of days are reminded (see NetworksService.remindUnanswered).
 */
@Injectable()
export class NetworkRemindersTask extends PeriodicTask {
  protected readonly taskName = 'network reminders';

  constructor(
    private readonly networks: NetworksService,
    private readonly config: AppConfig,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.FOLLOW_UP_REMINDER_INTERVAL_MS;
  }

  protected async runRound(): Promise<void> {
    await this.networks.remindUnanswered();
  }
}
