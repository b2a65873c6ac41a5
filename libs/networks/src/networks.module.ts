import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidatesModule } from '@werkbrug/candidates';
import { NotificationsModule } from '@werkbrug/notifications';
import { VacanciesModule } from '@werkbrug/vacancies';
import { NETWORK_ENTITIES } from './network.entities';
import { NetworksService } from './networks.service';

/** Employer networks inside a region and the collegial requests their members put to each other. */
@Module({
  imports: [
    TypeOrmModule.forFeature(NETWORK_ENTITIES),
    CandidatesModule,
    VacanciesModule,
    NotificationsModule,
  ],
  providers: [NetworksService],
  exports: [NetworksService],
})
export class NetworksModule {}
