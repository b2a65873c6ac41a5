import {
  meetingValue,
  unmetWishReason,
  UnmetWishReason,
  type Meeting,
  type PairSpec,
  type ScheduleInstance,
} from '@werkbrug/scheduling-core';
import type { PlanInputs } from './session-plan-inputs';
import type { SessionMeetingEntity } from './session.entities';
import { WishKind, WishSide } from './session.enums';

/** Why a wish was not met: the planner's reasons plus those that keep a pair out of the plan altogether. */
export type UnmetReason =
  | 'CANDIDATE_NOT_ATTENDING'
  | 'EMPLOYER_NOT_ATTENDING'
  | 'DECLINED_BY_OTHER_SIDE'
  | 'OWN_EMPLOYER'
  | 'PROFILE_NOT_SHARED'
  | 'NO_COMMON_SLOT'
  | 'CANDIDATE_AGENDA_FULL'
  | 'EMPLOYER_AGENDA_FULL'
  | 'COMMON_SLOTS_TAKEN';

export interface SessionInstance {
  readonly instance: ScheduleInstance;
  readonly candidateIds: readonly string[];
  readonly employerIds: readonly string[];
  /** Best vacancy and score per pair ("candidateId:employerId"), where the match lists have one. */
  readonly scores: ReadonlyMap<string, { score: number; vacancyId: string }>;
  /** Why a pair may not meet, for pairs of attending participants that are left out. */
  readonly excluded: ReadonlyMap<string, UnmetReason>;
  /** Pairs that already met in a slot that has started. */
  readonly met: ReadonlySet<string>;
}

const pairId = (candidateId: string, employerId: string) => `${candidateId}:${employerId}`;

/**
 * The session as the planner's numbers. A pair may meet unless either side said no-thanks, the candidate works
 * for that employer (this is about moving to another employer), or the candidate's profile is not shared with
 * that employer. Its worth: the best match score with any of the employer's open vacancies, would-like on
 * either side, and mutual interest from the match workflow; must-meet on either side puts it first.
 */
export interface SessionHistory {
  /** Slots that have started: nothing new is planned into them. */
  readonly startedSlots: readonly number[];
  /** Meetings in those slots: they count towards everyone's maximum, and their pairs do not meet again. */
  readonly history: readonly SessionMeetingEntity[];
}

export function buildSessionInstance(
  inputs: PlanInputs,
  past: SessionHistory = { startedSlots: [], history: [] },
): SessionInstance {
  const { session } = inputs;
  const met = new Set(past.history.map((m) => pairId(m.candidateId, m.employerId)));
  const pastOf = (key: (m: SessionMeetingEntity) => string, id: string) =>
    past.history.filter((m) => key(m) === id).length;
  const blocked = (own: readonly number[]) =>
    [...new Set([...own, ...past.startedSlots])].sort((a, b) => a - b);
  const wishes = new Map(
    inputs.wishes.map((w) => [`${pairId(w.candidateId, w.employerId)}:${w.side}`, w.kind]),
  );
  const wish = (c: string, e: string, side: WishSide) => wishes.get(`${pairId(c, e)}:${side}`);
  const scores = new Map(
    inputs.scores.map((s) => [
      pairId(s.candidateId, s.employerId),
      { score: s.score, vacancyId: s.vacancyId },
    ]),
  );
  const excluded = new Map<string, UnmetReason>();
  const pairs: PairSpec[] = [];
  inputs.candidates.forEach((candidate, c) =>
    inputs.employers.forEach((employer, e) => {
      const id = pairId(candidate.id, employer.id);
      if (met.has(id)) return;
      const candidateWish = wish(candidate.id, employer.id, WishSide.CANDIDATE);
      const employerWish = wish(candidate.id, employer.id, WishSide.EMPLOYER);
      if (candidateWish === WishKind.NO_THANKS || employerWish === WishKind.NO_THANKS)
        return excluded.set(id, 'DECLINED_BY_OTHER_SIDE');
      if (candidate.ownEmployerId === employer.id) return excluded.set(id, 'OWN_EMPLOYER');
      if (candidate.sharedWith && !candidate.sharedWith.includes(employer.id))
        return excluded.set(id, 'PROFILE_NOT_SHARED');
      pairs.push({
        candidate: c,
        employer: e,
        value: meetingValue({
          matchScore: scores.get(id)?.score ?? 0,
          candidateWouldLike: candidateWish === WishKind.WOULD_LIKE,
          employerWouldLike: employerWish === WishKind.WOULD_LIKE,
          mutualInterest: inputs.mutualInterest.has(id),
        }),
        mustMeet: candidateWish === WishKind.MUST_MEET || employerWish === WishKind.MUST_MEET,
      });
    }),
  );
  return {
    instance: {
      slotCount: session.slotCount,
      tableCount: session.tableCount,
      minMeetingsPerCandidate: session.minMeetingsPerCandidate,
      candidates: inputs.candidates.map((c) => ({
        maxMeetings: Math.max(0, session.maxMeetingsPerCandidate - pastOf((m) => m.candidateId, c.id)),
        blockedSlots: blocked(c.blockedSlots),
      })),
      employers: inputs.employers.map((e) => ({
        representatives: e.representatives,
        // Conservative: the past meetings are taken off every representative's remaining maximum, shared out evenly.
        maxMeetingsPerRepresentative: Math.max(
          0,
          session.maxMeetingsPerRepresentative -
            Math.ceil(pastOf((m) => m.employerId, e.id) / e.representatives),
        ),
        blockedSlots: blocked(e.blockedSlots),
      })),
      pairs,
    },
    candidateIds: inputs.candidates.map((c) => c.id),
    employerIds: inputs.employers.map((e) => e.id),
    scores,
    excluded,
    met,
  };
}

export interface UnmetWish {
  readonly candidateId: string;
  readonly employerId: string;
  readonly side: WishSide;
  readonly kind: WishKind;
  readonly reason: UnmetReason;
}

/** Every must-meet and would-like wish the plan does not hold, with the first reason that applies. */
export function unmetWishes(
  inputs: PlanInputs,
  built: SessionInstance,
  meetings: readonly Meeting[],
): UnmetWish[] {
  const candidateIndex = new Map(built.candidateIds.map((id, i) => [id, i]));
  const employerIndex = new Map(built.employerIds.map((id, i) => [id, i]));
  const unmet: UnmetWish[] = [];
  for (const w of inputs.wishes) {
    if (w.kind === WishKind.NO_THANKS || built.met.has(pairId(w.candidateId, w.employerId))) continue;
    const c = candidateIndex.get(w.candidateId);
    const e = employerIndex.get(w.employerId);
    let reason: UnmetReason | null;
    if (c === undefined) reason = 'CANDIDATE_NOT_ATTENDING';
    else if (e === undefined) reason = 'EMPLOYER_NOT_ATTENDING';
    else {
      const planner = unmetWishReason(built.instance, meetings, { candidate: c, employer: e });
      reason =
        planner === null
          ? null
          : (built.excluded.get(pairId(w.candidateId, w.employerId)) ?? plannerReason(planner));
    }
    if (reason)
      unmet.push({
        candidateId: w.candidateId,
        employerId: w.employerId,
        side: w.side,
        kind: w.kind,
        reason,
      });
  }
  return unmet;
}

function plannerReason(reason: UnmetWishReason): UnmetReason {
  switch (reason) {
    case UnmetWishReason.NotAllowed:
      return 'DECLINED_BY_OTHER_SIDE';
    case UnmetWishReason.NoCommonSlot:
    case UnmetWishReason.CandidateAgendaFull:
    case UnmetWishReason.EmployerAgendaFull:
    case UnmetWishReason.CommonSlotsTaken:
      return reason;
  }
}
