import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidatesModule } from '@werkbrug/candidates';
import { NotificationsModule } from '@werkbrug/notifications';
import { PlacementsModule } from '@werkbrug/placements';
import { VacanciesModule } from '@werkbrug/vacancies';
import { NETWORK_ENTITIES } from './network.entities';
import { CollegialRequestsService } from './collegial-requests.service';
import { NetworkReviewService } from './network-review.service';
import { NetworksService } from './networks.service';

/** Employer networks inside a region and the collegial requests their members put to each other. */
@Module({
  imports: [
    TypeOrmModule.forFeature(NETWORK_ENTITIES),
    CandidatesModule,
    VacanciesModule,
    NotificationsModule,
    PlacementsModule,
  ],
  providers: [NetworksService, CollegialRequestsService, NetworkReviewService],
  exports: [NetworksService, CollegialRequestsService, NetworkReviewService],
})
export class NetworksModule {}
