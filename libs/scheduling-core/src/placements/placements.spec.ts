import fc from 'fast-check';
import { dateOf, dayNumber } from './dates';
import { detectConflicts } from './placement-conflicts';
import { LEAD_TIME_DAYS, type HostCapacity, type PlacementPeriod } from './placement-model';
import { proposePlacement, type PlacementRequest } from './placement-proposal';

const BASE = dayNumber('2027-01-01');

const placementArbitrary = (id: number) =>
  fc
    .record({
      candidate: fc.integer({ min: 0, max: 2 }),
      host: fc.integer({ min: 0, max: 2 }),
      start: fc.integer({ min: 0, max: 60 }),
      length: fc.integer({ min: 1, max: 40 }),
      hours: fc.integer({ min: 4, max: 24 }),
      ownWork: fc.integer({ min: 0, max: 16 }),
    })
    .map((r): PlacementPeriod => ({
      id: `p${id}`,
      candidateId: `c${r.candidate}`,
      hostEmployerId: `h${r.host}`,
      start: dateOf(BASE + r.start),
      end: dateOf(BASE + r.start + r.length - 1),
      hoursPerWeek: r.hours,
      ownWorkHoursPerWeek: r.ownWork,
      contractHoursPerWeek: 36,
    }));

const placementsArbitrary = fc
  .integer({ min: 0, max: 8 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => placementArbitrary(i))));

const capacitiesArbitrary = fc
  .array(
    fc.record({
      host: fc.integer({ min: 0, max: 2 }),
      from: fc.integer({ min: 0, max: 80 }),
      length: fc.option(fc.integer({ min: 1, max: 60 })),
      hours: fc.integer({ min: 0, max: 40 }),
      declared: fc.option(fc.integer({ min: 1, max: 5 })),
    }),
    { maxLength: 4 },
  )
  .map((list) =>
    list.map((w): HostCapacity => ({
      employerId: `h${w.host}`,
      from: dateOf(BASE + w.from),
      to: w.length === null ? null : dateOf(BASE + w.from + w.length - 1),
      hoursPerWeek: w.hours,
      ...(w.declared === null ? {} : { declaredAt: w.declared }),
    })),
  );

const covers = (p: PlacementPeriod, day: number) => dayNumber(p.start) <= day && dayNumber(p.end) >= day;

/** The capacity on a day by the same rule, checked day by day: the latest-starting window covering it, the smaller on a tie. */
function bruteCapacity(windows: HostCapacity[], employer: string, day: number): number | null {
  const covering = windows
    .filter(
      (w) =>
        w.employerId === employer && dayNumber(w.from) <= day && (w.to === null || dayNumber(w.to) >= day),
    )
    .sort(
      (a, b) =>
        (b.declaredAt ?? 0) - (a.declaredAt ?? 0) ||
        dayNumber(b.from) - dayNumber(a.from) ||
        a.hoursPerWeek - b.hoursPerWeek,
    );
  return covering.length ? covering[0].hoursPerWeek : null;
}

describe('detectConflicts', () => {
  it('finds exactly the pairs of a candidate’s placements that share a day', () => {
    fc.assert(
      fc.property(placementsArbitrary, (placements) => {
        const found = new Set(
          detectConflicts(placements, [], [])
            .filter((c) => c.kind === 'OVERLAPPING_PLACEMENTS')
            .map((c) => (c.kind === 'OVERLAPPING_PLACEMENTS' ? [...c.placementIds].sort().join('+') : '')),
        );
        const expected = new Set<string>();
        for (const a of placements)
          for (const b of placements)
            if (a.id < b.id && a.candidateId === b.candidateId)
              for (let d = BASE; d < BASE + 120; d++)
                if (covers(a, d) && covers(b, d)) expected.add(`${a.id}+${b.id}`);
        expect(found).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('reports a host over capacity on exactly the days its hosted hours exceed the capacity in force', () => {
    fc.assert(
      fc.property(placementsArbitrary, capacitiesArbitrary, (placements, capacities) => {
        const conflicts = detectConflicts(placements, [], capacities).filter(
          (c) => c.kind === 'HOST_CAPACITY_EXCEEDED',
        );
        for (const host of ['h0', 'h1', 'h2'])
          for (let d = BASE; d < BASE + 150; d++) {
            const load = placements
              .filter((p) => p.hostEmployerId === host && covers(p, d))
              .reduce((s, p) => s + p.hoursPerWeek, 0);
            const capacity = bruteCapacity(capacities, host, d);
            const reported = conflicts.some(
              (c) =>
                c.kind === 'HOST_CAPACITY_EXCEEDED' &&
                c.employerId === host &&
                dayNumber(c.from) <= d &&
                dayNumber(c.to) >= d,
            );
            expect(reported).toBe(capacity !== null && load > capacity);
          }
      }),
      { numRuns: 100 },
    );
  });

  it('flags hours beyond the contract, periods past the contract end and late starts for the track', () => {
    const p: PlacementPeriod = {
      id: 'p',
      candidateId: 'c',
      hostEmployerId: 'h',
      start: '2027-03-15',
      end: '2027-06-30',
      hoursPerWeek: 24,
      ownWorkHoursPerWeek: 16,
      contractHoursPerWeek: 36,
    };
    const conflicts = detectConflicts(
      [p],
      [{ candidateId: 'c', contractEndDate: '2027-05-31', track: 'SICKNESS_REINTEGRATION' }],
      [],
    );
    expect(conflicts.map((c) => c.kind).sort()).toEqual([
      'ENDS_AFTER_CONTRACT_END',
      'EXCEEDS_CONTRACT_HOURS',
      'STARTS_TOO_LATE',
    ]);
    expect(detectConflicts([{ ...p, end: '2027-02-01' }], [], [])).toEqual([
      { kind: 'INVALID_PERIOD', placementId: 'p' },
    ]);
  });
});

describe('proposePlacement', () => {
  const requestArbitrary = fc.record({
    candidate: fc.integer({ min: 0, max: 2 }),
    host: fc.integer({ min: 0, max: 2 }),
    hours: fc.integer({ min: 4, max: 24 }),
    weeks: fc.integer({ min: 1, max: 6 }),
    ownWork: fc.integer({ min: 0, max: 36 }),
    contractEnd: fc.option(fc.integer({ min: 20, max: 200 })),
  });

  it('proposes the earliest start with the hours asked, never conflicting with what is planned', () => {
    fc.assert(
      fc.property(placementsArbitrary, capacitiesArbitrary, requestArbitrary, (others, capacities, r) => {
        const request: PlacementRequest = {
          candidateId: `c${r.candidate}`,
          hostEmployerId: `h${r.host}`,
          kind: 'TRIAL_PLACEMENT',
          hoursPerWeek: r.hours,
          durationWeeks: r.weeks,
          contractHoursPerWeek: 36,
          ownWorkHoursPerWeek: r.ownWork,
          today: dateOf(BASE - 10),
        };
        const contract = {
          candidateId: request.candidateId,
          contractEndDate: r.contractEnd === null ? null : dateOf(BASE + r.contractEnd),
          track: 'WORK_TO_WORK' as const,
        };
        // The existing plan itself may already overload a host; the proposal must not add to any overload.
        const wanted = Math.min(r.hours, 36 - r.ownWork);
        const proposal = proposePlacement(request, contract, others, capacities);
        const earliest = BASE - 10 + LEAD_TIME_DAYS.TRIAL_PLACEMENT;
        const contractEnd = r.contractEnd === null ? Infinity : BASE + r.contractEnd;
        const fits = (start: number, hours: number) => {
          const end = Math.min(start + 7 * r.weeks - 1, contractEnd);
          if (
            others.some(
              (p) =>
                p.candidateId === request.candidateId &&
                dayNumber(p.start) <= end &&
                dayNumber(p.end) >= start,
            )
          )
            return false;
          for (let d = start; d <= end; d++) {
            const capacity = bruteCapacity(capacities, request.hostEmployerId, d);
            const load = others
              .filter((p) => p.hostEmployerId === request.hostEmployerId && covers(p, d))
              .reduce((s, p) => s + p.hoursPerWeek, 0);
            if (capacity !== null && load + hours > capacity) return false;
          }
          return true;
        };
        let firstFull: number | null = null;
        for (let d = earliest; d <= Math.min(earliest + 366, contractEnd) && firstFull === null; d++)
          if (wanted > 0 && fits(d, wanted)) firstFull = d;
        if (wanted <= 0) expect(proposal).toMatchObject({ feasible: false, reason: 'NO_HOURS_LEFT' });
        else if (firstFull !== null)
          expect(proposal).toMatchObject({ feasible: true, start: dateOf(firstFull), hoursPerWeek: wanted });
        if (proposal.feasible) {
          expect(fits(dayNumber(proposal.start), proposal.hoursPerWeek)).toBe(true);
          expect(dayNumber(proposal.start)).toBeGreaterThanOrEqual(earliest);
          expect(dayNumber(proposal.end)).toBeLessThanOrEqual(contractEnd);
          expect(proposal.hoursPerWeek + r.ownWork).toBeLessThanOrEqual(36);
        }
      }),
      { numRuns: 300 },
    );
  });
});
