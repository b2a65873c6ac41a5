import type { SystemScope } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import { acceptedCandidates, acceptedEmployers } from './session-participation.store';
import { MeetAndGreetSessionEntity, SessionMeetingEntity, SessionWishEntity } from './session.entities';
import { compareUuids } from './uuid-order';
import { matchableCandidateSharing } from '@werkbrug/candidates/matchable-candidates.store';
import {
  listedScoresBetween,
  mutuallyInterestedPairs,
  type ListedScore,
} from '@werkbrug/matching/match-records';
import { openVacanciesOf } from '@werkbrug/vacancies/vacancy-records.store';

export interface AttendingCandidate {
  readonly id: string;
  readonly ownEmployerId: string;
  readonly blockedSlots: number[];
  /** Employers the profile is shared with when it is not shared with the whole region; null for the region. */
  readonly sharedWith: string[] | null;
}

export interface AttendingEmployer {
  readonly id: string;
  readonly representatives: number;
  readonly blockedSlots: number[];
}

export interface PairScore {
  readonly candidateId: string;
  readonly employerId: string;
  readonly score: number;
  readonly vacancyId: string;
}

/** Everything a plan is made from, read in one consistent snapshot. */
export interface PlanInputs {
  readonly session: MeetAndGreetSessionEntity;
  readonly candidates: AttendingCandidate[];
  readonly employers: AttendingEmployer[];
  readonly wishes: SessionWishEntity[];
  readonly scores: PairScore[];
  /** "candidateId:employerId" of pairs where both said yes in the match workflow. */
  readonly mutualInterest: Set<string>;
  readonly meetings: SessionMeetingEntity[];
}

/** Planning is the worker's: it reads every participant of the session, whoever asked for the plan. */
export async function loadPlanInputs(
  tx: EntityManager,
  scope: SystemScope,
  session: MeetAndGreetSessionEntity,
): Promise<PlanInputs> {
  const id = session.id;
  const accepted = await acceptedCandidates(tx, scope, id);
  // Profiles paused or withdrawn since they accepted no longer take part.
  const acceptedIds = accepted.map((c) => c.id);
  const sharing = await matchableCandidateSharing(tx, acceptedIds);
  const candidates: AttendingCandidate[] = accepted.flatMap(({ id: candidateId, blockedSlots }) => {
    const profile = sharing.get(candidateId);
    return profile
      ? [{ id: candidateId, ownEmployerId: profile.employerId, blockedSlots, sharedWith: profile.sharedWith }]
      : [];
  });
  const employers: AttendingEmployer[] = await acceptedEmployers(tx, scope, id);
  const candidateIds = candidates.map((c) => c.id);
  const employerIds = employers.map((e) => e.id);
  const vacancies = await openVacanciesOf(tx, employerIds);
  const vacancyIds = vacancies.map((v) => v.id);
  const listed = await listedScoresBetween(tx, candidateIds, vacancyIds);
  const mutual = await mutuallyInterestedPairs(tx, candidateIds, employerIds);
  return {
    session,
    candidates,
    employers,
    wishes: await tx.find(SessionWishEntity, { where: { sessionId: id } }),
    scores: bestPairScores(listed, new Map(vacancies.map((v) => [v.id, v.employerId]))),
    mutualInterest: new Set(mutual.map((m) => `${m.candidateId}:${m.employerId}`)),
    meetings: await tx.find(SessionMeetingEntity, { where: { sessionId: id } }),
  };
}

/**
 * The best score between a candidate and any open vacancy of the employer, from either side's match list (the
 * lowest vacancy id among equals), ordered by candidate and employer id as PostgreSQL orders uuids.
 */
export function bestPairScores(
  listed: readonly ListedScore[],
  employerOf: ReadonlyMap<string, string>,
): PairScore[] {
  const best = new Map<string, PairScore>();
  for (const { candidateId, vacancyId, score } of listed) {
    const employerId = employerOf.get(vacancyId);
    if (employerId === undefined) continue;
    const key = `${candidateId}:${employerId}`;
    const held = best.get(key);
    if (!held || score > held.score || (score === held.score && vacancyId < held.vacancyId))
      best.set(key, { candidateId, employerId, score, vacancyId });
  }
  return [...best.values()].sort((a, b) =>
    a.candidateId !== b.candidateId
      ? compareUuids(a.candidateId, b.candidateId)
      : compareUuids(a.employerId, b.employerId),
  );
}
