import './graphql/enums';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AccountsModule } from '@werkbrug/accounts';
import { CandidatesModule } from '@werkbrug/candidates';
import { AppConfig, ConfigModule } from '@werkbrug/config';
import { DatabaseModule } from '@werkbrug/database';
import { AuditModule } from '@werkbrug/audit';
import { DataRightsModule } from '@werkbrug/data-rights';
import { EmployersModule } from '@werkbrug/employers';
import { GeoModule } from '@werkbrug/geo';
import { MatchingApiModule } from '@werkbrug/matching';
import { HealthService } from '@werkbrug/platform';
import { QueueModule } from '@werkbrug/queue';
import { PlacementsModule } from '@werkbrug/placements';
import { TrajectoriesModule } from '@werkbrug/trajectories';
import { MobilityPlansModule } from '@werkbrug/mobility-plans';
import { NetworksModule } from '@werkbrug/networks';
import { SessionsApiModule } from '@werkbrug/sessions';
import { StatisticsModule } from '@werkbrug/statistics';
import { TaxonomyModule } from '@werkbrug/taxonomy';
import { VacanciesModule } from '@werkbrug/vacancies';
import { AuthGuard } from './auth/auth.guard';
import { AuthResolver } from './auth/auth.resolver';
import { BrowserSessionController } from './auth/browser-session.controller';
import { SessionRevocations } from './auth/session-revocations';
import { StaffAccountsResolver } from './auth/staff-accounts.resolver';
import { CandidateIdentityResolver } from './candidates/candidate-identity.resolver';
import { CandidateStrengthResolver } from './candidates/candidate-strength.resolver';
import { CandidatesResolver } from './candidates/candidates.resolver';
import { ConsentRecordsResolver } from './consent-statements/consent-records.resolver';
import { ConsentStatementsResolver } from './consent-statements/consent-statements.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { DataExportController } from './data-rights/data-export.controller';
import { DataExportResolver } from './data-rights/data-export.resolver';
import { ErasureResolver } from './data-rights/erasure.resolver';
import { EmployersResolver } from './employers/employers.resolver';
import { DomainErrorFilter } from './graphql/domain-error.filter';
import { graphqlOptions } from './graphql/graphql.options';
import { LoaderFactory } from './graphql/loaders';
import { createValidationPipe } from './graphql/validation';
import { ConnectionDrain } from './health/connection-drain';
import { HealthController } from './health/health.controller';
import { MatchCasesResolver } from './matches/match-cases.resolver';
import { MatchesResolver } from './matches/matches.resolver';
import { MatchDiagnosticsResolver } from './matches/match-diagnostics.resolver';
import { EarlyStartResolver } from './trajectories/early-start.resolver';
import {
  EmployerAttentionNamesResolver,
  IntroductionNamesResolver,
} from './matches/allocation-names.resolver';
import { PlanningResolver } from './matches/planning.resolver';
import { RematchResolver } from './matches/rematch.resolver';
import { RegionsResolver } from './regions/regions.resolver';
import { NotificationsResolver } from './notifications/notifications.resolver';
import { PlacementsResolver } from './placements/placements.resolver';
import { HiresResolver, TrajectoryHiresResolver } from './trajectories/hires.resolver';
import { TrajectoriesResolver } from './trajectories/trajectories.resolver';
import { MobilityPlansResolver } from './mobility-plans/mobility-plans.resolver';
import { NetworksResolver } from './networks/networks.resolver';
import { CollegialRequestsResolver } from './networks/collegial-requests.resolver';
import { NetworkReviewResolver } from './networks/network-review.resolver';
import { NetworkReviewController } from './networks/network-review.controller';
import { MobilityPlanQuestionsResolver } from './mobility-plans/mobility-plan-questions.resolver';
import { ReciprocityLedgerController } from './placements/reciprocity-ledger.controller';
import { OutcomeFiguresController } from './trajectories/outcome-figures.controller';
import { OutcomeFiguresResolver } from './trajectories/outcome-figures.resolver';
import { TrajectoryReportsController } from './trajectories/trajectory-reports.controller';
import { TrajectoryReportsResolver } from './trajectories/trajectory-reports.resolver';
import { SessionDocumentsController } from './sessions/session-documents.controller';
import { SessionsResolver } from './sessions/sessions.resolver';
import { SkillsResolver } from './skills/skills.resolver';
import { StatisticsResolver } from './statistics/statistics.resolver';
import { VacanciesResolver } from './vacancies/vacancies.resolver';

const DOMAIN_MODULES = [
  AccountsModule,
  GeoModule,
  TaxonomyModule,
  EmployersModule,
  CandidatesModule,
  DataRightsModule,
  AuditModule,
  VacanciesModule,
  StatisticsModule,
  MatchingApiModule,
  SessionsApiModule,
  PlacementsModule,
  TrajectoriesModule,
  MobilityPlansModule,
  NetworksModule,
];

@Module({ imports: DOMAIN_MODULES, providers: [LoaderFactory], exports: [LoaderFactory, ...DOMAIN_MODULES] })
class GraphQLSupportModule {}

@Module({})
export class GatewayModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        QueueModule,
        GraphQLSupportModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [GraphQLSupportModule],
          inject: [AppConfig, LoaderFactory],
          useFactory: graphqlOptions,
        }),
      ],
      controllers: [
        HealthController,
        BrowserSessionController,
        SessionDocumentsController,
        ReciprocityLedgerController,
        OutcomeFiguresController,
        TrajectoryReportsController,
        NetworkReviewController,
        DataExportController,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        HealthService,
        ConnectionDrain,
        SessionRevocations,
        AuthResolver,
        StaffAccountsResolver,
        RegionsResolver,
        MatchesResolver,
        MatchDiagnosticsResolver,
        EarlyStartResolver,
        MatchCasesResolver,
        ConsentStatementsResolver,
        ConsentRecordsResolver,
        ErasureResolver,
        AuditResolver,
        DataExportResolver,
        RematchResolver,
        PlanningResolver,
        IntroductionNamesResolver,
        EmployerAttentionNamesResolver,
        SkillsResolver,
        EmployersResolver,
        CandidatesResolver,
        CandidateStrengthResolver,
        CandidateIdentityResolver,
        VacanciesResolver,
        StatisticsResolver,
        SessionsResolver,
        PlacementsResolver,
        TrajectoriesResolver,
        HiresResolver,
        TrajectoryHiresResolver,
        OutcomeFiguresResolver,
        TrajectoryReportsResolver,
        NotificationsResolver,
        MobilityPlansResolver,
        NetworksResolver,
        CollegialRequestsResolver,
        NetworkReviewResolver,
        MobilityPlanQuestionsResolver,
      ],
    };
  }
}
