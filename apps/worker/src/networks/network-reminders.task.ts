import { Injectable } from '@nestjs/common';
import { AppConfig } from '@werkbrug/config';
import { CollegialRequestsService, NetworkReviewService } from '@werkbrug/networks';
import { PeriodicTask } from '@werkbrug/worker/periodic-task';

/**
 * Every FOLLOW_UP_REMINDER_INTERVAL_MS (the worker's reminder pace): members that have not answered a collegial
 * request after their network's number of days are reminded (CollegialRequestsService.remindUnanswered), and in a
 * quarter's last two weeks members are asked for their notes for the review (NetworkReviewService.remindNotes).
 */
@Injectable()
export class NetworkRemindersTask extends PeriodicTask {
  protected readonly taskName = 'network reminders';

  constructor(
    private readonly requests: CollegialRequestsService,
    private readonly reviews: NetworkReviewService,
    private readonly config: AppConfig,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.FOLLOW_UP_REMINDER_INTERVAL_MS;
  }

  protected async runRound(): Promise<void> {
    await this.requests.remindUnanswered();
    await this.reviews.remindNotes();
  }
}
