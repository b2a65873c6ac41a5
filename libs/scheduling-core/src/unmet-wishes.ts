import { pairIndex, pairKey, type Meeting, type ScheduleInstance } from './instance';

/** Why a wished-for meeting is not in the plan, from the first reason that applies. */
export enum UnmetWishReason {
  /** The pair may not meet: the other side said no-thanks, or one of them does not attend. */
  NotAllowed = 'NOT_ALLOWED',
  /** No slot that both can make. */
  NoCommonSlot = 'NO_COMMON_SLOT',
  /** The candidate's agenda is full with meetings that weigh more (must-meets, stronger matches). */
  CandidateAgendaFull = 'CANDIDATE_AGENDA_FULL',
  /** The employer's representatives are fully booked with meetings that weigh more. */
  EmployerAgendaFull = 'EMPLOYER_AGENDA_FULL',
  /** In every slot both can make, one of them is already in a meeting or all tables are taken. */
  CommonSlotsTaken = 'COMMON_SLOTS_TAKEN',
}

export interface WishedPair {
  readonly candidate: number;
  readonly employer: number;
}

export function unmetWishReason(
  instance: ScheduleInstance,
  meetings: readonly Meeting[],
  wish: WishedPair,
): UnmetWishReason | null {
  const S = instance.slotCount;
  const key = pairKey(instance, wish.candidate, wish.employer);
  if (meetings.some((m) => pairKey(instance, m.candidate, m.employer) === key)) return null;
  if (!pairIndex(instance).has(key)) return UnmetWishReason.NotAllowed;
  const candidate = instance.candidates[wish.candidate];
  const employer = instance.employers[wish.employer];
  const common = Array.from({ length: S }, (_, s) => s).filter(
    (s) => !candidate.blockedSlots.includes(s) && !employer.blockedSlots.includes(s),
  );
  if (common.length === 0) return UnmetWishReason.NoCommonSlot;
  const ofCandidate = meetings.filter((m) => m.candidate === wish.candidate);
  const ofEmployer = meetings.filter((m) => m.employer === wish.employer);
  if (ofCandidate.length >= Math.min(candidate.maxMeetings, S - new Set(candidate.blockedSlots).size))
    return UnmetWishReason.CandidateAgendaFull;
  if (ofEmployer.length >= employer.representatives * employer.maxMeetingsPerRepresentative)
    return UnmetWishReason.EmployerAgendaFull;
  return UnmetWishReason.CommonSlotsTaken;
}
