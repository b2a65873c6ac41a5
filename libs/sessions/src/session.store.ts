import { Role, type Viewer } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import { MeetAndGreetSessionEntity } from './session.entities';

/**
 * The sessions a viewer sees, as SQL on `s` (meet_and_greet_session): the region's for its mobility team, those
 * an HR lead's employer or own candidates take part in, a job seeker's own; none for administrators and counsellors (null).
 */
function visibleTo(viewer: Viewer): { where: string; params: Record<string, string> } | null {
  switch (viewer.role) {
    case Role.MOBILITY_TEAM:
      return { where: 's.region_code = :region', params: { region: viewer.regionCode } };
    case Role.HR_LEAD:
      return {
        where: `(EXISTS (SELECT 1 FROM session_employer e WHERE e.session_id = s.id AND e.employer_id = :employer)
             OR EXISTS (SELECT 1 FROM session_candidate sc JOIN candidate_scope c USING (candidate_id)
                        WHERE sc.session_id = s.id AND c.employer_id = :employer))`,
        params: { employer: viewer.employerId },
      };
    case Role.JOB_SEEKER:
      return {
        where: `EXISTS (SELECT 1 FROM session_candidate sc WHERE sc.session_id = s.id AND sc.candidate_id = :candidate)`,
        params: { candidate: viewer.candidateId },
      };
    case Role.ADMINISTRATOR:
    case Role.COUNSELLOR:
      return null;
  }
}

/** Sessions the viewer runs or takes part in, latest first. */
export async function sessionsVisibleTo(
  manager: EntityManager,
  viewer: Viewer,
): Promise<MeetAndGreetSessionEntity[]> {
  const scope = visibleTo(viewer);
  if (!scope) return [];
  return manager
    .createQueryBuilder(MeetAndGreetSessionEntity, 's')
    .where(scope.where, scope.params)
    .orderBy('s.session_date', 'DESC')
    .addOrderBy('s.created_at', 'DESC')
    .getMany();
}

/**
 * The session if the viewer sees it, else null (a session they may not see is NOT_FOUND to them); `lock` takes
 * it for update, for a change to it or its participants.
 */
export async function sessionVisibleTo(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
  { lock }: { lock: boolean },
): Promise<MeetAndGreetSessionEntity | null> {
  const scope = visibleTo(viewer);
  if (!scope) return null;
  const query = manager
    .createQueryBuilder(MeetAndGreetSessionEntity, 's')
    .where('s.id = :id', { id })
    .andWhere(scope.where, scope.params);
  if (lock) query.setLock('pessimistic_write');
  return query.getOne();
}

/** Whether the viewer sees a session already loaded (by its id, as `sessionVisibleTo` decides). */
export async function sessionSeenBy(
  manager: EntityManager,
  viewer: Viewer,
  session: Pick<MeetAndGreetSessionEntity, 'id' | 'regionCode'>,
): Promise<boolean> {
  switch (viewer.role) {
    case Role.MOBILITY_TEAM:
      return viewer.regionCode === session.regionCode;
    case Role.HR_LEAD: {
      const rows: unknown[] = await manager.query(
        `SELECT 1 FROM session_employer WHERE session_id = $1 AND employer_id = $2
         UNION ALL SELECT 1 FROM session_candidate sc JOIN candidate_scope c USING (candidate_id)
         WHERE sc.session_id = $1 AND c.employer_id = $2 LIMIT 1`,
        [session.id, viewer.employerId],
      );
      return rows.length > 0;
    }
    case Role.JOB_SEEKER: {
      const rows: unknown[] = await manager.query(
        `SELECT 1 FROM session_candidate WHERE session_id = $1 AND candidate_id = $2`,
        [session.id, viewer.candidateId],
      );
      return rows.length > 0;
    }
    case Role.ADMINISTRATOR:
    case Role.COUNSELLOR:
      return false;
  }
}

/** A change to the plan's input: the stored plan is then stale. */
export async function bumpInputVersion(tx: EntityManager, sessionId: string): Promise<void> {
  await tx.query(
    `UPDATE meet_and_greet_session SET input_version = input_version + 1, updated_at = now() WHERE id = $1`,
    [sessionId],
  );
}
