import type { LocalisedMessage } from '@werkbrug/core';
import { type Cell, HIDDEN, primary } from './outcome-suppression';

/** Pairs (a candidate and an employer) that met at a session, and how far they got. */
export interface ConversionCounts {
  /** Planned meetings that were not recorded as not having taken place. */
  readonly meetings: number;
  /** Of those, without a recorded outcome and without a placement or hire since: unknown, never assumed. */
  readonly notRecorded: number;
  /** A next step: a follow-up talk, an application, a placement or work experience agreed, or more since. */
  readonly followUpTalks: number;
  /** An agreed placement at that employer since the session. */
  readonly placements: number;
  /** A hire at that employer since the session. */
  readonly hires: number;
}

export enum ConversionStep {
  MEETINGS = 'MEETINGS',
  FOLLOW_UP_TALKS = 'FOLLOW_UP_TALKS',
  PLACEMENTS = 'PLACEMENTS',
  HIRES = 'HIRES',
}

export interface ConversionFigure {
  readonly step: ConversionStep;
  readonly count: Cell;
  /** The share of the meetings; null when it or the count is hidden. */
  readonly shareOfMeetings: number | null;
  readonly suppressed: boolean;
}

export interface ConversionView {
  readonly steps: ConversionFigure[];
  readonly notRecorded: Cell;
  readonly notRecordedSuppressed: boolean;
}

type Key = keyof ConversionCounts;

/** Each part with the whole it lies in: a part shown next to its whole gives their difference away too. */
const PART_OF: readonly [Key, Key][] = [
  ['notRecorded', 'meetings'],
  ['followUpTalks', 'meetings'],
  ['placements', 'followUpTalks'],
  ['hires', 'followUpTalks'],
  ['placements', 'meetings'],
  ['hires', 'meetings'],
];

/**
 * The funnel with small numbers hidden: a count of 1 to k−1 pairs is hidden, and so is a part whose difference
 * from its whole (shown) would be 1 to k−1 pairs, or that with the other parts shown would give away 1 to k−1
 * pairs of no fit; repeated until nothing changes.
 */
export function conversionFunnel(counts: ConversionCounts, k: number): ConversionView {
  const shown = Object.fromEntries(
    (Object.keys(counts) as Key[]).map((key) => [key, primary(counts[key], k)]),
  ) as Record<Key, Cell>;
  let changed = true;
  while (changed) {
    changed = false;
    for (const [part, whole] of PART_OF) {
      if (shown[part] === HIDDEN || shown[whole] === HIDDEN) continue;
      if (primary(counts[whole] - counts[part], k) === HIDDEN) {
        shown[part] = HIDDEN;
        changed = true;
      }
    }
    // The meetings split into three: not recorded, a next step, and no fit (never shown). Two parts shown with the
    // whole give the third away.
    const noFit = counts.meetings - counts.notRecorded - counts.followUpTalks;
    const split = [shown.meetings, shown.notRecorded, shown.followUpTalks];
    if (!split.includes(HIDDEN) && primary(noFit, k) === HIDDEN) {
      shown.notRecorded = HIDDEN;
      changed = true;
    }
  }
  const meetings = shown.meetings;
  const figure = (step: ConversionStep, key: Key): ConversionFigure => {
    const count = shown[key];
    return {
      step,
      count,
      shareOfMeetings: count === HIDDEN || meetings === HIDDEN || meetings === 0 ? null : count / meetings,
      suppressed: count === HIDDEN,
    };
  };
  return {
    steps: [
      figure(ConversionStep.MEETINGS, 'meetings'),
      figure(ConversionStep.FOLLOW_UP_TALKS, 'followUpTalks'),
      figure(ConversionStep.PLACEMENTS, 'placements'),
      figure(ConversionStep.HIRES, 'hires'),
    ],
    notRecorded: shown.notRecorded,
    notRecordedSuppressed: shown.notRecorded === HIDDEN,
  };
}

export const CONVERSION_DEFINITION: LocalisedMessage = {
  en: 'Pairs of a candidate and an employer planned to meet at a meet-and-greet session of the region in the period (each pair once), unless recorded as not having taken place; of those, the pairs with a next step (a follow-up talk, an application, a placement or work experience agreed, or a placement or hire since), an agreed placement at that employer since the session, and a hire there since the session. Meetings without a recorded outcome are counted separately, never assumed.',
  nl: 'Paren van een kandidaat en een werkgever die op een matchmiddag van de regio in de periode zouden kennismaken (elk paar één keer), tenzij vastgelegd is dat het gesprek niet doorging; daarvan de paren met een vervolgstap (een vervolggesprek, een sollicitatie, een afgesproken plaatsing of werkervaring, of sindsdien een plaatsing of aanname), een afgesproken plaatsing bij die werkgever na de matchmiddag, en een aanname daar na de matchmiddag. Gesprekken zonder vastgelegde uitkomst staan apart en worden nooit aangenomen.',
};
