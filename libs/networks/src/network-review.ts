import { SMALLEST_SHOWN_COUNT } from '@werkbrug/statistics/small-counts';
import type { LedgerTotals } from '@werkbrug/placements';
import type { AnswerKind } from './network.entities';
import { firstAnswerHours } from './network-rules';

/** A request of the period as the review counts it. */
export interface ReviewRequest {
  readonly employerId: string;
  readonly createdAt: Date;
  readonly closed: boolean;
  readonly recipients: readonly string[];
  readonly answers: readonly { employerId: string; kind: AnswerKind; answeredAt: Date }[];
}

export interface MemberReview {
  readonly employerId: string;
  /** Requests the member put to the network. */
  readonly asked: number | null;
  /** Requests put to the member, and how many it answered. */
  readonly received: number | null;
  readonly answered: number | null;
  /** Answers that offered something (not "not now"). */
  readonly offers: number | null;
  /** From the ledger, between members only: hours lent to and borrowed from other members in the period. */
  readonly hoursLent: number;
  readonly hoursBorrowed: number;
  readonly placementsLent: number | null;
  readonly placementsBorrowed: number | null;
}

export interface NetworkReview {
  readonly requests: number;
  readonly answered: number;
  readonly closed: number;
  readonly offers: number;
  /** Placements made from the network's offers that started in the period. */
  readonly placementsStarted: number;
  /** Median hours from a request to its first answer, over the answered requests; null without any. */
  readonly medianHoursToFirstAnswer: number | null;
  readonly members: readonly MemberReview[];
}

/**
 * The network's figures for a period: requests made and answered, the median time to a first answer, offers,
 * placements started from offers, and per member what it asked, received, answered and offered, and the hours it
 * lent to and borrowed from the other members (the ledger between members). With `protectSmall`, a member's count from 1 to 4 is
 * null ("fewer than 5"), as in the regional figures: a member with one request should not be recognisable by it.
 */
export function networkReview(
  requests: readonly ReviewRequest[],
  memberIds: readonly string[],
  protectSmall: boolean,
  placements: {
    /** Start days of the placements that came from the network's offers. */
    readonly startsFromOffers: readonly string[];
    readonly ledger: ReadonlyMap<string, LedgerTotals>;
    readonly from: string;
    readonly to: string;
  },
): NetworkReview {
  const hoursToFirst = requests
    .map((r) =>
      firstAnswerHours(
        r.createdAt,
        r.answers.map((a) => a.answeredAt),
      ),
    )
    .filter((hours): hours is number => hours !== null);
  const shown = (n: number) => (protectSmall && n > 0 && n < SMALLEST_SHOWN_COUNT ? null : n);
  return {
    requests: requests.length,
    answered: hoursToFirst.length,
    closed: requests.filter((r) => r.closed).length,
    offers: requests.flatMap((r) => r.answers).filter((a) => a.kind !== 'NOT_NOW').length,
    placementsStarted: placements.startsFromOffers.filter(
      (start) => start >= placements.from && start <= placements.to,
    ).length,
    medianHoursToFirstAnswer: median(hoursToFirst),
    members: memberIds.map((employerId) => {
      const received = requests.filter((r) => r.recipients.includes(employerId));
      const theirs = requests.flatMap((r) => r.answers).filter((a) => a.employerId === employerId);
      const ledger = placements.ledger.get(employerId);
      return {
        employerId,
        asked: shown(requests.filter((r) => r.employerId === employerId).length),
        received: shown(received.length),
        answered: shown(theirs.length),
        offers: shown(theirs.filter((a) => a.kind !== 'NOT_NOW').length),
        hoursLent: ledger?.hoursLent ?? 0,
        hoursBorrowed: ledger?.hoursBorrowed ?? 0,
        placementsLent: shown(ledger?.placementsLent ?? 0),
        placementsBorrowed: shown(ledger?.placementsBorrowed ?? 0),
      };
    }),
  };
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return Math.round(value * 10) / 10;
}
