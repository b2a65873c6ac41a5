import fc from 'fast-check';
import type { ScheduleInstance } from './instance';
import { findViolations } from './validate';
import { planSchedule, replanSchedule } from './planner';
import { meetingValue, scheduleObjective } from './value';
import { unmetWishReason, UnmetWishReason } from './unmet-wishes';

/** Random sessions small enough for brute force yet with every rule in play. */
function instanceArbitrary(max: {
  candidates: number;
  employers: number;
  slots: number;
}): fc.Arbitrary<ScheduleInstance> {
  return fc
    .record({
      slotCount: fc.integer({ min: 1, max: max.slots }),
      tableCount: fc.integer({ min: 1, max: 4 }),
      candidateCount: fc.integer({ min: 1, max: max.candidates }),
      employerCount: fc.integer({ min: 1, max: max.employers }),
      minMeetingsPerCandidate: fc.integer({ min: 0, max: 3 }),
      seed: fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: 200, maxLength: 200 }),
    })
    .map(({ slotCount, tableCount, candidateCount, employerCount, minMeetingsPerCandidate, seed }) => {
      let i = 0;
      const next = (n: number) => seed[i++ % seed.length] % n;
      const blocked = () => Array.from({ length: slotCount }, (_, s) => s).filter(() => next(4) === 0);
      const candidates = Array.from({ length: candidateCount }, () => ({
        maxMeetings: next(4),
        blockedSlots: blocked(),
      }));
      const employers = Array.from({ length: employerCount }, () => ({
        representatives: 1 + next(2),
        maxMeetingsPerRepresentative: next(4),
        blockedSlots: blocked(),
      }));
      const pairs = [];
      for (let c = 0; c < candidateCount; c++)
        for (let e = 0; e < employerCount; e++) {
          if (next(5) === 0) continue; // no-thanks
          pairs.push({
            candidate: c,
            employer: e,
            value: meetingValue({
              matchScore: next(101),
              candidateWouldLike: next(5) === 0,
              employerWouldLike: next(6) === 0,
              mutualInterest: next(8) === 0,
            }),
            mustMeet: next(10) === 0,
          });
        }
      return { slotCount, tableCount, candidates, employers, pairs, minMeetingsPerCandidate };
    });
}

/** The best objective over every way to give each pair a slot or none (feasible ones only). */
function bruteForceOptimum(instance: ScheduleInstance): number {
  let best = 0;
  const choice = new Int32Array(instance.pairs.length).fill(-1);
  const visit = (p: number) => {
    if (p === instance.pairs.length) {
      const meetings = instance.pairs.flatMap((pair, i) =>
        choice[i] < 0 ? [] : [{ ...pair, slot: choice[i] }],
      );
      if (feasibleWithoutSeats(instance, meetings))
        best = Math.max(
          best,
          scheduleObjective(
            instance,
            instance.pairs.map((_, i) => i).filter((i) => choice[i] >= 0),
          ),
        );
      return;
    }
    for (let s = -1; s < instance.slotCount; s++) {
      choice[p] = s;
      visit(p + 1);
    }
    choice[p] = -1;
  };
  visit(0);
  return best;
}

function feasibleWithoutSeats(
  instance: ScheduleInstance,
  meetings: { candidate: number; employer: number; slot: number }[],
): boolean {
  const S = instance.slotCount;
  const perCandidate = new Map<number, number>();
  const perEmployer = new Map<number, number>();
  const perSlot = new Map<number, number>();
  const bump = (map: Map<number, number>, key: number) =>
    map.set(key, (map.get(key) ?? 0) + 1) && map.get(key)!;
  for (const m of meetings) {
    const candidate = instance.candidates[m.candidate];
    const employer = instance.employers[m.employer];
    if (candidate.blockedSlots.includes(m.slot) || employer.blockedSlots.includes(m.slot)) return false;
    if (bump(perCandidate, m.candidate * S + m.slot) > 1) return false;
    if (bump(perEmployer, m.employer * S + m.slot) > employer.representatives) return false;
    if (bump(perSlot, m.slot) > instance.tableCount) return false;
    if (bump(perCandidate, -1 - m.candidate) > candidate.maxMeetings) return false;
    if (bump(perEmployer, -1 - m.employer) > employer.representatives * employer.maxMeetingsPerRepresentative)
      return false;
  }
  return true;
}

const meetingsOf = (plan: { meetings: { candidate: number }[] }, c: number) =>
  plan.meetings.filter((m) => m.candidate === c).length;

describe('planSchedule', () => {
  it('keeps every rule: no double booking, capacities, blocked slots, no-thanks, maximums', () => {
    fc.assert(
      fc.property(instanceArbitrary({ candidates: 12, employers: 6, slots: 6 }), (instance) => {
        const plan = planSchedule(instance);
        expect(findViolations(instance, plan.meetings)).toEqual([]);
        const index = new Map(instance.pairs.map((p, i) => [`${p.candidate}:${p.employer}`, i]));
        expect(plan.objective).toBe(
          scheduleObjective(
            instance,
            plan.meetings.map((m) => index.get(`${m.candidate}:${m.employer}`)!),
          ),
        );
        expect(plan.objective).toBeLessThanOrEqual(plan.upperBound);
      }),
      { numRuns: 300 },
    );
  });

  it('never beats the exact optimum and reaches it on small sessions', () => {
    let optimal = 0;
    let runs = 0;
    fc.assert(
      fc.property(instanceArbitrary({ candidates: 3, employers: 2, slots: 2 }), (instance) => {
        const plan = planSchedule(instance);
        const optimum = bruteForceOptimum(instance);
        expect(plan.objective).toBeLessThanOrEqual(optimum);
        expect(optimum).toBeLessThanOrEqual(plan.upperBound);
        runs++;
        if (plan.objective === optimum) optimal++;
      }),
      { numRuns: 150 },
    );
    // A heuristic may miss now and then; it must not miss often.
    expect(optimal / runs).toBeGreaterThanOrEqual(0.95);
  });

  it('meets the fairness floor wherever the pool allows', () => {
    // Plenty of tables, slots and employers: every candidate with pairs can reach the floor.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 2, max: 20 }),
        (floor, candidateCount) => {
          const instance: ScheduleInstance = {
            slotCount: 6,
            tableCount: 50,
            minMeetingsPerCandidate: floor,
            candidates: Array.from({ length: candidateCount }, () => ({ maxMeetings: 4, blockedSlots: [] })),
            employers: Array.from({ length: 5 }, () => ({
              representatives: 2,
              maxMeetingsPerRepresentative: 6,
              blockedSlots: [],
            })),
            // Candidate 0 is everyone's favourite; without the floor it would take the best slots.
            pairs: Array.from({ length: candidateCount }, (_, c) =>
              Array.from({ length: 5 }, (_, e) => ({
                candidate: c,
                employer: e,
                value: c === 0 ? 200 : 10,
                mustMeet: false,
              })),
            ).flat(),
          };
          const plan = planSchedule(instance);
          for (let c = 0; c < candidateCount; c++) expect(meetingsOf(plan, c)).toBeGreaterThanOrEqual(floor);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('gives everyone one meeting before anyone gets a second when tables are scarce', () => {
    const instance: ScheduleInstance = {
      slotCount: 2,
      tableCount: 2,
      minMeetingsPerCandidate: 2,
      candidates: Array.from({ length: 4 }, () => ({ maxMeetings: 2, blockedSlots: [] })),
      employers: [
        { representatives: 2, maxMeetingsPerRepresentative: 2, blockedSlots: [] },
        { representatives: 1, maxMeetingsPerRepresentative: 2, blockedSlots: [] },
      ],
      pairs: [0, 1, 2, 3].flatMap((c) =>
        [0, 1].map((e) => ({ candidate: c, employer: e, value: c === 0 ? 200 : 1, mustMeet: false })),
      ),
    };
    const plan = planSchedule(instance);
    expect([0, 1, 2, 3].map((c) => meetingsOf(plan, c))).toEqual([1, 1, 1, 1]);
  });

  it('plans must-meets before anything else', () => {
    const instance: ScheduleInstance = {
      slotCount: 1,
      tableCount: 1,
      minMeetingsPerCandidate: 1,
      candidates: [
        { maxMeetings: 1, blockedSlots: [] },
        { maxMeetings: 1, blockedSlots: [] },
      ],
      employers: [{ representatives: 1, maxMeetingsPerRepresentative: 1, blockedSlots: [] }],
      pairs: [
        { candidate: 0, employer: 0, value: 260, mustMeet: false },
        { candidate: 1, employer: 0, value: 1, mustMeet: true },
      ],
    };
    expect(planSchedule(instance).meetings).toEqual([
      { candidate: 1, employer: 0, slot: 0, representative: 0, table: 0 },
    ]);
  });

  it('keeps locked meetings in their slot, and reports those that can no longer take place', () => {
    fc.assert(
      fc.property(
        instanceArbitrary({ candidates: 10, employers: 5, slots: 5 }),
        fc.nat(),
        (instance, pick) => {
          const first = planSchedule(instance);
          const locked = first.meetings
            .filter((_, i) => (i + pick) % 3 === 0)
            .map(({ candidate, employer, slot }) => ({ candidate, employer, slot }));
          const plan = planSchedule(instance, { locked });
          expect(plan.dropped).toEqual([]);
          expect(findViolations(instance, plan.meetings, locked)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
    const instance: ScheduleInstance = {
      slotCount: 2,
      tableCount: 2,
      minMeetingsPerCandidate: 0,
      candidates: [{ maxMeetings: 2, blockedSlots: [1] }],
      employers: [{ representatives: 1, maxMeetingsPerRepresentative: 2, blockedSlots: [] }],
      pairs: [{ candidate: 0, employer: 0, value: 50, mustMeet: false }],
    };
    const plan = planSchedule(instance, { locked: [{ candidate: 0, employer: 0, slot: 1 }] });
    expect(plan.dropped).toEqual([{ candidate: 0, employer: 0, slot: 1 }]);
    expect(plan.meetings).toEqual([{ candidate: 0, employer: 0, slot: 0, representative: 0, table: 0 }]);
  });

  it('rejects an instance it cannot honour with a clear message', () => {
    const instance: ScheduleInstance = {
      slotCount: 2,
      tableCount: 1,
      minMeetingsPerCandidate: 1,
      candidates: [{ maxMeetings: 1, blockedSlots: [5] }],
      employers: [{ representatives: 1, maxMeetingsPerRepresentative: 1, blockedSlots: [] }],
      pairs: [],
    };
    expect(() => planSchedule(instance)).toThrow('candidate 0 blocks unknown slot 5');
  });
});

describe('replanSchedule', () => {
  const cancelOne = (instance: ScheduleInstance, pick: number) => {
    const published = planSchedule(instance).meetings.map((m) => ({ ...m, locked: false }));
    const cancelled = pick % instance.candidates.length;
    const after: ScheduleInstance = {
      ...instance,
      pairs: instance.pairs.filter((p) => p.candidate !== cancelled),
    };
    return { published, cancelled, after, plan: replanSchedule(after, published) };
  };

  it('keeps the rules after a cancellation and only gives up a published meeting for a better one', () => {
    fc.assert(
      fc.property(
        instanceArbitrary({ candidates: 12, employers: 6, slots: 6 }),
        fc.nat(),
        (instance, pick) => {
          const { published, cancelled, after, plan } = cancelOne(instance, pick);
          expect(findViolations(after, plan.meetings)).toEqual([]);
          const lost = published.filter((m) => m.candidate === cancelled);
          expect(plan.dropped).toEqual(lost);
          // Changes beyond the cancelled candidate's meetings only happen for must-meets or floors: the plan is
          // worth at least what simply keeping the rest would be (checked next).
          expect(plan.changed).toBeGreaterThanOrEqual(lost.length);
          const index = new Map(after.pairs.map((p, i) => [`${p.candidate}:${p.employer}`, i]));
          const keptOnly = published
            .filter((m) => m.candidate !== cancelled)
            .map((m) => index.get(`${m.candidate}:${m.employer}`)!);
          expect(plan.objective).toBeGreaterThanOrEqual(scheduleObjective(after, keptOnly));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves every other published meeting at its slot and table when nothing outranks it', () => {
    const arbitrary = instanceArbitrary({ candidates: 12, employers: 6, slots: 6 }).map((instance) => ({
      ...instance,
      minMeetingsPerCandidate: 0,
      pairs: instance.pairs.map((p) => ({ ...p, mustMeet: false })),
    }));
    fc.assert(
      fc.property(arbitrary, fc.nat(), (instance, pick) => {
        const { published, cancelled, plan } = cancelOne(instance, pick);
        // A representative may change hands only when a new meeting needs it to keep everyone under the maximum;
        // that counts as a change.
        const at = (m: { candidate: number; employer: number; slot: number; table: number }) =>
          `${m.candidate}:${m.employer}:${m.slot}:${m.table}`;
        const planned = new Set(plan.meetings.map(at));
        const others = published.filter((m) => m.candidate !== cancelled);
        for (const m of others) expect(planned.has(at(m))).toBe(true);
        const reseated = others.filter(
          (m) => !plan.meetings.some((p) => at(p) === at(m) && p.representative === m.representative),
        ).length;
        expect(plan.changed).toBe(published.length - others.length + reseated);
        if (reseated > 0) expect(plan.added).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('gives a late registrant their first meeting by displacing someone else’s second one', () => {
    const employer = { representatives: 1, maxMeetingsPerRepresentative: 2, blockedSlots: [] };
    const base: ScheduleInstance = {
      slotCount: 2,
      tableCount: 1,
      minMeetingsPerCandidate: 1,
      candidates: [{ maxMeetings: 2, blockedSlots: [] }],
      employers: [employer, employer],
      pairs: [
        { candidate: 0, employer: 0, value: 100, mustMeet: false },
        { candidate: 0, employer: 1, value: 100, mustMeet: false },
      ],
    };
    const published = planSchedule(base).meetings.map((m) => ({ ...m, locked: false }));
    expect(published).toHaveLength(2);
    const late: ScheduleInstance = {
      ...base,
      candidates: [...base.candidates, { maxMeetings: 2, blockedSlots: [] }],
      pairs: [...base.pairs, { candidate: 1, employer: 1, value: 10, mustMeet: false }],
    };
    const plan = replanSchedule(late, published);
    expect([meetingsOf(plan, 0), meetingsOf(plan, 1)]).toEqual([1, 1]);
    expect(plan).toMatchObject({ kept: 1, changed: 1, added: 1 });
    const stillThere = published.filter(({ locked: _, ...m }) =>
      plan.meetings.some((p) => JSON.stringify(p) === JSON.stringify(m)),
    );
    expect(stillThere).toHaveLength(1);
  });
});

describe('unmetWishReason', () => {
  const employer = { representatives: 1, maxMeetingsPerRepresentative: 1, blockedSlots: [] as number[] };
  const instance: ScheduleInstance = {
    slotCount: 2,
    tableCount: 2,
    minMeetingsPerCandidate: 0,
    candidates: [
      { maxMeetings: 1, blockedSlots: [] },
      { maxMeetings: 2, blockedSlots: [0] },
      { maxMeetings: 2, blockedSlots: [] },
    ],
    employers: [
      employer,
      { ...employer, blockedSlots: [1] },
      { ...employer, maxMeetingsPerRepresentative: 2 },
    ],
    pairs: [
      { candidate: 0, employer: 0, value: 90, mustMeet: false },
      { candidate: 0, employer: 2, value: 10, mustMeet: false },
      { candidate: 1, employer: 1, value: 90, mustMeet: false },
      { candidate: 2, employer: 0, value: 10, mustMeet: false },
    ],
  };
  const plan = planSchedule(instance);

  it('says why each wish could not be met', () => {
    expect(unmetWishReason(instance, plan.meetings, { candidate: 0, employer: 0 })).toBeNull();
    expect(unmetWishReason(instance, plan.meetings, { candidate: 2, employer: 1 })).toBe(
      UnmetWishReason.NotAllowed,
    );
    expect(unmetWishReason(instance, plan.meetings, { candidate: 1, employer: 1 })).toBe(
      UnmetWishReason.NoCommonSlot,
    );
    expect(unmetWishReason(instance, plan.meetings, { candidate: 0, employer: 2 })).toBe(
      UnmetWishReason.CandidateAgendaFull,
    );
    expect(unmetWishReason(instance, plan.meetings, { candidate: 2, employer: 0 })).toBe(
      UnmetWishReason.EmployerAgendaFull,
    );
  });
});
