import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidatesModule } from '@werkbrug/candidates';
import { NotificationsModule } from '@werkbrug/notifications';
import { MOBILITY_PLAN_ENTITIES } from './mobility-plan.entities';
import { MobilityPlanQuestionsService } from './mobility-plan-questions.service';
import { MobilityPlansService } from './mobility-plans.service';

/** Mobility plans: choice paths an employer offers, versioned, compared by each employee on their own figures. */
@Module({
  imports: [TypeOrmModule.forFeature(MOBILITY_PLAN_ENTITIES), CandidatesModule, NotificationsModule],
  providers: [MobilityPlansService, MobilityPlanQuestionsService],
  exports: [MobilityPlansService, MobilityPlanQuestionsService],
})
export class MobilityPlansModule {}
