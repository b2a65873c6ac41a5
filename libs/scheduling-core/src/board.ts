import type { ScheduleInstance } from './instance';
import { candidateMeetingBonus, pairWorth } from './value';

/**
 * The plan being built: which pair meets in which slot, with the per-slot loads that decide whether another
 * meeting fits. Every change goes through `place` and `remove`, so the loads can never drift from the meetings.
 */
export class Board {
  readonly slotOf: Int32Array;
  readonly locked: Uint8Array;
  readonly candidateCount: Int32Array;
  readonly employerCount: Int32Array;
  /** Most meetings each side can hold: its maximum, and never more than its free slots (or tables). */
  readonly candidateLimit: Int32Array;
  readonly employerLimit: Int32Array;
  private readonly candidateAt: Int32Array;
  private readonly employerLoad: Int32Array;
  private readonly tableLoad: Int32Array;
  private readonly candidateBlocked: Uint8Array;
  private readonly employerBlocked: Uint8Array;
  /** Pairs meeting in each slot, and each employer's meetings. */
  readonly atSlot: Set<number>[];
  readonly ofEmployer: Set<number>[];
  private placedCount = 0;
  readonly S: number;

  constructor(readonly instance: ScheduleInstance) {
    const S = (this.S = instance.slotCount);
    const C = instance.candidates.length;
    const E = instance.employers.length;
    this.slotOf = new Int32Array(instance.pairs.length).fill(-1);
    this.locked = new Uint8Array(instance.pairs.length);
    this.candidateCount = new Int32Array(C);
    this.employerCount = new Int32Array(E);
    this.candidateAt = new Int32Array(C * S).fill(-1);
    this.employerLoad = new Int32Array(E * S);
    this.tableLoad = new Int32Array(S);
    this.candidateBlocked = new Uint8Array(C * S);
    this.employerBlocked = new Uint8Array(E * S);
    this.atSlot = Array.from({ length: S }, () => new Set<number>());
    this.ofEmployer = Array.from({ length: E }, () => new Set<number>());
    this.candidateLimit = new Int32Array(C);
    this.employerLimit = new Int32Array(E);
    instance.candidates.forEach((candidate, c) => {
      for (const s of candidate.blockedSlots) this.candidateBlocked[c * S + s] = 1;
      const free = S - new Set(candidate.blockedSlots).size;
      this.candidateLimit[c] = Math.min(candidate.maxMeetings, free);
    });
    instance.employers.forEach((employer, e) => {
      for (const s of employer.blockedSlots) this.employerBlocked[e * S + s] = 1;
      const freeSlots = S - new Set(employer.blockedSlots).size;
      const perSlot = Math.min(employer.representatives, instance.tableCount);
      this.employerLimit[e] = Math.min(
        employer.representatives * employer.maxMeetingsPerRepresentative,
        freeSlots * perSlot,
      );
    });
  }

  isPlaced(p: number): boolean {
    return this.slotOf[p] >= 0;
  }

  /** Whether the pair's two sides are both free to meet in slot s (neither blocked there). */
  available(p: number, s: number): boolean {
    const pair = this.instance.pairs[p];
    return (
      !this.candidateBlocked[pair.candidate * this.S + s] && !this.employerBlocked[pair.employer * this.S + s]
    );
  }

  /** Slots where both sides are available. */
  commonSlots(p: number): number[] {
    const slots: number[] = [];
    for (let s = 0; s < this.S; s++) if (this.available(p, s)) slots.push(s);
    return slots;
  }

  hasRoom(p: number): boolean {
    const pair = this.instance.pairs[p];
    return (
      this.candidateCount[pair.candidate] < this.candidateLimit[pair.candidate] &&
      this.employerCount[pair.employer] < this.employerLimit[pair.employer]
    );
  }

  /** Whether the pair fits in slot s as the plan stands (ignoring the per-person meeting maximums). */
  fits(p: number, s: number): boolean {
    const pair = this.instance.pairs[p];
    return (
      this.available(p, s) &&
      this.candidateAt[pair.candidate * this.S + s] < 0 &&
      this.employerLoad[pair.employer * this.S + s] < this.employerPerSlot(pair.employer) &&
      this.tableLoad[s] < this.instance.tableCount
    );
  }

  candidateMeetingAt(c: number, s: number): number {
    return this.candidateAt[c * this.S + s];
  }

  employerFull(e: number, s: number): boolean {
    return this.employerLoad[e * this.S + s] >= this.employerPerSlot(e);
  }

  tablesFull(s: number): boolean {
    return this.tableLoad[s] >= this.instance.tableCount;
  }

  place(p: number, s: number): void {
    const pair = this.instance.pairs[p];
    this.slotOf[p] = s;
    this.candidateAt[pair.candidate * this.S + s] = p;
    this.employerLoad[pair.employer * this.S + s]++;
    this.tableLoad[s]++;
    this.candidateCount[pair.candidate]++;
    this.employerCount[pair.employer]++;
    this.atSlot[s].add(p);
    this.ofEmployer[pair.employer].add(p);
    this.placedCount++;
  }

  remove(p: number): void {
    const s = this.slotOf[p];
    const pair = this.instance.pairs[p];
    this.slotOf[p] = -1;
    this.candidateAt[pair.candidate * this.S + s] = -1;
    this.employerLoad[pair.employer * this.S + s]--;
    this.tableLoad[s]--;
    this.candidateCount[pair.candidate]--;
    this.employerCount[pair.employer]--;
    this.atSlot[s].delete(p);
    this.ofEmployer[pair.employer].delete(p);
    this.placedCount--;
  }

  /** Whether some slot other than s has a free table (else no meeting can move out of s). */
  freeTableOutside(s: number): boolean {
    const free = this.instance.tableCount * this.S - this.placedCount;
    return free - (this.instance.tableCount - this.tableLoad[s]) > 0;
  }

  /** What adding pair p would gain: its worth plus the bonus for the candidate's next meeting. */
  gainOfAdding(p: number): number {
    const pair = this.instance.pairs[p];
    return pairWorth(pair) + candidateMeetingBonus(this.instance, this.candidateCount[pair.candidate]);
  }

  /** What removing placed pair p would lose. */
  lossOfRemoving(p: number): number {
    const pair = this.instance.pairs[p];
    return pairWorth(pair) + candidateMeetingBonus(this.instance, this.candidateCount[pair.candidate] - 1);
  }

  placedPairs(): number[] {
    const placed: number[] = [];
    for (let p = 0; p < this.slotOf.length; p++) if (this.slotOf[p] >= 0) placed.push(p);
    return placed;
  }

  private employerPerSlot(e: number): number {
    return Math.min(this.instance.employers[e].representatives, this.instance.tableCount);
  }
}
