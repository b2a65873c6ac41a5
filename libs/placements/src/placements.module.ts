import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsentStatementsModule } from '@werkbrug/candidates/consent-statements.module';
import { NotificationsModule } from '@werkbrug/notifications';
import { HostCapacityService } from './host-capacity.service';
import { PlacementConflictsService } from './placement-conflicts.service';
import { PlacementPlanningService } from './placement-planning.service';
import { PLACEMENT_ENTITIES } from './placement.entities';
import { PlacementsService } from './placements.service';
import { ReciprocityLedgerService } from './reciprocity-ledger.service';

/** Placements, hosts' capacity, the worker's proposals and the reciprocity ledger; used by gateway and worker. */
@Module({
  imports: [TypeOrmModule.forFeature(PLACEMENT_ENTITIES), NotificationsModule, ConsentStatementsModule],
  providers: [
    PlacementsService,
    PlacementConflictsService,
    PlacementPlanningService,
    ReciprocityLedgerService,
    HostCapacityService,
  ],
  exports: [
    PlacementsService,
    PlacementPlanningService,
    ReciprocityLedgerService,
    HostCapacityService,
    NotificationsModule,
  ],
})
export class PlacementsModule {}
