import type { CombinedHours, ExplanationAudience } from './explain';
import { SAME_UNIT_GROUP } from './components';
import type { Bilingual } from './features';
import type { MatchedSkill, SkillRef, Substitution } from './explanation-types';
import { nameList, percent, SECTOR_LABELS, TRAVEL_MODE_LABELS, dutchName } from './labels';
import type { ComponentName } from './model';
import { baseScore, type ComponentValues } from './pair-score';
import type { PreparedCandidate, PreparedVacancy } from './prepare';

export interface TextInputs {
  readonly c: PreparedCandidate;
  readonly v: PreparedVacancy;
  readonly values: ComponentValues;
  readonly km: number;
  readonly matched: readonly MatchedSkill[];
  readonly substitutions: readonly Substitution[];
  readonly grown: readonly SkillRef[];
  /** Set when the vacancy is explained as one part of combined part-time work. */
  readonly combined: CombinedHours | null;
  readonly audience: ExplanationAudience;
}

const nl = (ref: SkillRef): string => dutchName(ref.label);
const en = (ref: SkillRef): string => ref.label.en;
const DAY_MS = 86_400_000;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

function requiredText({ v, values, matched }: TextInputs): Bilingual {
  const have = matched.filter((m) => m.role === 'REQUIRED');
  const total = v.requiredSkill.length;
  return {
    nl:
      `${have.length} van de ${total} gevraagde vaardigheden aanwezig` +
      (have.length > 0 ? ` (${nameList(have.map(nl), 3, 'nl')})` : '') +
      `; gewogen naar hoe specifiek elke vaardigheid is en naar niveau: ${percent(values.required)}.`,
    en:
      `${have.length} of the ${total} required skills present` +
      (have.length > 0 ? ` (${nameList(have.map(en), 3, 'en')})` : '') +
      `; weighted by how specific each skill is and by level: ${percent(values.required)}.`,
  };
}

function relatedText({ values, substitutions }: TextInputs): Bilingual {
  const subs = substitutions.filter((s) => s.role === 'REQUIRED');
  if (subs.length === 0) {
    return {
      nl: `Gevraagde vaardigheden inclusief verwante: ${percent(values.related)}; geen verwante vaardigheid nodig of gevonden.`,
      en: `Required skills including close ones: ${percent(values.related)}; no close skill needed or found.`,
    };
  }
  const pairs = (lang: 'nl' | 'en') =>
    subs
      .slice(0, 3)
      .map((s) =>
        lang === 'nl'
          ? `'${nl(s.by)}' in plaats van '${nl(s.wanted)}' (${percent(s.credit)})`
          : `'${en(s.by)}' for '${en(s.wanted)}' (${percent(s.credit)})`,
      )
      .join('; ') +
    (subs.length > 3 ? (lang === 'nl' ? `; nog ${subs.length - 3}` : `; ${subs.length - 3} more`) : '');
  return {
    nl: `Gevraagde vaardigheden inclusief verwante: ${percent(values.related)}. Verwante vaardigheden tellen deels mee: ${pairs('nl')}.`,
    en: `Required skills including close ones: ${percent(values.related)}. Close skills count in part: ${pairs('en')}.`,
  };
}

function niceText({ v, values, matched }: TextInputs): Bilingual {
  if (v.niceSkill.length === 0) {
    return {
      nl: 'De vacature noemt geen pluspunten; dit onderdeel telt mee zoals de gevraagde vaardigheden.',
      en: 'The vacancy lists no nice-to-have skills; this part counts like the required skills.',
    };
  }
  const have = matched.filter((m) => m.role === 'NICE_TO_HAVE');
  return {
    nl: `${have.length} van de ${v.niceSkill.length} pluspunten aanwezig (verwante vaardigheden tellen deels mee): ${percent(values.niceToHave)}.`,
    en: `${have.length} of the ${v.niceSkill.length} nice-to-have skills present (close skills count in part): ${percent(values.niceToHave)}.`,
  };
}

function strengthUseText({ c, v, values }: TextInputs): Bilingual {
  const total = c.strengthSkill.length;
  const used = [...c.strengthSkill].filter(
    (s) => v.requiredSkill.includes(s) || v.niceSkill.includes(s) || v.trainedSkill.includes(s),
  ).length;
  return {
    nl: `De vacature vraagt of leert ${used} van de ${total} sterke punten van de kandidaat (${percent(values.strengthUse)}, gewogen naar specificiteit).`,
    en: `The vacancy asks for or trains ${used} of the candidate's ${total} strengths (${percent(values.strengthUse)}, weighted by specificity).`,
  };
}

function growthText({ c, v, grown }: TextInputs): Bilingual {
  if (c.developmentSkill.length === 0) {
    return { nl: 'Geen ontwikkelwensen opgegeven.', en: 'No development wishes given.' };
  }
  if (v.trainedSkill.length === 0) {
    return {
      nl: 'De werkgever leidt in deze vacature niets op.',
      en: 'The employer trains no skills in this vacancy.',
    };
  }
  if (grown.length === 0) {
    return {
      nl: 'De werkgever leidt op, maar niet in de vaardigheden die de kandidaat wil ontwikkelen.',
      en: 'The employer trains on the job, but not in the skills the candidate wants to develop.',
    };
  }
  return {
    nl: `De werkgever leidt op in ${nameList(grown.map(nl), 3, 'nl')}, die de kandidaat wil ontwikkelen.`,
    en: `The employer trains ${nameList(grown.map(en), 3, 'en')}, which the candidate wants to develop.`,
  };
}

function distanceText({ c, km, values }: TextInputs): Bilingual {
  const mode = TRAVEL_MODE_LABELS[c.features.travelMode];
  const dist = km < 1 ? '<1' : String(Math.round(km));
  return {
    nl: `Ongeveer ${dist} km reizen ${mode.nl} (maximaal ${c.maxTravelKm} km); dichterbij scoort hoger: ${percent(values.distance)}.`,
    en: `About ${dist} km to travel ${mode.en} (at most ${c.maxTravelKm} km); closer scores higher: ${percent(values.distance)}.`,
  };
}

function hoursText({ c, v, values, combined }: TextInputs): Bilingual {
  if (combined !== null) {
    const together = `${combined.hoursMin}–${combined.hoursMax}`;
    return {
      nl: `Gewenst ${c.hoursMin}–${c.hoursMax} uur per week; deze vacature ${v.hoursMin}–${v.hoursMax} uur, samen met de andere delen ${together} uur: ${percent(values.hours)} van het gewenste maximum sluit aan.`,
      en: `Wanted ${c.hoursMin}–${c.hoursMax} hours a week; this vacancy ${v.hoursMin}–${v.hoursMax} hours, together with the other parts ${together} hours: the upper ends agree ${percent(values.hours)}.`,
    };
  }
  return {
    nl: `Gewenst ${c.hoursMin}–${c.hoursMax} uur per week, vacature ${v.hoursMin}–${v.hoursMax} uur: ${percent(values.hours)} van het gewenste maximum sluit aan.`,
    en: `Wanted ${c.hoursMin}–${c.hoursMax} hours a week, vacancy ${v.hoursMin}–${v.hoursMax} hours: the upper ends agree ${percent(values.hours)}.`,
  };
}

/** From this urgency on, another employer reads "graag snel" (the track and end date stay need-to-know). */
export const URGENT_FROM = 0.5;

function timingText(input: TextInputs): Bilingual {
  const { c, v, values } = input;
  const start = isoOf(v.startDay);
  if (input.audience === 'OTHER_EMPLOYER') {
    const from = isoOf(c.availableDay);
    const soon = c.urgency >= URGENT_FROM;
    return {
      nl: `Beschikbaar vanaf ${from}${soon ? ', graag snel' : ''}; de vacature start ${start}. Timing: ${percent(values.timing)}.`,
      en: `Available from ${from}${soon ? ', the sooner the better' : ''}; the vacancy starts ${start}. Timing: ${percent(values.timing)}.`,
    };
  }
  if (Number.isNaN(c.deadlineDay)) {
    return {
      nl: `Geen einddatum van het huidige contract bekend; start ${start}. Urgentie ${percent(c.urgency)}.`,
      en: `No end date of the current contract known; start ${start}. Urgency ${percent(c.urgency)}.`,
    };
  }
  const end = isoOf(c.deadlineDay);
  const seamless = v.startDay <= c.deadlineDay;
  const horizon = deadlineHorizon(c.deadlineDay - c.context.todayDay);
  return {
    nl:
      `Huidig contract eindigt ${end} (${horizon.nl}), urgentie ${percent(c.urgency)}; de vacature start ${start}` +
      (seamless ? ', aansluitend zonder gat.' : `, ${v.startDay - c.deadlineDay} dagen na de einddatum.`) +
      ` Timing: ${percent(values.timing)}.`,
    en:
      `Current contract ends ${end} (${horizon.en}), urgency ${percent(c.urgency)}; the vacancy starts ${start}` +
      (seamless ? ', without a gap.' : `, ${v.startDay - c.deadlineDay} days after the end date.`) +
      ` Timing: ${percent(values.timing)}.`,
  };
}

/** Start six months ahead: how far the contract end is, in the terms of that advice. */
export const START_AHEAD_DAYS = 183;

function deadlineHorizon(daysLeft: number): Bilingual {
  if (daysLeft < 0) return { nl: 'al verstreken: elke week telt', en: 'already passed: every week counts' };
  const months = Math.max(1, Math.round(daysLeft / 30.44));
  const inMonths = {
    nl: months === 1 ? 'over ongeveer een maand' : `over ongeveer ${months} maanden`,
    en: months === 1 ? 'in about a month' : `in about ${months} months`,
  };
  return daysLeft <= START_AHEAD_DAYS
    ? {
        nl: `${inMonths.nl}: binnen de zes maanden waarin de overstap moet beginnen`,
        en: `${inMonths.en}: within the six months in which the move should start`,
      }
    : {
        nl: `${inMonths.nl}: ruim op tijd om te beginnen`,
        en: `${inMonths.en}: well ahead, a good time to start`,
      };
}

function sectorText({ c, v, values }: TextInputs): Bilingual {
  const sector = SECTOR_LABELS[v.features.employerSector];
  if (c.features.sectorsOpen.length === 0) {
    return {
      nl: `Open voor elke sector, ook ${sector.nl}.`,
      en: `Open to every sector, including ${sector.en}.`,
    };
  }
  return values.sector === 1
    ? { nl: `Open voor de sector ${sector.nl}.`, en: `Open to the ${sector.en} sector.` }
    : {
        nl: `De sector ${sector.nl} staat niet bij de sectoren waarvoor de kandidaat open staat.`,
        en: `The ${sector.en} sector is not among the sectors the candidate is open to.`,
      };
}

/**
 * Worded as what the person looks for, never as a trajectory, and without naming the occupations looked for:
 * another employer reading it learns whether this vacancy fits them, not the plan behind it.
 */
function searchDirectionText({ c, v, values }: TextInputs): Bilingual {
  const occupation = v.features.occupation;
  const credit = values.searchDirection;
  if (occupation === null || Number.isNaN(credit)) {
    return {
      nl: 'Telt niet mee: er zijn geen beroepen bekend waar de kandidaat naar zoekt, of de vacature noemt geen beroep.',
      en: 'Does not count: no occupations the candidate is looking for are known, or the vacancy names none.',
    };
  }
  const job = { nl: `'${occupation.label.nl ?? occupation.label.en}'`, en: `'${occupation.label.en}'` };
  // A direction only ever raises a score: where the match scores higher by itself, it changes nothing.
  const raises = credit * 100 > baseScore(c, values, values.hours);
  const effect = raises
    ? { nl: '', en: '' }
    : {
        nl: ' De match scoort zelf al zo hoog; dit verandert de score niet.',
        en: ' The match scores as high by itself; this does not change the score.',
      };
  if (credit === 1) {
    return {
      nl: `Het beroep ${job.nl} is een van de beroepen waar de kandidaat naar zoekt.${effect.nl}`,
      en: `The occupation ${job.en} is one the candidate is looking for.${effect.en}`,
    };
  }
  if (credit > 0) {
    const unit = credit === SAME_UNIT_GROUP;
    return {
      nl: `Het beroep ${job.nl} ligt ${unit ? 'dicht bij' : 'in hetzelfde beroepenveld als'} een beroep waar de kandidaat naar zoekt (${percent(credit)}).${effect.nl}`,
      en: `The occupation ${job.en} is ${unit ? 'close to' : 'in the same field as'} one the candidate is looking for (${percent(credit)}).${effect.en}`,
    };
  }
  return {
    nl: `Het beroep ${job.nl} ligt buiten de beroepen waar de kandidaat naar zoekt; dat verlaagt de score niet.`,
    en: `The occupation ${job.en} is not among those the candidate is looking for; that does not lower the score.`,
  };
}

export const COMPONENT_TEXTS: Readonly<Record<ComponentName, (input: TextInputs) => Bilingual>> = {
  REQUIRED_SKILLS: requiredText,
  RELATED_SKILLS: relatedText,
  NICE_TO_HAVE: niceText,
  STRENGTH_USE: strengthUseText,
  GROWTH: growthText,
  DISTANCE: distanceText,
  HOURS: hoursText,
  TIMING: timingText,
  SECTOR: sectorText,
  SEARCH_DIRECTION: searchDirectionText,
};
