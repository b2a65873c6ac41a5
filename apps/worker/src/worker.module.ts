import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@werkbrug/config';
import { DatabaseModule } from '@werkbrug/database';
import { DataRightsModule } from '@werkbrug/data-rights';
import { MailModule } from '@werkbrug/mail';
import { OutboxReconciler, OutboxRelay, QueueModule } from '@werkbrug/queue';
import { MatchingModule } from '@werkbrug/matching';
import { PlacementsModule } from '@werkbrug/placements';
import { SessionsModule } from '@werkbrug/sessions';
import { StatisticsModule } from '@werkbrug/statistics';
import { DataRightsSweeper } from './data-rights/data-rights.sweeper';
import { TrajectoriesModule } from '@werkbrug/trajectories';
import { NetworksModule } from '@werkbrug/networks';
import { NetworkRemindersTask } from './networks/network-reminders.task';
import { FollowUpRemindersTask } from './trajectories/follow-up-reminders.task';
import { HealthService } from '@werkbrug/platform';
import { WorkerHealthServer } from './health/worker-health.server';
import { MailSender } from './mail/mail-sender';
import { OutboxReconciliationTask } from './outbox/outbox-reconciliation.task';
import { NotificationMailer } from './mail/notification-mailer';
import { MatchingProcessor } from './matching/matching.processor';
import { RegionPreloader } from './matching/region-preloader';
import { RematchChunkProcessor } from './matching/rematch-chunk.processor';
import { StaleRegionsScheduler } from './matching/stale-regions.scheduler';
import { PlanningProcessor } from './planning/planning.processor';
import { RegionStatisticsProcessor } from './statistics/region-statistics.processor';

/** The same lib modules as the gateway; no resolvers, no guards: processors and the outbox relay. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        QueueModule,
        StatisticsModule,
        MatchingModule,
        SessionsModule,
        PlacementsModule,
        MailModule,
        DataRightsModule,
        TrajectoriesModule,
        NetworksModule,
      ],
      providers: [
        OutboxRelay,
        OutboxReconciler,
        OutboxReconciliationTask,
        RegionStatisticsProcessor,
        MatchingProcessor,
        RematchChunkProcessor,
        StaleRegionsScheduler,
        RegionPreloader,
        PlanningProcessor,
        MailSender,
        NotificationMailer,
        HealthService,
        WorkerHealthServer,
        DataRightsSweeper,
        FollowUpRemindersTask,
        NetworkRemindersTask,
      ],
    };
  }
}
