import { ContractType, SupportNeed } from '@werkbrug/core/domain-enums';
import type { Bilingual } from './features';
import { brokenRules, HARD_RULES, travelKm, type HardRule } from './hard-rules';
import type { PreparedCandidate, PreparedVacancy } from './prepare';
import { ruleText } from './rule-texts';

export const CONTRACT_TYPE_LABELS: Readonly<Record<ContractType, Bilingual>> = {
  [ContractType.PERMANENT]: { nl: 'vast contract', en: 'permanent contract' },
  [ContractType.FIXED_TERM]: { nl: 'tijdelijk contract', en: 'fixed-term contract' },
  [ContractType.TEMPORARY_AGENCY]: { nl: 'uitzendwerk', en: 'agency work' },
  [ContractType.SECONDMENT]: { nl: 'detachering', en: 'secondment' },
  [ContractType.TRAINEESHIP]: { nl: 'leerwerkplek of stage', en: 'traineeship' },
  [ContractType.SHELTERED]: { nl: 'beschut werk', en: 'sheltered work' },
};

/** One hard rule that keeps a pair off each other's lists: what it says, and what would change it. */
export interface PairExclusion {
  readonly rule: HardRule;
  readonly explanation: Bilingual;
  readonly remedy: Bilingual;
}

const DAY_MS = 86_400_000;
const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const list = (items: readonly Bilingual[], lang: 'nl' | 'en'): string =>
  items.map((item) => item[lang]).join(', ');

/**
 * "Waarom staat deze kandidaat niet op mijn lijst?": every hard rule the pair breaks, in evaluation order, each
 * with what would change it. Pure; the caller decides who may ask. Nothing in a remedy is more than the reader
 * already sees of the anonymised profile and the vacancy (no contract end date, no track, no health details).
 */
export function whyNotMatched(c: PreparedCandidate, v: PreparedVacancy): PairExclusion[] {
  const km = travelKm(c, v);
  return brokenRules(c, v).map((rule) => ({
    rule,
    explanation: ruleText(rule, c, v, km),
    remedy: remedyFor(rule, c, v, km),
  }));
}

function remedyFor(rule: HardRule, c: PreparedCandidate, v: PreparedVacancy, km: number): Bilingual {
  switch (rule) {
    case 'CANDIDATE_NOT_ACTIVE':
      return {
        nl: 'Het profiel staat niet open voor bemiddeling (gepauzeerd, geplaatst of zonder toestemming). Zodra de kandidaat of diens HR-adviseur het weer actief zet, doet de kandidaat weer mee.',
        en: 'The profile is not open to matching (paused, placed or without consent). As soon as the candidate or their HR adviser makes it active again, they take part again.',
      };
    case 'VACANCY_NOT_OPEN':
      return {
        nl: 'Open de vacature; dan wordt die binnen enkele seconden met alle kandidaten vergeleken.',
        en: 'Open the vacancy; it is then compared with every candidate within seconds.',
      };
    case 'NO_SKILL_OVERLAP':
      return {
        nl: 'Vraag in de vacature (ook) een vaardigheid die de kandidaat heeft of een verwante, of markeer vaardigheden die je op de werkvloer aanleert als ‘aan te leren’ in plaats van ‘vereist’.',
        en: 'Ask (also) for a skill the candidate has or a close one in the vacancy, or mark skills you teach on the job as ‘trained on the job’ instead of ‘required’.',
      };
    case 'OWN_EMPLOYER':
      return {
        nl: 'Werk bij de eigen werkgever loopt in deze regio buiten Werkbrug om; het mobiliteitsteam kan dat voor de regio aanzetten.',
        en: 'In this region, work at the own employer is arranged outside Werkbrug; the mobility team can switch that on for the region.',
      };
    case 'NOT_SHARED_WITH_EMPLOYER':
      return {
        nl: 'Alleen de kandidaat kan het profiel ook met deze werkgever delen (of regiobreed); diens HR-adviseur kan dat voorleggen.',
        en: 'Only the candidate can also share the profile with this employer (or region-wide); their HR adviser can suggest it.',
      };
    case 'CONTRACT_TYPE': {
      const offered = CONTRACT_TYPE_LABELS[v.features.contractType];
      const wanted = c.features.contractTypes.map((t) => CONTRACT_TYPE_LABELS[t]);
      return {
        nl: `De vacature biedt ${offered.nl}; de kandidaat zoekt ${list(wanted, 'nl')}. Dit valt weg als de kandidaat ook ${offered.nl} wil, of als de vacature een contractsoort biedt die de kandidaat zoekt. Is het een detachering of proefplaats bij behoud van het eigen contract, kies dan die soort plaatsing in de vacature.`,
        en: `The vacancy offers a ${offered.en}; the candidate looks for ${list(wanted, 'en')}. This goes away if the candidate also accepts a ${offered.en}, or the vacancy offers a contract type they look for. If it is a secondment or trial place on their own contract, choose that kind of placement in the vacancy.`,
      };
    }
    case 'HOURS_NO_OVERLAP':
      return v.hoursMin > c.hoursMax
        ? {
            nl: `De vacature vraagt minstens ${v.hoursMin} uur; de kandidaat wil hoogstens ${c.hoursMax}. Kan de functie ook in ${c.hoursMax} uur of minder, verlaag dan het minimum; of combineer dit werk met een tweede deeltijdbaan.`,
            en: `The vacancy asks at least ${v.hoursMin} hours; the candidate wants at most ${c.hoursMax}. If the job can be done in ${c.hoursMax} hours or fewer, lower the minimum; or combine it with a second part-time job.`,
          }
        : {
            nl: `De vacature biedt hoogstens ${v.hoursMax} uur; de kandidaat zoekt minstens ${c.hoursMin}. Meer uren in de vacature, of een combinatie met ander deeltijdwerk, lost dit op.`,
            en: `The vacancy offers at most ${v.hoursMax} hours; the candidate looks for at least ${c.hoursMin}. More hours in the vacancy, or a combination with other part-time work, solves this.`,
          };
    case 'START_DATE': {
      const latest = isoOfDay(c.availableDay - c.context.model.params.startToleranceDays);
      const available = isoOfDay(c.availableDay);
      return {
        nl: `De kandidaat is beschikbaar vanaf ${available}. Kan de vacature op of na ${latest} beginnen, pas dan de startdatum aan.`,
        en: `The candidate is available from ${available}. If the vacancy can start on or after ${latest}, change its start date.`,
      };
    }
    case 'SUPPORT_NEEDS': {
      const needs = c.features.supportNeeds;
      const noNights = needs.includes(SupportNeed.NO_NIGHT_SHIFTS);
      const fixed = needs.includes(SupportNeed.FIXED_SCHEDULE);
      const nl = [noNights && 'zonder nachtdiensten', fixed && 'met één vaste dienst'].filter(Boolean);
      const en = [noNights && 'without night shifts', fixed && 'with one fixed shift'].filter(Boolean);
      return {
        nl: `Dit valt weg als de functie ook ${nl.join(' en ')} kan worden gedaan; leg dat vast in de diensten van de vacature.`,
        en: `This goes away if the job can also be done ${en.join(' and ')}; record that in the vacancy's shifts.`,
      };
    }
    case 'TRAVEL_DISTANCE':
      return {
        nl: `De werkplek ligt ongeveer ${Math.round(km)} km van huis; de kandidaat reist hoogstens ${c.maxTravelKm} km. Dit valt weg als de kandidaat verder wil reizen of het werk dichterbij (of deels thuis) kan.`,
        en: `The workplace is about ${Math.round(km)} km from home; the candidate travels at most ${c.maxTravelKm} km. This goes away if the candidate is willing to travel further or the work can be done closer (or partly from home).`,
      };
  }
}

/** How the candidates of a region fare against one vacancy, rule by rule. */
export interface DropOutCounts {
  /** Active, complete candidates compared. */
  readonly compared: number;
  /** Candidates who pass every rule (those on the vacancy's list, before the top-k cut). */
  readonly eligible: number;
  readonly rules: readonly {
    readonly rule: HardRule;
    /** Candidates this rule is the first to exclude, in evaluation order: the counts add up to compared − eligible. */
    readonly firstExcluded: number;
    /** Candidates who break this rule at all, whatever else they break. */
    readonly broken: number;
  }[];
}

/**
 * For a vacancy with few or no candidates: how many of the region's candidates drop out on each rule
 * ("14 kandidaten vallen af op contractsoort"). CANDIDATE_NOT_ACTIVE is never counted: only active candidates are
 * compared. With `sharedOnly` (an employer asking), a profile not shared with the vacancy's employer counts under
 * NOT_SHARED_WITH_EMPLOYER and nowhere else: the employer learns nothing more of profiles it may not see.
 */
export function dropOutCounts(
  candidates: readonly PreparedCandidate[],
  v: PreparedVacancy,
  { sharedOnly }: { sharedOnly: boolean },
): DropOutCounts {
  const first = new Map<HardRule, number>();
  const broken = new Map<HardRule, number>();
  let compared = 0;
  let eligible = 0;
  for (const c of candidates) {
    if (!c.active) continue;
    compared++;
    const all = brokenRules(c, v);
    const hidden = sharedOnly && all.includes('NOT_SHARED_WITH_EMPLOYER');
    const rules: HardRule[] = hidden ? ['NOT_SHARED_WITH_EMPLOYER'] : all;
    if (rules.length === 0) eligible++;
    else first.set(rules[0], (first.get(rules[0]) ?? 0) + 1);
    for (const rule of rules) broken.set(rule, (broken.get(rule) ?? 0) + 1);
  }
  return {
    compared,
    eligible,
    rules: HARD_RULES.filter((rule) => rule !== 'CANDIDATE_NOT_ACTIVE').map((rule) => ({
      rule,
      firstExcluded: first.get(rule) ?? 0,
      broken: broken.get(rule) ?? 0,
    })),
  };
}

/** Short Dutch and English names of the rules, for counts ("14 kandidaten vallen af op contractsoort"). */
export const RULE_NAMES: Readonly<Record<HardRule, Bilingual>> = {
  CANDIDATE_NOT_ACTIVE: { nl: 'profiel niet actief', en: 'profile not active' },
  VACANCY_NOT_OPEN: { nl: 'vacature niet open', en: 'vacancy not open' },
  NO_SKILL_OVERLAP: { nl: 'geen passende vaardigheden', en: 'no matching skills' },
  OWN_EMPLOYER: { nl: 'eigen werkgever', en: 'own employer' },
  NOT_SHARED_WITH_EMPLOYER: { nl: 'profiel niet gedeeld', en: 'profile not shared' },
  CONTRACT_TYPE: { nl: 'contractsoort', en: 'contract type' },
  HOURS_NO_OVERLAP: { nl: 'uren', en: 'hours' },
  START_DATE: { nl: 'startdatum', en: 'start date' },
  SUPPORT_NEEDS: { nl: 'ondersteuningsbehoefte', en: 'support needs' },
  TRAVEL_DISTANCE: { nl: 'reisafstand', en: 'travel distance' },
};
