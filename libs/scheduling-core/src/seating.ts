import { MAX_REPRESENTATIVES, pairKey, type Meeting, type ScheduleInstance } from './instance';

export interface SlottedPair {
  readonly pair: number;
  readonly slot: number;
}

/** Where a meeting sat in the previous plan, so a re-plan keeps people at their tables. */
export type PreviousSeats = ReadonlyMap<number, { readonly representative: number; readonly table: number }>;

interface Seat {
  readonly pair: number;
  readonly slot: number;
  readonly employer: number;
  readonly before: { readonly representative: number; readonly table: number } | undefined;
  representative: number;
  table: number;
}

/**
 * Gives each slotted meeting a representative and a table. A published meeting keeps its representative and
 * table where it can; the others go to the least busy free representative, and a representative keeps a table
 * across slots where possible. Least-busy-first alone provably keeps every representative under the maximum
 * whenever the employer's total is; should kept representatives make that impossible, the representatives are
 * shared out afresh (a changed seat beats a broken maximum).
 */
export function assignSeats(
  instance: ScheduleInstance,
  slotted: readonly SlottedPair[],
  previous?: PreviousSeats,
): Meeting[] {
  const seats: Seat[] = [...slotted]
    .sort((a, b) => a.slot - b.slot || a.pair - b.pair)
    .map(({ pair, slot }) => {
      const p = instance.pairs[pair];
      return {
        pair,
        slot,
        employer: p.employer,
        before: previous?.get(pairKey(instance, p.candidate, p.employer)),
        representative: -1,
        table: -1,
      };
    });
  if (!chooseRepresentatives(instance, seats, true)) chooseRepresentatives(instance, seats, false);
  chooseTables(instance, seats);
  return seats.map((s) => {
    const p = instance.pairs[s.pair];
    return {
      candidate: p.candidate,
      employer: p.employer,
      slot: s.slot,
      representative: s.representative,
      table: s.table,
    };
  });
}

const seatKey = (employer: number, representative: number, slot: number) =>
  (slot * 1_000_000 + employer) * MAX_REPRESENTATIVES + representative;

/** Returns false when a representative ends up over the maximum (only possible when keeping earlier choices). */
function chooseRepresentatives(instance: ScheduleInstance, seats: Seat[], keepEarlier: boolean): boolean {
  const load = instance.employers.map((e) => new Int32Array(e.representatives));
  const used = new Set<number>();
  const take = (seat: Seat, r: number) => {
    seat.representative = r;
    load[seat.employer][r]++;
    used.add(seatKey(seat.employer, r, seat.slot));
  };
  for (const seat of seats) seat.representative = -1;
  if (keepEarlier)
    for (const seat of seats) {
      const r = seat.before?.representative;
      const max = instance.employers[seat.employer].maxMeetingsPerRepresentative;
      if (
        r !== undefined &&
        r < load[seat.employer].length &&
        !used.has(seatKey(seat.employer, r, seat.slot)) &&
        load[seat.employer][r] < max
      )
        take(seat, r);
    }
  for (const seat of seats) {
    if (seat.representative >= 0) continue;
    const reps = load[seat.employer];
    let best = -1;
    for (let r = 0; r < reps.length; r++)
      if (
        !used.has(seatKey(seat.employer, r, seat.slot)) &&
        (best < 0 || reps[r] < reps[best] || (reps[r] === reps[best] && r === seat.before?.representative))
      )
        best = r;
    take(seat, best);
  }
  return instance.employers.every((e, i) => load[i].every((n) => n <= e.maxMeetingsPerRepresentative));
}

function chooseTables(instance: ScheduleInstance, seats: Seat[]): void {
  const homeTable = new Map<number, number>();
  const home = (seat: Seat) => seat.employer * MAX_REPRESENTATIVES + seat.representative;
  for (let from = 0; from < seats.length;) {
    let to = from;
    while (to < seats.length && seats[to].slot === seats[from].slot) to++;
    const slotSeats = seats.slice(from, to);
    const taken = new Uint8Array(instance.tableCount);
    const claim = (seat: Seat, table: number | undefined) => {
      if (seat.table >= 0 || table === undefined || table >= instance.tableCount || taken[table]) return;
      seat.table = table;
      taken[table] = 1;
    };
    for (const seat of slotSeats) claim(seat, seat.before?.table);
    for (const seat of slotSeats) claim(seat, homeTable.get(home(seat)));
    let free = 0;
    for (const seat of slotSeats) {
      if (seat.table >= 0) continue;
      while (taken[free]) free++;
      claim(seat, free);
    }
    for (const seat of slotSeats) homeTable.set(home(seat), seat.table);
    from = to;
  }
}
