import { SMALLEST_SHOWN_COUNT } from '@werkbrug/statistics/small-counts';
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
}

export interface NetworkReview {
  readonly requests: number;
  readonly answered: number;
  readonly closed: number;
  readonly offers: number;
  /** Median hours from a request to its first answer, over the answered requests; null without any. */
  readonly medianHoursToFirstAnswer: number | null;
  readonly members: readonly MemberReview[];
}

/**
 * The network's figures for a period: requests made and answered, the median time to a first answer, offers, and
 * per member what it asked, received, answered and offered. With `protectSmall`, a member's count from 1 to 4 is
 * null ("fewer than 5"), as in the regional figures: a member with one request should not be recognisable by it.
 */
export function networkReview(
  requests: readonly ReviewRequest[],
  memberIds: readonly string[],
  protectSmall: boolean,
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
    medianHoursToFirstAnswer: median(hoursToFirst),
    members: memberIds.map((employerId) => {
      const received = requests.filter((r) => r.recipients.includes(employerId));
      const theirs = requests.flatMap((r) => r.answers).filter((a) => a.employerId === employerId);
      return {
        employerId,
        asked: shown(requests.filter((r) => r.employerId === employerId).length),
        received: shown(received.length),
        answered: shown(theirs.length),
        offers: shown(theirs.filter((a) => a.kind !== 'NOT_NOW').length),
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
