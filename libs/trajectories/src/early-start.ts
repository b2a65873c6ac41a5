import type { LocalisedMessage } from '@werkbrug/core';

/** Start six months ahead: the horizon of the worklist, in days (half a year). */
export const EARLY_START_DAYS = 183;

export type EarlyStartStep = 'COMPLETE_PROFILE' | 'RESUME_PROFILE' | 'NO_SUGGESTIONS' | 'DISCUSS_SUGGESTIONS';

/** What to do first for someone on the worklist, from where they stand; with the text a person reads. */
export function earlyStartStep(row: { status: string; suggestions: number }): {
  step: EarlyStartStep;
  text: LocalisedMessage;
} {
  if (row.status === 'DRAFT')
    return {
      step: 'COMPLETE_PROFILE',
      text: {
        nl: 'Het profiel staat nog op concept: maak het compleet, vraag toestemming en zet het actief, dan begint het matchen.',
        en: 'The profile is still a draft: complete it, ask for consent and make it active, and matching begins.',
      },
    };
  if (row.status === 'PAUSED')
    return {
      step: 'RESUME_PROFILE',
      text: {
        nl: 'Het profiel is gepauzeerd: bespreek met de kandidaat of het weer actief kan.',
        en: 'The profile is paused: discuss with the candidate whether it can be made active again.',
      },
    };
  if (row.suggestions === 0)
    return {
      step: 'NO_SUGGESTIONS',
      text: {
        nl: 'Nog geen passende vacatures: kijk met "Waarom niet?" welke regels de kandidaat uitsluiten, of verbreed uren, reisafstand of contractsoort.',
        en: 'No fitting vacancies yet: see with "Why not?" which rules exclude the candidate, or widen hours, travel distance or contract type.',
      },
    };
  return {
    step: 'DISCUSS_SUGGESTIONS',
    text: {
      nl: `${row.suggestions} ${row.suggestions === 1 ? 'passende vacature' : 'passende vacatures'}, nog niemand benaderd: bespreek ze met de kandidaat, of nodig uit voor een meet-and-greet.`,
      en: `${row.suggestions} fitting ${row.suggestions === 1 ? 'vacancy' : 'vacancies'}, nobody approached yet: discuss them with the candidate, or invite them to a meet-and-greet.`,
    },
  };
}

/** The Monday of the week `day` falls in (ISO dates): one reminder per week, whichever day the worker first runs. */
export function weekStartOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/** The weekly reminder to one employer's HR leads, or to a region's mobility team. */
export function earlyStartReminderText(
  count: number,
  codes: readonly string[],
  forTeam: boolean,
): LocalisedMessage {
  const shown = codes.slice(0, 8).join(', ') + (codes.length > 8 ? ', …' : '');
  const who = forTeam
    ? { nl: 'in de regio', en: 'in the region' }
    : { nl: 'van jullie organisatie', en: 'of your organisation' };
  return {
    nl: `Begin zes maanden vooruit: ${count} ${count === 1 ? 'kandidaat' : 'kandidaten'} ${who.nl} ${count === 1 ? 'heeft' : 'hebben'} een contract dat binnen zes maanden afloopt, en er is nog geen kennismaking, meet-and-greet of plaatsing (${shown}). Zie de werklijst "Start op tijd".`,
    en: `Start six months ahead: ${count} ${count === 1 ? 'candidate' : 'candidates'} ${who.en} ${count === 1 ? 'has' : 'have'} a contract ending within six months, and no introduction, meet-and-greet or placement yet (${shown}). See the "Start on time" worklist.`,
  };
}
