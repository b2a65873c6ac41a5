import type { Bilingual } from './features';
import type { HardRule } from './hard-rules';
import type { PreparedCandidate, PreparedVacancy } from './prepare';

export function ruleText(rule: HardRule, c: PreparedCandidate, v: PreparedVacancy, km: number): Bilingual {
  switch (rule) {
    case 'CANDIDATE_NOT_ACTIVE':
      return { nl: 'Het profiel is niet actief.', en: 'The profile is not active.' };
    case 'VACANCY_NOT_OPEN':
      return { nl: 'De vacature is niet open.', en: 'The vacancy is not open.' };
    case 'NO_SKILL_OVERLAP':
      return {
        nl: 'Geen enkele gevraagde vaardigheid aanwezig, ook niet via een verwante vaardigheid.',
        en: 'None of the required skills is present, not even through a close skill.',
      };
    case 'OWN_EMPLOYER':
      return {
        nl: 'De vacature is van de eigen werkgever; in deze regio telt alleen werk bij een andere werkgever.',
        en: "The vacancy is at the candidate's own employer; in this region only other employers count.",
      };
    case 'NOT_SHARED_WITH_EMPLOYER':
      return {
        nl: 'Het profiel is niet gedeeld met deze werkgever.',
        en: 'The profile is not shared with this employer.',
      };
    case 'CONTRACT_TYPE':
      return {
        nl: 'Het contracttype van de vacature staat niet bij de gewenste contracttypes.',
        en: "The vacancy's contract type is not among the acceptable ones.",
      };
    case 'HOURS_NO_OVERLAP':
      return {
        nl: `Uren sluiten niet aan: gewenst ${c.hoursMin}–${c.hoursMax}, vacature ${v.hoursMin}–${v.hoursMax} per week.`,
        en: `Hours do not overlap: wanted ${c.hoursMin}–${c.hoursMax}, vacancy ${v.hoursMin}–${v.hoursMax} a week.`,
      };
    case 'START_DATE':
      return {
        nl: 'De kandidaat is pas beschikbaar ruim na de startdatum van de vacature.',
        en: "The candidate becomes available well after the vacancy's start date.",
      };
    case 'SUPPORT_NEEDS':
      return {
        nl: 'De diensten van de vacature passen niet bij een ondersteuningsbehoefte (geen nachtdiensten of een vast rooster).',
        en: "The vacancy's shifts conflict with a support need (no night shifts, or a fixed schedule).",
      };
    case 'TRAVEL_DISTANCE':
      return {
        nl: `Reisafstand ongeveer ${Math.round(km)} km, meer dan de maximaal ${c.maxTravelKm} km.`,
        en: `Travel distance about ${Math.round(km)} km, more than the maximum of ${c.maxTravelKm} km.`,
      };
  }
}
