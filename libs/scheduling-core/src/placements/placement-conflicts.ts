import { groupBy } from '@werkbrug/core';
import { dateOf, dayNumber } from './dates';
import {
  START_BEFORE_CONTRACT_END_WEEKS,
  type CandidateContract,
  type HostCapacity,
  type PlacementConflict,
  type PlacementPeriod,
} from './placement-model';

/**
 * Every conflict among placements: invalid periods, a candidate in two placements at once, more hours than the
 * contract leaves beside the own work, a host over its declared capacity in some period, a placement running past
 * the candidate's contract end, and (a warning) one that starts too late before the contract ends for the track.
 */
export function detectConflicts(
  placements: readonly PlacementPeriod[],
  contracts: readonly CandidateContract[],
  capacities: readonly HostCapacity[],
): PlacementConflict[] {
  const conflicts: PlacementConflict[] = [];
  const valid = placements.filter((p) => {
    if (dayNumber(p.end) >= dayNumber(p.start) && p.hoursPerWeek > 0) return true;
    conflicts.push({ kind: 'INVALID_PERIOD', placementId: p.id });
    return false;
  });
  for (const p of valid)
    if (p.hoursPerWeek + p.ownWorkHoursPerWeek > p.contractHoursPerWeek)
      conflicts.push({
        kind: 'EXCEEDS_CONTRACT_HOURS',
        placementId: p.id,
        hoursPerWeek: p.hoursPerWeek,
        ownWorkHoursPerWeek: p.ownWorkHoursPerWeek,
        contractHoursPerWeek: p.contractHoursPerWeek,
      });
  conflicts.push(...overlaps(valid), ...contractEnds(valid, contracts), ...hostOverloads(valid, capacities));
  return conflicts;
}

function overlaps(placements: readonly PlacementPeriod[]): PlacementConflict[] {
  const found: PlacementConflict[] = [];
  const byCandidate = groupBy(placements, (p) => p.candidateId);
  for (const list of byCandidate.values()) {
    const sorted = [...list].sort(
      (a, b) => dayNumber(a.start) - dayNumber(b.start) || a.id.localeCompare(b.id),
    );
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length && dayNumber(sorted[j].start) <= dayNumber(sorted[i].end); j++) {
        const from = Math.max(dayNumber(sorted[i].start), dayNumber(sorted[j].start));
        const to = Math.min(dayNumber(sorted[i].end), dayNumber(sorted[j].end));
        found.push({
          kind: 'OVERLAPPING_PLACEMENTS',
          placementIds: [sorted[i].id, sorted[j].id],
          from: dateOf(from),
          to: dateOf(to),
        });
      }
  }
  return found;
}

function contractEnds(
  placements: readonly PlacementPeriod[],
  contracts: readonly CandidateContract[],
): PlacementConflict[] {
  const found: PlacementConflict[] = [];
  const contractOf = new Map(contracts.map((c) => [c.candidateId, c]));
  for (const p of placements) {
    const contract = contractOf.get(p.candidateId);
    if (!contract?.contractEndDate) continue;
    const end = dayNumber(contract.contractEndDate);
    if (dayNumber(p.end) > end)
      found.push({
        kind: 'ENDS_AFTER_CONTRACT_END',
        placementId: p.id,
        contractEndDate: contract.contractEndDate,
      });
    const latestGoodStart = end - 7 * START_BEFORE_CONTRACT_END_WEEKS[contract.track];
    if (dayNumber(p.start) > latestGoodStart)
      found.push({ kind: 'STARTS_TOO_LATE', placementId: p.id, latestGoodStart: dateOf(latestGoodStart) });
  }
  return found;
}

/**
 * Sweeps each host's days from breakpoint to breakpoint (placement starts and ends, capacity windows), so the
 * hosted hours are compared with the capacity in force over every stretch, and reports each overloaded stretch.
 */
function hostOverloads(
  placements: readonly PlacementPeriod[],
  capacities: readonly HostCapacity[],
): PlacementConflict[] {
  const found: PlacementConflict[] = [];
  const windowsOf = groupBy(capacities, (c) => c.employerId);
  for (const [employerId, hosted] of groupBy(placements, (p) => p.hostEmployerId)) {
    const windows = windowsOf.get(employerId);
    if (!windows) continue;
    const points = new Set<number>();
    for (const p of hosted) points.add(dayNumber(p.start)).add(dayNumber(p.end) + 1);
    for (const w of windows) {
      points.add(dayNumber(w.from));
      if (w.to) points.add(dayNumber(w.to) + 1);
    }
    const sorted = [...points].sort((a, b) => a - b);
    for (let i = 0; i + 1 < sorted.length; i++) {
      const [from, to] = [sorted[i], sorted[i + 1] - 1];
      const active = hosted.filter((p) => dayNumber(p.start) <= from && dayNumber(p.end) >= from);
      const hours = active.reduce((sum, p) => sum + p.hoursPerWeek, 0);
      const capacity = capacityOn(windows, from);
      if (capacity !== null && hours > capacity) {
        const previous = found[found.length - 1];
        const ids = active.map((p) => p.id).sort();
        if (
          previous?.kind === 'HOST_CAPACITY_EXCEEDED' &&
          previous.employerId === employerId &&
          dayNumber(previous.to) === from - 1 &&
          previous.hoursPerWeek === hours &&
          previous.capacityHoursPerWeek === capacity &&
          previous.placementIds.join() === ids.join()
        )
          found[found.length - 1] = { ...previous, to: dateOf(to) };
        else
          found.push({
            kind: 'HOST_CAPACITY_EXCEEDED',
            employerId,
            from: dateOf(from),
            to: dateOf(to),
            hoursPerWeek: hours,
            capacityHoursPerWeek: capacity,
            placementIds: ids,
          });
      }
    }
  }
  return found;
}

/**
 * The capacity declared for a day: among the windows covering it, the most recently declared (a correction
 * replaces what it covers), then the one that starts last, then the smaller; null when none covers it (no limit).
 */
export function capacityOn(windows: readonly HostCapacity[], day: number): number | null {
  let best: HostCapacity | null = null;
  for (const w of windows) {
    if (dayNumber(w.from) > day || (w.to !== null && dayNumber(w.to) < day)) continue;
    if (!best || precedes(w, best)) best = w;
  }
  return best ? best.hoursPerWeek : null;
}

function precedes(a: HostCapacity, b: HostCapacity): boolean {
  const declared = (a.declaredAt ?? 0) - (b.declaredAt ?? 0);
  if (declared !== 0) return declared > 0;
  const from = dayNumber(a.from) - dayNumber(b.from);
  if (from !== 0) return from > 0;
  return a.hoursPerWeek < b.hoursPerWeek;
}
