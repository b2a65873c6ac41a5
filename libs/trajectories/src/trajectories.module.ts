import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidatesModule } from '@werkbrug/candidates/candidates.module';
import { NotificationsModule } from '@werkbrug/notifications';
import { TaxonomyModule } from '@werkbrug/taxonomy';
import { EarlyStartService } from './early-start.service';
import { HiresService } from './hires.service';
import { TrajectoryFactsService } from './trajectory-facts.service';
import { OutcomeFiguresService } from './outcome-figures.service';
import { TrajectoryReportsService } from './trajectory-reports.service';
import { ShortagesService } from './shortages.service';
import { TrajectoriesService } from './trajectories.service';
import { TRAJECTORY_ENTITIES } from './trajectory.entities';

/** Guidance trajectories (opening, screening, contacts, closing) and hires with their follow-ups. */
@Module({
  imports: [
    TypeOrmModule.forFeature(TRAJECTORY_ENTITIES),
    CandidatesModule,
    NotificationsModule,
    TaxonomyModule,
  ],
  providers: [
    TrajectoriesService,
    HiresService,
    TrajectoryFactsService,
    OutcomeFiguresService,
    TrajectoryReportsService,
    ShortagesService,
    EarlyStartService,
  ],
  exports: [
    TrajectoriesService,
    HiresService,
    TrajectoryFactsService,
    OutcomeFiguresService,
    TrajectoryReportsService,
    ShortagesService,
    EarlyStartService,
  ],
})
export class TrajectoriesModule {}
