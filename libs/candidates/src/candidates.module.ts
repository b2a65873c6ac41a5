import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GeoModule } from '@werkbrug/geo';
import { TaxonomyModule } from '@werkbrug/taxonomy';
import {
  CandidateIdentityEntity,
  IdentityAccessLogEntity,
  IdentityDisclosureEntity,
} from './candidate-identity.entity';
import { CandidateIdentityService } from './candidate-identity.service';
import {
  CandidateDevelopmentSkillEntity,
  CandidateSharedEmployerEntity,
  CandidateStrengthEntity,
} from './candidate-parts.entity';
import { CandidateProfileEntity } from './candidate-profile.entity';
import { CandidateConsentsService } from './candidate-consents.service';
import { CandidatesService } from './candidates.service';
import { ConsentRecordEntity } from './consent-record.entity';
import { ConsentStatementsModule } from './consent-statements.module';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      CandidateProfileEntity,
      CandidateStrengthEntity,
      CandidateDevelopmentSkillEntity,
      CandidateSharedEmployerEntity,
      CandidateIdentityEntity,
      IdentityDisclosureEntity,
      IdentityAccessLogEntity,
      ConsentRecordEntity,
    ]),
    GeoModule,
    TaxonomyModule,
    ConsentStatementsModule,
  ],
  providers: [CandidatesService, CandidateIdentityService, CandidateConsentsService],
  exports: [CandidatesService, CandidateIdentityService, CandidateConsentsService, ConsentStatementsModule],
})
export class CandidatesModule {}
