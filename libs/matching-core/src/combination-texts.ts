import { Shift, Weekday } from '@werkbrug/core/domain-enums';
import type { CombinedHours } from './explain';
import type { Bilingual, VacancyFeatures } from './features';
import type { PreparedCandidate } from './prepare';

export interface TextPart {
  readonly features: VacancyFeatures;
  readonly distanceKm: number;
}

type Language = keyof Bilingual;

const DAY_LABELS: Readonly<Record<Weekday, Bilingual>> = {
  [Weekday.MON]: { nl: 'ma', en: 'Mon' },
  [Weekday.TUE]: { nl: 'di', en: 'Tue' },
  [Weekday.WED]: { nl: 'wo', en: 'Wed' },
  [Weekday.THU]: { nl: 'do', en: 'Thu' },
  [Weekday.FRI]: { nl: 'vr', en: 'Fri' },
  [Weekday.SAT]: { nl: 'za', en: 'Sat' },
  [Weekday.SUN]: { nl: 'zo', en: 'Sun' },
};

const SHIFT_LABELS: Readonly<Record<Shift, Bilingual>> = {
  [Shift.DAY]: { nl: 'dagdienst', en: 'day shift' },
  [Shift.EVENING]: { nl: 'avonddienst', en: 'evening shift' },
  [Shift.NIGHT]: { nl: 'nachtdienst', en: 'night shift' },
};

const DAY_ORDER = Object.values(Weekday);
const SHIFT_ORDER = Object.values(Shift);

/** Hours and scores as people write them: 7,5 in Dutch, 7.5 in English, no trailing zeros. */
export function formatNumber(x: number, language: Language): string {
  const text = String(Math.round(x * 10) / 10);
  return language === 'nl' ? text.replace('.', ',') : text;
}

const range = (h: CombinedHours, language: Language): string =>
  `${formatNumber(h.hoursMin, language)}–${formatNumber(h.hoursMax, language)}`;

function partText(part: TextPart, language: Language): string {
  const f = part.features;
  const days = DAY_ORDER.filter((d) => f.workDays.includes(d)).map((d) => DAY_LABELS[d][language]);
  const shifts = SHIFT_ORDER.filter((s) => f.shifts.includes(s)).map((s) => SHIFT_LABELS[s][language]);
  const hours = range(f, language);
  const km = part.distanceKm < 1 ? '<1' : String(Math.round(part.distanceKm));
  if (language === 'nl') {
    const when = days.length > 0 ? `op ${days.join(', ')}` : 'dagen nog onbekend';
    return `${hours} uur ${when}${shifts.length > 0 ? ` (${shifts.join('/')})` : ''}, ${km} km`;
  }
  const when = days.length > 0 ? `on ${days.join(', ')}` : 'days not known yet';
  return `${hours} hours ${when}${shifts.length > 0 ? ` (${shifts.join('/')})` : ''}, ${km} km`;
}

function reasonText(score: number, bestSingle: number | null, language: Language): string {
  const n = (x: number) => formatNumber(x, language);
  if (bestSingle === null) {
    return language === 'nl'
      ? `Geen passende vacature biedt alleen genoeg uren. Score ${n(score)}, het naar uren gewogen gemiddelde van de delen.`
      : `No suitable vacancy offers enough hours on its own. Score ${n(score)}, the hours-weighted mean of the parts.`;
  }
  return language === 'nl'
    ? `Score ${n(score)}, ${n(score - bestSingle)} punten hoger dan de beste losse vacature die qua uren past (${n(bestSingle)}).`
    : `Score ${n(score)}, ${n(score - bestSingle)} points above the best single vacancy that fits the hours (${n(bestSingle)}).`;
}

/** "Samen 32–36 uur bij 2 werkgevers, zonder botsende dagen of diensten: …" */
export function combinationText(
  c: PreparedCandidate,
  hours: CombinedHours,
  parts: readonly TextPart[],
  score: number,
  bestSingle: number | null,
): Bilingual {
  const max = formatNumber(c.maxTravelKm, 'nl');
  return {
    nl:
      `Samen ${range(hours, 'nl')} uur per week bij ${parts.length} werkgevers, zonder botsende dagen of diensten: ` +
      `${parts.map((p) => partText(p, 'nl')).join('; ')}. Alles binnen de maximale reisafstand van ${max} km. ` +
      reasonText(score, bestSingle, 'nl'),
    en:
      `Together ${range(hours, 'en')} hours a week at ${parts.length} employers, with no clashing days or shifts: ` +
      `${parts.map((p) => partText(p, 'en')).join('; ')}. All within the maximum travel distance of ` +
      `${formatNumber(c.maxTravelKm, 'en')} km. ${reasonText(score, bestSingle, 'en')}`,
  };
}
