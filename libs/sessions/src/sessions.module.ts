import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MatchingApiModule } from '@werkbrug/matching';
import { NotificationsModule } from '@werkbrug/notifications';
import { SessionLateArrivalsService } from './session-late-arrivals.service';
import { SessionMovesService } from './session-moves.service';
import { SessionOutcomesService } from './session-outcomes.service';
import { SessionParticipationService } from './session-participation.service';
import { SessionPlanningService } from './session-planning.service';
import { SessionSuggestionsService } from './session-suggestions.service';
import { SessionViewsService } from './session-views.service';
import { SESSION_ENTITIES } from './session.entities';
import { SessionsService } from './sessions.service';

/** Sessions, participation, planning and views: what both the gateway and the worker use. */
@Module({
  imports: [TypeOrmModule.forFeature(SESSION_ENTITIES), NotificationsModule],
  providers: [SessionsService, SessionParticipationService, SessionPlanningService, SessionViewsService],
  exports: [SessionsService, SessionParticipationService, SessionPlanningService, SessionViewsService],
})
export class SessionsModule {}

/**
 * The API adds outcomes, which move the match workflow on, and the coordinator's changes on the day: moves of
 * meetings and late arrivals.
 */
@Module({
  imports: [SessionsModule, MatchingApiModule, NotificationsModule],
  providers: [
    SessionOutcomesService,
    SessionSuggestionsService,
    SessionMovesService,
    SessionLateArrivalsService,
  ],
  exports: [
    SessionsModule,
    SessionOutcomesService,
    SessionSuggestionsService,
    SessionMovesService,
    SessionLateArrivalsService,
  ],
})
export class SessionsApiModule {}
