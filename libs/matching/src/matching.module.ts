import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidatesModule } from '@werkbrug/candidates';
import { VacanciesModule } from '@werkbrug/vacancies';
import { MatchCasesService } from './match-cases.service';
import { MatchDiagnosticsService } from './match-diagnostics.service';
import { MatchExplainer } from './match-explainer';
import { MatchesService } from './matches.service';
import { MatchPlanningService } from './match-planning.service';
import { FeatureLoader } from './match-features.store';
import { IncrementalMatcher } from './incremental-matcher.service';
import { MatchListStore } from './match-list.store';
import { MATCHING_ENTITIES } from './matching.entities';
import { RegionFeaturesService } from './region-features.service';
import { RegionPairsService } from './region-pairs.service';
import { RegionStatesService } from './region-states.service';
import { RematchChunkStore } from './rematch-chunk.store';
import { RematchRunStore } from './rematch-run.store';
import { RematchService } from './rematch.service';
import { SkillSpaceProvider } from './skill-space.provider';
import { SnapshotStore } from './snapshot.store';

/** Scoring persistence and the jobs that keep it current; the gateway reads through the same services. */
@Module({
  imports: [TypeOrmModule.forFeature(MATCHING_ENTITIES)],
  providers: [
    SkillSpaceProvider,
    FeatureLoader,
    MatchListStore,
    SnapshotStore,
    RegionStatesService,
    IncrementalMatcher,
    RematchRunStore,
    RematchChunkStore,
    RematchService,
  ],
  exports: [
    SkillSpaceProvider,
    FeatureLoader,
    MatchListStore,
    SnapshotStore,
    IncrementalMatcher,
    RematchService,
  ],
})
export class MatchingModule {}

/**
 * What the API needs on top: suggestions per role, explanations and the match workflow. Kept out of the worker,
 * which has no use for the candidate and vacancy services (or the search indexes they build at start).
 */
@Module({
  imports: [MatchingModule, CandidatesModule, VacanciesModule],
  providers: [
    MatchesService,
    RegionPairsService,
    RegionFeaturesService,
    MatchCasesService,
    MatchExplainer,
    MatchPlanningService,
    MatchDiagnosticsService,
  ],
  exports: [
    MatchingModule,
    MatchesService,
    MatchCasesService,
    MatchExplainer,
    MatchPlanningService,
    MatchDiagnosticsService,
  ],
})
export class MatchingApiModule {}
