import { dateOf, dayNumber } from './dates';
import { capacityOn } from './placement-conflicts';
import {
  LEAD_TIME_DAYS,
  START_BEFORE_CONTRACT_END_WEEKS,
  type CandidateContract,
  type HostCapacity,
  type PlacementKindCode,
  type PlacementPeriod,
} from './placement-model';

export interface PlacementRequest {
  readonly candidateId: string;
  readonly hostEmployerId: string;
  readonly kind: PlacementKindCode;
  readonly hoursPerWeek: number;
  readonly durationWeeks: number;
  readonly contractHoursPerWeek: number;
  readonly ownWorkHoursPerWeek: number;
  /** Not before this date (e.g. what the parties asked for); today + the kind's lead time at the earliest. */
  readonly notBefore?: string | null;
  readonly today: string;
}

export type ProposalWarning = 'FEWER_HOURS_THAN_ASKED' | 'SHORTENED_TO_CONTRACT_END' | 'STARTS_TOO_LATE';

export type PlacementProposal =
  | {
      readonly feasible: true;
      readonly start: string;
      readonly end: string;
      readonly hoursPerWeek: number;
      readonly warnings: readonly ProposalWarning[];
      /** Latest start that leaves the track's time before the contract ends, if the contract ends. */
      readonly latestGoodStart: string | null;
    }
  | {
      readonly feasible: false;
      readonly reason: PlacementInfeasibility;
      /** The figures behind the reason, so a person reads the real cause ("het contract eindigt op …"). */
      readonly detail: InfeasibilityDetail;
    };

export type PlacementInfeasibility =
  'NO_HOURS_LEFT' | 'CONTRACT_ENDS_TOO_SOON' | 'HOST_FULL' | 'CANDIDATE_BUSY';

export interface InfeasibilityDetail {
  /** The earliest start: today plus the kind's lead time, or the date asked for (a vacancy's start) if later. */
  readonly earliestStart: string;
  /** What set the earliest start: the lead time, or the date asked for. */
  readonly earliestBy: 'LEAD_TIME' | 'NOT_BEFORE';
  readonly contractEndDate: string | null;
  readonly contractHoursPerWeek: number;
  readonly ownWorkHoursPerWeek: number;
  /** The last day searched for a start. */
  readonly searchedUntil: string;
}

/** Look this far ahead for a start date; beyond a year the parties should plan by hand. */
const HORIZON_DAYS = 366;

/**
 * Proposes the earliest start and the most hours (up to what was asked) that respect the lead time, the
 * candidate's other placements (no overlap), the hours the contract leaves beside the own work, the host's
 * capacity over the whole period, and the contract end (never past it). Candidate start days are the earliest
 * allowed day and the days after the end of something that may stand in the way.
 */
export function proposePlacement(
  request: PlacementRequest,
  contract: CandidateContract,
  others: readonly PlacementPeriod[],
  capacities: readonly HostCapacity[],
): PlacementProposal {
  const hoursLeft = request.contractHoursPerWeek - request.ownWorkHoursPerWeek;
  const wanted = Math.min(request.hoursPerWeek, hoursLeft);
  const leadTime = dayNumber(request.today) + LEAD_TIME_DAYS[request.kind];
  const notBefore = request.notBefore ? dayNumber(request.notBefore) : -Infinity;
  const earliest = Math.max(leadTime, notBefore);
  const contractEnd = contract.contractEndDate ? dayNumber(contract.contractEndDate) : Infinity;
  const detail: InfeasibilityDetail = {
    earliestStart: dateOf(earliest),
    earliestBy: notBefore > leadTime ? 'NOT_BEFORE' : 'LEAD_TIME',
    contractEndDate: contract.contractEndDate,
    contractHoursPerWeek: request.contractHoursPerWeek,
    ownWorkHoursPerWeek: request.ownWorkHoursPerWeek,
    searchedUntil: dateOf(Math.min(earliest + HORIZON_DAYS, contractEnd)),
  };
  if (wanted <= 0) return { feasible: false, reason: 'NO_HOURS_LEFT', detail };
  const latestGoodStart = Number.isFinite(contractEnd)
    ? contractEnd - 7 * START_BEFORE_CONTRACT_END_WEEKS[contract.track]
    : null;
  if (earliest > contractEnd) return { feasible: false, reason: 'CONTRACT_ENDS_TOO_SOON', detail };
  const own = others.filter((p) => p.candidateId === request.candidateId);
  const hosted = others.filter((p) => p.hostEmployerId === request.hostEmployerId);
  const windows = capacities.filter((c) => c.employerId === request.hostEmployerId);
  const starts = new Set<number>([earliest]);
  for (const p of [...own, ...hosted]) starts.add(dayNumber(p.end) + 1);
  for (const w of windows) {
    starts.add(dayNumber(w.from));
    if (w.to) starts.add(dayNumber(w.to) + 1);
  }
  let best: { start: number; end: number; hours: number } | null = null;
  let candidateBusy = true;
  for (const start of [...starts]
    .filter((d) => d >= earliest && d <= earliest + HORIZON_DAYS && d <= contractEnd)
    .sort((a, b) => a - b)) {
    const end = Math.min(start + 7 * request.durationWeeks - 1, contractEnd);
    if (own.some((p) => dayNumber(p.start) <= end && dayNumber(p.end) >= start)) continue;
    candidateBusy = false;
    const hours = Math.min(wanted, spareCapacity(hosted, windows, start, end));
    if (hours > (best?.hours ?? 0)) best = { start, end, hours };
    if (hours >= wanted) break;
  }
  if (!best) return { feasible: false, reason: candidateBusy ? 'CANDIDATE_BUSY' : 'HOST_FULL', detail };
  const warnings: ProposalWarning[] = [];
  if (best.hours < request.hoursPerWeek) warnings.push('FEWER_HOURS_THAN_ASKED');
  if (best.end < best.start + 7 * request.durationWeeks - 1) warnings.push('SHORTENED_TO_CONTRACT_END');
  if (latestGoodStart !== null && best.start > latestGoodStart) warnings.push('STARTS_TOO_LATE');
  return {
    feasible: true,
    start: dateOf(best.start),
    end: dateOf(best.end),
    hoursPerWeek: best.hours,
    warnings,
    latestGoodStart: latestGoodStart === null ? null : dateOf(latestGoodStart),
  };
}

/** The least capacity left at the host on any day of [start, end]; Infinity where no capacity is declared. */
function spareCapacity(
  hosted: readonly PlacementPeriod[],
  windows: readonly HostCapacity[],
  start: number,
  end: number,
): number {
  const points = new Set<number>([start]);
  for (const p of hosted) {
    if (dayNumber(p.start) > start && dayNumber(p.start) <= end) points.add(dayNumber(p.start));
    if (dayNumber(p.end) + 1 > start && dayNumber(p.end) + 1 <= end) points.add(dayNumber(p.end) + 1);
  }
  for (const w of windows) {
    if (dayNumber(w.from) > start && dayNumber(w.from) <= end) points.add(dayNumber(w.from));
    if (w.to && dayNumber(w.to) + 1 > start && dayNumber(w.to) + 1 <= end) points.add(dayNumber(w.to) + 1);
  }
  let spare = Infinity;
  for (const day of points) {
    const capacity = capacityOn(windows, day);
    if (capacity === null) continue;
    const load = hosted
      .filter((p) => dayNumber(p.start) <= day && dayNumber(p.end) >= day)
      .reduce((s, p) => s + p.hoursPerWeek, 0);
    spare = Math.min(spare, capacity - load);
  }
  return Math.max(0, spare);
}
