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
  /**
   * From the ledger, between members only: hours lent to and borrowed from other members in the period. Null for
   * an HR lead when 1 to 4 placements are behind them at another member: in a small network they would tell who
   * placed whom with whom, which the ledger shows only to the two employers.
   */
  readonly hoursLent: number | null;
  readonly hoursBorrowed: number | null;
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
 * lent to and borrowed from the other members (the ledger between members). For an HR lead, another member's
 * count from 1 to 4 is null ("fewer than 5"), as in the regional figures: a member with one request should not be
 * recognisable by it; so are the hours behind 1 to 4 placements. The reader's own employer's row is shown whole.
 */
export function networkReview(
  requests: readonly ReviewRequest[],
  memberIds: readonly string[],
  /** Small counts hidden for an HR lead, except on their own employer's row; null for the team (all shown). */
  protectedFor: { readonly ownEmployerId: string } | null,
  placements: {
    /** Start days of the placements that came from the network's offers. */
    readonly startsFromOffers: readonly string[];
    readonly ledger: ReadonlyMap<string, LedgerTotals>;
    readonly from: string;
    readonly to: string;
    /** The region's day: a placement counts as started once its first day has come. */
    readonly today: string;
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
  const small = (n: number) => n > 0 && n < SMALLEST_SHOWN_COUNT;
  return {
    requests: requests.length,
    answered: hoursToFirst.length,
    closed: requests.filter((r) => r.closed).length,
    offers: requests.flatMap((r) => r.answers).filter((a) => a.kind !== 'NOT_NOW').length,
    placementsStarted: placements.startsFromOffers.filter(
      (start) => start >= placements.from && start <= placements.to && start <= placements.today,
    ).length,
    medianHoursToFirstAnswer: median(hoursToFirst),
    members: memberIds.map((employerId) => {
      const received = requests.filter((r) => r.recipients.includes(employerId));
      const theirs = requests.flatMap((r) => r.answers).filter((a) => a.employerId === employerId);
      const ledger = placements.ledger.get(employerId);
      const hidden = protectedFor !== null && protectedFor.ownEmployerId !== employerId;
      const shown = (n: number) => (hidden && small(n) ? null : n);
      const lent = ledger?.placementsLent ?? 0;
      const borrowed = ledger?.placementsBorrowed ?? 0;
      return {
        employerId,
        asked: shown(requests.filter((r) => r.employerId === employerId).length),
        received: shown(received.length),
        answered: shown(theirs.length),
        offers: shown(theirs.filter((a) => a.kind !== 'NOT_NOW').length),
        hoursLent: hidden && small(lent) ? null : (ledger?.hoursLent ?? 0),
        hoursBorrowed: hidden && small(borrowed) ? null : (ledger?.hoursBorrowed ?? 0),
        placementsLent: shown(lent),
        placementsBorrowed: shown(borrowed),
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
