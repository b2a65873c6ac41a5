import { pairIndex, pairKey, type FixedMeeting, type Meeting, type ScheduleInstance } from './instance';

/**
 * Every rule a plan must keep, checked from the meetings alone. The property tests run it over random
 * instances, and the session service runs it before storing a plan, so a planner bug can never reach an agenda.
 */
export function findViolations(
  instance: ScheduleInstance,
  meetings: readonly Meeting[],
  locked: readonly FixedMeeting[] = [],
): string[] {
  const S = instance.slotCount;
  const violations: string[] = [];
  const index = pairIndex(instance);
  const seenPairs = new Set<number>();
  const candidateSlot = new Set<number>();
  const seat = new Set<string>();
  const table = new Set<number>();
  const candidateCount = new Int32Array(instance.candidates.length);
  const representativeCount = new Map<string, number>();
  const blocked = (slots: readonly number[], s: number) => slots.includes(s);
  for (const m of meetings) {
    const where = `candidate ${m.candidate} × employer ${m.employer} in slot ${m.slot}`;
    const candidate = instance.candidates[m.candidate];
    const employer = instance.employers[m.employer];
    if (!candidate || !employer || !(m.slot >= 0 && m.slot < S)) {
      violations.push(`${where}: unknown participant or slot`);
      continue;
    }
    const key = pairKey(instance, m.candidate, m.employer);
    if (!index.has(key)) violations.push(`${where}: pair may not meet (no-thanks or not invited)`);
    if (seenPairs.has(key)) violations.push(`${where}: pair meets twice`);
    seenPairs.add(key);
    if (candidateSlot.has(m.candidate * S + m.slot)) violations.push(`${where}: candidate double-booked`);
    candidateSlot.add(m.candidate * S + m.slot);
    if (blocked(candidate.blockedSlots, m.slot)) violations.push(`${where}: candidate blocked this slot`);
    if (blocked(employer.blockedSlots, m.slot)) violations.push(`${where}: employer blocked this slot`);
    if (!(m.representative >= 0 && m.representative < employer.representatives))
      violations.push(`${where}: unknown representative ${m.representative}`);
    const seatKey = `${m.employer}:${m.representative}:${m.slot}`;
    if (seat.has(seatKey)) violations.push(`${where}: representative double-booked`);
    seat.add(seatKey);
    if (!(m.table >= 0 && m.table < instance.tableCount))
      violations.push(`${where}: unknown table ${m.table}`);
    if (table.has(m.slot * instance.tableCount + m.table))
      violations.push(`${where}: table ${m.table} double-booked`);
    table.add(m.slot * instance.tableCount + m.table);
    if (++candidateCount[m.candidate] === candidate.maxMeetings + 1)
      violations.push(`candidate ${m.candidate}: more than ${candidate.maxMeetings} meetings`);
    const repKey = `${m.employer}:${m.representative}`;
    const repCount = (representativeCount.get(repKey) ?? 0) + 1;
    representativeCount.set(repKey, repCount);
    if (repCount === employer.maxMeetingsPerRepresentative + 1)
      violations.push(
        `employer ${m.employer} representative ${m.representative}: more than ${employer.maxMeetingsPerRepresentative} meetings`,
      );
  }
  const planned = new Map(meetings.map((m) => [pairKey(instance, m.candidate, m.employer), m.slot]));
  for (const l of locked)
    if (planned.get(pairKey(instance, l.candidate, l.employer)) !== l.slot)
      violations.push(
        `locked meeting candidate ${l.candidate} × employer ${l.employer} in slot ${l.slot} not kept`,
      );
  return violations;
}
