// A synthetic meet-and-greet session that looks like a regional one: candidates and employers in sectors
// (a candidate matches well within their own sector, sometimes in a neighbouring one), one to three
// representatives per employer, some people arriving late or leaving early, and wishes on both sides.
import { meetingValue, type PairSpec, type ScheduleInstance } from '@werkbrug/scheduling-core';
import { prng } from './matching-eval-data';

export interface SessionShape {
  readonly candidates: number;
  readonly employers: number;
  readonly slots: number;
  readonly tables: number;
  readonly seed: number;
  readonly minMeetings: number;
}

const SECTORS = 8;
/** Below this match score a meeting is not proposed unless someone wished for it (as in the match lists). */
const MIN_SCORE = 40;

export function syntheticSession(shape: SessionShape): ScheduleInstance {
  const random = prng(shape.seed);
  const pick = (n: number) => Math.floor(random() * n);
  const arrivesLateOrLeavesEarly = (share: number): number[] => {
    if (random() >= share) return [];
    const length = 1 + pick(Math.max(1, Math.floor(shape.slots / 3)));
    return random() < 0.5
      ? Array.from({ length }, (_, i) => i)
      : Array.from({ length }, (_, i) => shape.slots - 1 - i);
  };
  const candidateSector = Array.from({ length: shape.candidates }, () => pick(SECTORS));
  const employerSector = Array.from({ length: shape.employers }, () => pick(SECTORS));
  const candidates = candidateSector.map(() => ({
    maxMeetings: 3 + pick(3),
    blockedSlots: arrivesLateOrLeavesEarly(0.2),
  }));
  const employers = employerSector.map(() => {
    const roll = random();
    const representatives = roll < 0.6 ? 1 : roll < 0.9 ? 2 : 3;
    return {
      representatives,
      maxMeetingsPerRepresentative: Math.max(1, shape.slots - 2),
      blockedSlots: arrivesLateOrLeavesEarly(0.1),
    };
  });
  const pairs: PairSpec[] = [];
  for (let c = 0; c < shape.candidates; c++) {
    const strength = random();
    for (let e = 0; e < shape.employers; e++) {
      const distance = Math.min(
        Math.abs(candidateSector[c] - employerSector[e]),
        SECTORS - Math.abs(candidateSector[c] - employerSector[e]),
      );
      const base = distance === 0 ? 60 : distance === 1 ? 42 : 20;
      const score = Math.min(100, base + 25 * strength + 20 * (random() - 0.3));
      const candidateWouldLike = score > 60 && random() < 0.08;
      const employerWouldLike = score > 60 && random() < 0.05;
      const mutualInterest = score > 55 && random() < 0.03;
      const mustMeet = score > 65 && random() < 0.01;
      if (random() < 0.03) continue; // one side said no-thanks
      if (score < MIN_SCORE && !candidateWouldLike && !employerWouldLike && !mustMeet) continue;
      pairs.push({
        candidate: c,
        employer: e,
        value: meetingValue({ matchScore: score, candidateWouldLike, employerWouldLike, mutualInterest }),
        mustMeet,
      });
    }
  }
  return {
    slotCount: shape.slots,
    tableCount: shape.tables,
    candidates,
    employers,
    pairs,
    minMeetingsPerCandidate: shape.minMeetings,
  };
}
