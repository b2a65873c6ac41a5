import { dutchName } from '@werkbrug/matching-core/labels';
import { type CsvCell, type LocalisedMessage, toCsv } from '@werkbrug/core';

/** A line of the shortages: open work against the active candidates for it. */
export interface ShortageLine {
  readonly openVacancies: number;
  readonly openPositions: number;
  /** Null when it would describe 1 to k − 1 people (suppressed). */
  readonly activeCandidates: number | null;
  /** Active candidates per open position; null when the candidates are suppressed. */
  readonly candidatesPerPosition: number | null;
  readonly suppressed: boolean;
}

/**
 * Open positions against active candidates, with the candidate count hidden when it describes fewer than `k` people,
 * directly or as the rest of the region's active candidates (zero describes nobody and is shown: it is the shortage
 * itself). Counts of vacancies are about employers' work, not people, and are always shown.
 */
export function shortageLine(
  counts: { openVacancies: number; openPositions: number; activeCandidates: number },
  k: number,
  regionActive: number,
): ShortageLine {
  // The region's active candidates are shown elsewhere (regionStatistics): the rest of them must not be small either.
  const small = (n: number) => n > 0 && n < k;
  const suppressed = small(counts.activeCandidates) || small(regionActive - counts.activeCandidates);
  const candidates = suppressed ? null : counts.activeCandidates;
  return {
    openVacancies: counts.openVacancies,
    openPositions: counts.openPositions,
    activeCandidates: candidates,
    candidatesPerPosition:
      candidates === null || counts.openPositions === 0
        ? null
        : Math.round((candidates / counts.openPositions) * 100) / 100,
    suppressed,
  };
}

export const SHORTAGE_DEFINITIONS: {
  readonly bySector: LocalisedMessage;
  readonly bySkill: LocalisedMessage;
} = {
  bySector: {
    en: "Per sector of the hiring employer: open vacancies and their positions today, and the region's active candidates open to that sector (a candidate open to every sector counts in each). Candidates per open position below 1 means a shortage of people.",
    nl: 'Per sector van de werkgever: de open vacatures en hun plaatsen vandaag, en de actieve kandidaten van de regio die openstaan voor die sector (wie voor elke sector openstaat, telt in elke sector mee). Minder dan 1 kandidaat per open plaats betekent een tekort aan mensen.',
  },
  bySkill: {
    en: "The skills open vacancies require for the most positions today, and the region's active candidates who have the skill among their strengths. Few candidates per position points to training that would pay off.",
    nl: 'De vaardigheden die open vacatures vandaag voor de meeste plaatsen vereisen, en de actieve kandidaten van de regio die de vaardigheid als sterkte hebben. Weinig kandidaten per plaats wijst op scholing die loont.',
  },
};

/** The shortages as CSV, in Dutch: one line per sector and per skill, a hidden count saying so. */
export function shortagesCsv(view: {
  readonly regionCode: string;
  readonly minimumCellSize: number;
  readonly bySector: readonly (ShortageLine & { sector: string })[];
  readonly bySkill: readonly (ShortageLine & { skillId: string; labelEn: string; labelNl: string | null })[];
}): string {
  const header: CsvCell[] = [
    'regio',
    'naar',
    'groep',
    'open_vacatures',
    'open_plaatsen',
    'actieve_kandidaten',
    'kandidaten_per_open_plaats',
    'onderdrukt',
  ];
  const line = (kind: string, group: string, l: ShortageLine): CsvCell[] => [
    view.regionCode,
    kind,
    group,
    l.openVacancies,
    l.openPositions,
    l.activeCandidates,
    l.candidatesPerPosition,
    l.suppressed ? `minder dan ${view.minimumCellSize} personen` : null,
  ];
  return toCsv([
    header,
    ...view.bySector.map((s) => line('sector', s.sector, s)),
    ...view.bySkill.map((s) => line('vaardigheid', dutchName({ nl: s.labelNl, en: s.labelEn }), s)),
  ]);
}
