import { MAX_MIN_MEETINGS } from './value';
/**
 * A meet-and-greet session as plain numbers: candidates, employers and slots are dense indices, so the planner,
 * its property tests and the benchmark share one model without a database. The session service maps ids to
 * indices and back.
 */

export interface CandidateSpec {
  readonly maxMeetings: number;
  /** Slot indices the candidate cannot make. */
  readonly blockedSlots: readonly number[];
}

export interface EmployerSpec {
  /** People at parallel tables: the employer can hold this many meetings in one slot. */
  readonly representatives: number;
  readonly maxMeetingsPerRepresentative: number;
  readonly blockedSlots: readonly number[];
}

/**
 * A candidate and an employer who may meet. Pairs where either side said no-thanks are not listed: they can
 * never meet. Each pair meets at most once.
 */
export interface PairSpec {
  readonly candidate: number;
  readonly employer: number;
  /** Integer worth of the meeting (match score and wishes), from `meetingValue`. */
  readonly value: number;
  /** Either side marked the other must-meet: planned before everything else. */
  readonly mustMeet: boolean;
}

export interface ScheduleInstance {
  readonly slotCount: number;
  readonly tableCount: number;
  readonly candidates: readonly CandidateSpec[];
  readonly employers: readonly EmployerSpec[];
  readonly pairs: readonly PairSpec[];
  /** Fairness floor: every candidate gets at least this many meetings where the pool allows. */
  readonly minMeetingsPerCandidate: number;
}

export interface Meeting {
  readonly candidate: number;
  readonly employer: number;
  readonly slot: number;
  /** Which of the employer's representatives, 0-based. */
  readonly representative: number;
  readonly table: number;
}

/** A meeting the coordinator fixed (or that was published and must stay), in a given slot. */
export interface FixedMeeting {
  readonly candidate: number;
  readonly employer: number;
  readonly slot: number;
}

export const MAX_REPRESENTATIVES = 100;

export class InvalidScheduleInstanceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidScheduleInstanceError';
  }
}

/** Rejects instances the planner could not honour, with the first problem found. */
export function assertValidInstance(instance: ScheduleInstance): void {
  const fail = (message: string): never => {
    throw new InvalidScheduleInstanceError(message);
  };
  const { slotCount, tableCount, candidates, employers } = instance;
  if (!Number.isInteger(slotCount) || slotCount < 1) fail('slotCount must be a positive integer');
  if (!Number.isInteger(tableCount) || tableCount < 1) fail('tableCount must be a positive integer');
  const floor = instance.minMeetingsPerCandidate;
  if (!Number.isInteger(floor) || floor < 0 || floor > MAX_MIN_MEETINGS)
    fail(`minMeetingsPerCandidate must be an integer from 0 to ${MAX_MIN_MEETINGS}`);
  const checkSlots = (slots: readonly number[], owner: string) => {
    for (const slot of slots)
      if (!Number.isInteger(slot) || slot < 0 || slot >= slotCount)
        fail(`${owner} blocks unknown slot ${slot}`);
  };
  candidates.forEach((candidate, i) => {
    if (!Number.isInteger(candidate.maxMeetings) || candidate.maxMeetings < 0)
      fail(`candidate ${i}: maxMeetings must be a non-negative integer`);
    checkSlots(candidate.blockedSlots, `candidate ${i}`);
  });
  employers.forEach((employer, i) => {
    if (
      !Number.isInteger(employer.representatives) ||
      employer.representatives < 1 ||
      employer.representatives > MAX_REPRESENTATIVES
    )
      fail(`employer ${i}: representatives must be an integer from 1 to ${MAX_REPRESENTATIVES}`);
    if (!Number.isInteger(employer.maxMeetingsPerRepresentative) || employer.maxMeetingsPerRepresentative < 0)
      fail(`employer ${i}: maxMeetingsPerRepresentative must be a non-negative integer`);
    checkSlots(employer.blockedSlots, `employer ${i}`);
  });
  const seen = new Set<number>();
  for (const pair of instance.pairs) {
    if (!(pair.candidate >= 0 && pair.candidate < candidates.length)) fail(`pair with unknown candidate`);
    if (!(pair.employer >= 0 && pair.employer < employers.length)) fail(`pair with unknown employer`);
    if (!Number.isFinite(pair.value) || pair.value < 0) fail('pair values must be finite and non-negative');
    const key = pairKey(instance, pair.candidate, pair.employer);
    if (seen.has(key)) fail(`pair ${pair.candidate}×${pair.employer} listed twice`);
    seen.add(key);
  }
}

export function pairKey(instance: ScheduleInstance, candidate: number, employer: number): number {
  return candidate * instance.employers.length + employer;
}

/** Index of every pair by `pairKey`. */
export function pairIndex(instance: ScheduleInstance): Map<number, number> {
  const index = new Map<number, number>();
  instance.pairs.forEach((pair, i) => index.set(pairKey(instance, pair.candidate, pair.employer), i));
  return index;
}
