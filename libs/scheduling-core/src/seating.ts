import { MAX_REPRESENTATIVES, pairKey, type Meeting, type ScheduleInstance } from './instance';

export interface SlottedPair {
  readonly pair: number;
  readonly slot: number;
}

/** Where a meeting sat in the previous plan, so a re-plan keeps people at their tables. */
export type PreviousSeats = ReadonlyMap<number, { readonly representative: number; readonly table: number }>;

/**
 * Gives each slotted meeting a representative and a table. Representatives of one employer share the work
 * evenly (the least busy one takes the next meeting), which keeps each under the per-representative maximum
 * whenever the employer's total is (a published meeting keeps its representative while that one has room); each representative keeps a table across slots where possible, and a
 * meeting that was already published keeps its seat.
 */
export function assignSeats(
  instance: ScheduleInstance,
  slotted: readonly SlottedPair[],
  previous?: PreviousSeats,
): Meeting[] {
  const bySlot = Array.from({ length: instance.slotCount }, () => [] as number[]);
  for (const { pair, slot } of slotted) bySlot[slot].push(pair);
  const load = instance.employers.map((e) => new Int32Array(e.representatives));
  const homeTable = new Map<number, number>();
  const meetings: Meeting[] = [];
  const seatKey = (employer: number, representative: number) =>
    employer * MAX_REPRESENTATIVES + representative;
  for (let slot = 0; slot < instance.slotCount; slot++) {
    const seated = bySlot[slot]
      .sort((a, b) => a - b)
      .map((p) => {
        const pair = instance.pairs[p];
        const before = previous?.get(pairKey(instance, pair.candidate, pair.employer));
        return { p, pair, before, representative: -1, table: -1 };
      });
    const usedRepresentatives = new Set<number>();
    const take = (meeting: (typeof seated)[number], r: number) => {
      meeting.representative = r;
      load[meeting.pair.employer][r]++;
      usedRepresentatives.add(seatKey(meeting.pair.employer, r));
    };
    for (const meeting of seated) {
      const r = meeting.before?.representative;
      const { employer } = meeting.pair;
      const max = instance.employers[employer].maxMeetingsPerRepresentative;
      if (
        r !== undefined &&
        r < load[employer].length &&
        !usedRepresentatives.has(seatKey(employer, r)) &&
        load[employer][r] < max
      )
        take(meeting, r);
    }
    for (const meeting of seated) {
      if (meeting.representative >= 0) continue;
      const reps = load[meeting.pair.employer];
      let best = -1;
      for (let r = 0; r < reps.length; r++)
        if (!usedRepresentatives.has(seatKey(meeting.pair.employer, r)) && (best < 0 || reps[r] < reps[best]))
          best = r;
      take(meeting, best);
    }
    const tableTaken = new Uint8Array(instance.tableCount);
    const claim = (meeting: (typeof seated)[number], table: number | undefined) => {
      if (meeting.table >= 0 || table === undefined || table >= instance.tableCount || tableTaken[table])
        return;
      meeting.table = table;
      tableTaken[table] = 1;
    };
    for (const meeting of seated) claim(meeting, meeting.before?.table);
    for (const meeting of seated)
      claim(meeting, homeTable.get(seatKey(meeting.pair.employer, meeting.representative)));
    let free = 0;
    for (const meeting of seated) {
      if (meeting.table >= 0) continue;
      while (tableTaken[free]) free++;
      claim(meeting, free);
    }
    for (const meeting of seated) {
      homeTable.set(seatKey(meeting.pair.employer, meeting.representative), meeting.table);
      meetings.push({
        candidate: meeting.pair.candidate,
        employer: meeting.pair.employer,
        slot,
        representative: meeting.representative,
        table: meeting.table,
      });
    }
  }
  return meetings;
}
