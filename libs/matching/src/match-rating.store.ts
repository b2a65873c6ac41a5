import { Role, type ViewerOf } from '@werkbrug/core';
import { MODEL_VERSION } from '@werkbrug/matching-core';
import type { EntityManager } from 'typeorm';
import { MatchRatingEntity } from './matching.entities';

/**
 * The match_rating table: a job seeker's verdicts on their own suggestions. The candidate is always the viewer's
 * own, so a rating can never land on someone else's suggestion.
 */
export async function saveRating(
  manager: EntityManager,
  viewer: ViewerOf<Role.JOB_SEEKER>,
  rating: { vacancyId: string; useful: boolean; reason: string | null; score: number },
): Promise<MatchRatingEntity> {
  await manager.query(
    `INSERT INTO match_rating (candidate_id, vacancy_id, rated_by_user_id, useful, reason, score, model_version)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (candidate_id, vacancy_id, rated_by_user_id) DO UPDATE SET
       useful = EXCLUDED.useful, reason = EXCLUDED.reason, score = EXCLUDED.score,
       model_version = EXCLUDED.model_version, rated_at = now()`,
    [
      viewer.candidateId,
      rating.vacancyId,
      viewer.userId,
      rating.useful,
      rating.reason,
      rating.score,
      MODEL_VERSION,
    ],
  );
  return manager.findOneByOrFail(MatchRatingEntity, {
    candidateId: viewer.candidateId,
    vacancyId: rating.vacancyId,
    ratedByUserId: viewer.userId,
  });
}
