import type { LocalisedMessage } from '@werkbrug/core';
import type { InfeasibilityDetail, PlacementInfeasibility } from '@werkbrug/scheduling-core';

/** What the worker stores when it cannot propose dates: the reason and the figures behind it. */
export interface PlanProblem extends InfeasibilityDetail {
  readonly reason: PlacementInfeasibility;
}

/** NEED_TO_KNOW: the lender, the candidate, the mobility team. HOST: the host's HR leads, not told the contract end. */
export type PlanProblemAudience = 'NEED_TO_KNOW' | 'HOST';

const dateIn = (locale: string) => (iso: string) =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
const dutchDate = dateIn('nl-NL');
const englishDate = dateIn('en-GB');

/**
 * Why the worker could not propose dates, in Dutch and English, with the figures that decide it, so the parties
 * see the real cause and what to change: the hours the contract leaves, the contract end against the earliest
 * start (and what set that: the lead time or the requested start, such as the vacancy's), or how far ahead no room
 * was found. The host reads the contract case without the end date, which is need-to-know.
 */
export function planProblemText(p: PlanProblem, audience: PlanProblemAudience): LocalisedMessage {
  const earliest = { nl: dutchDate(p.earliestStart), en: englishDate(p.earliestStart) };
  // The search stops at the contract end when that comes first: the host reads "the coming year" instead.
  const until =
    audience === 'NEED_TO_KNOW'
      ? { nl: `tot ${dutchDate(p.searchedUntil)}`, en: `to ${englishDate(p.searchedUntil)}` }
      : { nl: 'in het komende jaar', en: 'in the coming year' };
  switch (p.reason) {
    case 'NO_HOURS_LEFT':
      return {
        nl: `het contract van ${p.contractHoursPerWeek} uur per week laat naast ${p.ownWorkHoursPerWeek} uur eigen werk geen uren over; verlaag de uren eigen werk of spreek uren voor de plaatsing af`,
        en: `the ${p.contractHoursPerWeek}-hour contract leaves no hours beside ${p.ownWorkHoursPerWeek} hours of own work; lower the own work or agree hours for the placement`,
      };
    case 'CONTRACT_ENDS_TOO_SOON': {
      const why =
        p.earliestBy === 'NOT_BEFORE'
          ? {
              nl: 'de gevraagde startdatum, zoals die van de vacature',
              en: 'the requested start date, such as the vacancy’s',
            }
          : {
              nl: 'de voorbereidingstijd voor dit soort plaatsing',
              en: 'the lead time this kind of placement needs',
            };
      const end =
        audience === 'NEED_TO_KNOW' && p.contractEndDate
          ? { nl: `op ${dutchDate(p.contractEndDate)}`, en: `on ${englishDate(p.contractEndDate)}` }
          : { nl: '', en: '' };
      return {
        nl: `het contract van de kandidaat eindigt${end.nl ? ` ${end.nl}` : ''} vóór de vroegst mogelijke start op ${earliest.nl} (door ${why.nl}); kies eerdere data als dat kan`,
        en: `the candidate's contract ends${end.en ? ` ${end.en}` : ''} before the earliest possible start on ${earliest.en} (because of ${why.en}); choose earlier dates if possible`,
      };
    }
    case 'HOST_FULL':
      return {
        nl: `de ontvangende werkgever heeft vanaf ${earliest.nl} ${until.nl} geen capaciteit meer voor plaatsingen; maak ruimte of kies zelf data`,
        en: `the host has no placement capacity left from ${earliest.en} ${until.en}; make room or choose dates yourselves`,
      };
    case 'CANDIDATE_BUSY':
      return {
        nl: `de kandidaat heeft vanaf ${earliest.nl} ${until.nl} steeds al een andere plaatsing; kies data na een lopende plaatsing`,
        en: `the candidate already has another placement from ${earliest.en} ${until.en} throughout; choose dates after a running placement`,
      };
  }
}

/** The four English sentences the worker stored before it stored the reason: in Dutch for their readers. */
const EARLIER_PROBLEMS: Record<string, string> = {
  'the contract leaves no hours beside the own work':
    'naast het eigen werk blijven er geen contracturen over',
  'the contract ends before the placement could start':
    'het contract eindigt voordat de plaatsing kan beginnen',
  'the host has no capacity left in the coming year':
    'de ontvangende werkgever heeft het komende jaar geen ruimte meer',
  'the candidate has other placements throughout the coming year':
    'de kandidaat heeft het komende jaar al andere plaatsingen',
};

/** The stored problem as this reader may read it; null when the worker had none. */
export function storedPlanProblem(
  placement: { planProblem: string | null; planProblemDetail: PlanProblem | null },
  audience: PlanProblemAudience,
): LocalisedMessage | null {
  if (placement.planProblemDetail) return planProblemText(placement.planProblemDetail, audience);
  if (!placement.planProblem) return null;
  return { en: placement.planProblem, nl: EARLIER_PROBLEMS[placement.planProblem] ?? placement.planProblem };
}
