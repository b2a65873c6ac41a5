import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TrajectoriesService } from './trajectories.service';
import { TRAJECTORY_ENTITIES } from './trajectory.entities';

/** Guidance trajectories: opening, screening, contacts and closing. */
@Module({
  imports: [TypeOrmModule.forFeature(TRAJECTORY_ENTITIES)],
  providers: [TrajectoriesService],
  exports: [TrajectoriesService],
})
export class TrajectoriesModule {}
