import type { LocalisedMessage } from '@werkbrug/core';
import { OutcomeFigureKey } from './outcome-figures';

/** What each figure counts, shown next to it and in the CSV: the definition, the numerator and the denominator. */
export const OUTCOME_DEFINITIONS: { readonly [K in OutcomeFigureKey]: LocalisedMessage } = {
  ACTIVE_TRAJECTORIES: {
    en: 'Trajectories that had started and were not closed at the end of the period.',
    nl: 'Trajecten die aan het eind van de periode waren gestart en nog niet afgesloten.',
  },
  INTAKES: {
    en: 'Trajectories that started (intake) in the period.',
    nl: 'Trajecten die in de periode zijn gestart (intake).',
  },
  PLACEMENTS: {
    en: 'Hires at another employer than the one the person came from, or as self-employed, that started in the period.',
    nl: 'Aannames bij een andere werkgever dan de eigen, of als zelfstandige, die in de periode begonnen.',
  },
  PLACEMENT_RATE_6_MONTHS: {
    en: 'Of the intakes in the period whose six months have passed: the share that started work elsewhere within six months of the intake.',
    nl: 'Van de intakes in de periode waarvan zes maanden voorbij zijn: het deel dat binnen zes maanden na de intake elders aan het werk ging.',
  },
  DAYS_TO_PLACEMENT_MEDIAN: {
    en: 'Of the intakes in the period that led to work elsewhere: the median number of days from intake to the start of work.',
    nl: 'Van de intakes in de periode die tot werk elders leidden: de mediaan van het aantal dagen van intake tot begin van het werk.',
  },
  DAYS_TO_PLACEMENT_P75: {
    en: 'As the median, but the number of days within which three quarters had started.',
    nl: 'Als de mediaan, maar het aantal dagen waarbinnen driekwart was begonnen.',
  },
  RETENTION_6_MONTHS: {
    en: 'Of the placements from the period’s intakes whose six-month follow-up was answered: the share still in work. Unanswered follow-ups are not counted either way.',
    nl: 'Van de plaatsingen uit de intakes van de periode waarvan de opvolging na zes maanden is beantwoord: het deel dat nog werkt. Onbeantwoorde opvolgingen tellen niet mee.',
  },
  RETENTION_UNANSWERED: {
    en: 'Placements from the period’s intakes whose six-month follow-up is due but has not been answered.',
    nl: 'Plaatsingen uit de intakes van de periode waarvan de opvolging na zes maanden openstaat.',
  },
  FLOW_THROUGH: {
    en: 'Of the candidates with a labour disability registered before 1 January of the year (the whole region, or the one employer chosen; not split by track or sector): the share that started work at another employer or in a regular (not sheltered) job that year.',
    nl: 'Van de kandidaten met een arbeidsbeperking die vóór 1 januari van het jaar waren ingeschreven (de hele regio, of de gekozen werkgever; niet uitgesplitst naar traject of sector): het deel dat dat jaar bij een andere werkgever of in een reguliere (niet beschutte) baan begon.',
  },
};
