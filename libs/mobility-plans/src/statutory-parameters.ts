import type { LocalisedText } from './plan-content';

/**
 * The statutory figures a comparison uses, each with the date it applies from and where it was read. Dated so that
 * a comparison uses the figure in force in the month it is about; documented so that every amount can be traced.
 * The official calculation (the employer's for the transition payment, the UWV's for unemployment benefit)
 * decides; Werkbrug's is an estimate to compare paths with.
 *
 * Reviewed on REVIEWED_ON from the sources named (official ones where they could be read; otherwise a payroll or
 * law firm quoting the official figure). To add a year: add a row with its source; nothing else changes.
 */
export const REVIEWED_ON = '2026-12-06';

export interface ParameterSource {
  readonly title: string;
  readonly url: string;
}

export interface ParameterRow {
  readonly validFrom: string;
  readonly value: number;
  readonly source: ParameterSource;
  /** What to know about this row (an unverified neighbour, a proposed change that is not law). */
  readonly note?: LocalisedText;
}

export interface ParameterDefinition {
  readonly id: ParameterId;
  readonly label: LocalisedText;
  readonly unit: 'EUR' | 'PERCENT' | 'MONTHS' | 'DAYS' | 'YEAR';
  /** For figures indexed on a schedule: past the last row by this many months, a newer figure is due. */
  readonly updatedEveryMonths?: number;
  readonly rows: readonly ParameterRow[];
}

/** A parameter as one calculation used it: the row in force on the day it was about. */
export interface ParameterUse extends ParameterRow {
  readonly id: ParameterId;
  readonly label: LocalisedText;
  readonly unit: ParameterDefinition['unit'];
  /** True when a newer figure was due by that day but is not in the table: the last known one is used. */
  readonly assumedToContinue: boolean;
}

export type ParameterId =
  | 'holidayAllowancePercent'
  | 'transitionPaymentMaximum'
  | 'workdaysPerYear'
  | 'maximumDailyWage'
  | 'benefitHighRatePercent'
  | 'benefitHighRateMonths'
  | 'benefitLowRatePercent'
  | 'benefitMinimumMonths'
  | 'benefitMaximumMonths'
  | 'benefitHalfMonthYearsFrom';

export type StatutoryValues = { readonly [K in ParameterId]: ParameterUse };

const UWV_WW_AMOUNT: ParameterSource = {
  title: 'UWV — Hoe berekent UWV de hoogte van mijn WW-uitkering?',
  url: 'https://www.uwv.nl/particulieren/werkloos/ik-word-werkloos/detail/hoe-hoog-wordt-mijn-ww-uitkering/hoe-berekent-uwv-de-hoogte-van-mijn-ww-uitkering',
};
const UWV_WW_DURATION: ParameterSource = {
  title: 'UWV — Hoe berekenen we de duur van uw WW?',
  url: 'https://www.uwv.nl/particulieren/werkloos/ik-word-werkloos/detail/hoelang-kan-ik-een-ww-uitkering-krijgen/hoe-berekenen-we-de-duur-van-uw-ww',
};
const UWV_WW_DURATION_LONG: ParameterSource = {
  title: 'UWV — Arbeidsverleden van 11 jaar of langer',
  url: 'https://www.uwv.nl/particulieren/werkloos/ik-word-werkloos/detail/hoelang-kan-ik-een-ww-uitkering-krijgen/hoe-berekenen-we-de-duur-van-uw-ww/arbeidsverleden-van-11-jaar-of-langer',
};
const PROPOSED_WW_CUTS: LocalisedText = {
  nl: 'Voorgesteld, nog geen wet (december 2026): kortere WW (18 maanden vanaf 2027 in de Voorjaarsnota 2025; 12 maanden vanaf 2028 in het coalitieakkoord 2026–2030).',
  en: 'Proposed, not law yet (December 2026): shorter WW (18 months from 2027 in the 2025 spring budget; 12 months from 2028 in the 2026–2030 coalition agreement).',
};

export const STATUTORY_PARAMETERS: readonly ParameterDefinition[] = [
  {
    id: 'holidayAllowancePercent',
    label: { nl: 'Vakantiegeld (wettelijk minimum)', en: 'Holiday allowance (statutory minimum)' },
    unit: 'PERCENT',
    rows: [
      {
        validFrom: '1974-01-01',
        value: 8,
        source: {
          title: 'Wet minimumloon en minimumvakantiebijslag, art. 15',
          url: 'https://wetten.overheid.nl/BWBR0002638/#HoofdstukIII_Artikel15',
        },
        note: {
          nl: 'Telt mee in het maandloon voor de transitievergoeding en in het dagloon voor de WW (UWV: gereserveerd vakantiegeld).',
          en: 'Counts in the monthly wage for the transition payment and in the daily wage for WW (UWV: reserved holiday allowance).',
        },
      },
    ],
  },
  {
    id: 'transitionPaymentMaximum',
    label: {
      nl: 'Maximale transitievergoeding (of één jaarsalaris als dat hoger is)',
      en: 'Maximum transition payment (or one year’s salary if higher)',
    },
    unit: 'EUR',
    updatedEveryMonths: 12,
    rows: [
      {
        validFrom: '2024-01-01',
        value: 94_000,
        source: {
          title: 'Omnyacc — Maximale transitievergoeding stijgt naar € 98.000 in 2025 (noemt 2024: € 94.000)',
          url: 'https://omnyacc.nl/nieuws/maximale-transitievergoeding-stijgt-naar-98-000-in-2025',
        },
      },
      {
        validFrom: '2025-01-01',
        value: 98_000,
        source: {
          title: 'SEH — Belangrijkste wijzigingen sociale zekerheid 2025',
          url: 'https://www.seh.nl/kennisbank/2025/openbaar/belangrijkste-wijzigingen-sociale-zekerheid-2025',
        },
      },
      {
        validFrom: '2026-01-01',
        value: 102_000,
        source: {
          title: 'SEH — Toekomstvoorzieningen en sociale zekerheid 2026',
          url: 'https://www.seh.nl/kennisbank/toekomstvoorzieningen-en-sociale-zekerheid-2026',
        },
        note: {
          nl: 'Het bedrag voor 2027 was bij de controle nog niet gepubliceerd; tot dan geldt dit bedrag in de vergelijking.',
          en: 'The 2027 amount was not published when checked; until it is, the comparison uses this one.',
        },
      },
    ],
  },
  {
    id: 'workdaysPerYear',
    label: {
      nl: 'Dagloondagen per jaar (dagloon = jaarloon / 261; maandloon WW = dagloon × 21,75)',
      en: 'Daily-wage days per year (daily wage = annual wage / 261; WW monthly wage = daily wage × 21.75)',
    },
    unit: 'DAYS',
    rows: [
      {
        validFrom: '2013-01-01',
        value: 261,
        source: {
          title:
            'Centrale Raad van Beroep, ECLI:NL:CRVB:2024:1523 (dagloon: loon in het referentiejaar gedeeld door 261 dagloondagen)',
          url: 'https://uitspraken.rechtspraak.nl/details?id=ECLI%3ANL%3ACRVB%3A2024%3A1523',
        },
      },
    ],
  },
  {
    id: 'maximumDailyWage',
    label: { nl: 'Maximumdagloon', en: 'Maximum daily wage' },
    unit: 'EUR',
    updatedEveryMonths: 6,
    rows: [
      {
        validFrom: '2024-01-01',
        value: 274.44,
        source: {
          title: 'Rendement — Rekenregels per 1 januari 2024 bekend',
          url: 'https://www.rendement.nl/sociale-verzekeringen/nieuws/rekenregels-per-1-januari-2024-bekend.html',
        },
      },
      {
        validFrom: '2024-07-01',
        value: 282.95,
        source: {
          title: 'Salariszaken — Rekenregels per 1 juli 2024 gepubliceerd',
          url: 'https://salariszaken.nl/nieuws/rekenregels-per-1-juli-2024-gepubliceerd/',
        },
      },
      {
        validFrom: '2025-01-01',
        value: 290.67,
        source: {
          title: 'Adfiz — Uitkeringsbedragen sociale zekerheid per 1 januari 2025',
          url: 'https://www.adfiz.nl/nieuws/adfiz-berichten/uitkeringsbedragen-sociale-zekerheid-per-1-januari-2025/',
        },
        note: {
          nl: 'Het bedrag per 1 juli 2025 kon niet worden gecontroleerd; de vergelijking gebruikt dit bedrag tot 1 januari 2026.',
          en: 'The amount from 1 July 2025 could not be checked; the comparison uses this one until 1 January 2026.',
        },
      },
      {
        validFrom: '2026-01-01',
        value: 304.25,
        source: {
          title: 'SEH — Toekomstvoorzieningen en sociale zekerheid 2026',
          url: 'https://www.seh.nl/kennisbank/toekomstvoorzieningen-en-sociale-zekerheid-2026',
        },
        note: {
          nl: 'Het bedrag per 1 juli 2026 kon niet worden gecontroleerd; de vergelijking gebruikt dit bedrag tot er een nieuw bedrag is ingevoerd.',
          en: 'The amount from 1 July 2026 could not be checked; the comparison uses this one until a newer one is entered.',
        },
      },
    ],
  },
  {
    id: 'benefitHighRatePercent',
    label: {
      nl: 'WW in de eerste maanden (% van het WW-maandloon)',
      en: 'WW in the first months (% of the WW monthly wage)',
    },
    unit: 'PERCENT',
    rows: [{ validFrom: '2006-10-01', value: 75, source: UWV_WW_AMOUNT }],
  },
  {
    id: 'benefitHighRateMonths',
    label: { nl: 'Aantal maanden met het hogere WW-percentage', en: 'Months at the higher WW percentage' },
    unit: 'MONTHS',
    rows: [{ validFrom: '2006-10-01', value: 2, source: UWV_WW_AMOUNT }],
  },
  {
    id: 'benefitLowRatePercent',
    label: { nl: 'WW daarna (% van het WW-maandloon)', en: 'WW after that (% of the WW monthly wage)' },
    unit: 'PERCENT',
    rows: [{ validFrom: '2006-10-01', value: 70, source: UWV_WW_AMOUNT }],
  },
  {
    id: 'benefitMinimumMonths',
    label: {
      nl: 'Kortste WW (wie 26 van de laatste 36 weken werkte)',
      en: 'Shortest WW (for someone who worked 26 of the last 36 weeks)',
    },
    unit: 'MONTHS',
    rows: [{ validFrom: '2006-10-01', value: 3, source: UWV_WW_DURATION }],
  },
  {
    id: 'benefitMaximumMonths',
    label: { nl: 'Langste WW', en: 'Longest WW' },
    unit: 'MONTHS',
    rows: [{ validFrom: '2019-04-01', value: 24, source: UWV_WW_DURATION_LONG, note: PROPOSED_WW_CUTS }],
  },
  {
    id: 'benefitHalfMonthYearsFrom',
    label: {
      nl: 'Vanaf dit jaar telt een jaar arbeidsverleden na de eerste tien voor een halve maand WW',
      en: 'From this year on, a year of employment history after the first ten counts for half a month of WW',
    },
    unit: 'YEAR',
    rows: [{ validFrom: '2016-01-01', value: 2016, source: UWV_WW_DURATION_LONG }],
  },
];

const BY_ID = new Map(STATUTORY_PARAMETERS.map((p) => [p.id, p]));

function addMonths(day: string, months: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/** Each parameter's row in force on `day` (an ISO date): the last one that applies from that day or before. */
export function statutoryValuesOn(day: string): StatutoryValues {
  const values = {} as Record<ParameterId, ParameterUse>;
  for (const definition of STATUTORY_PARAMETERS) {
    const rows = definition.rows;
    const row = [...rows].reverse().find((r) => r.validFrom <= day) ?? rows[0];
    const last = rows[rows.length - 1];
    values[definition.id] = {
      ...row,
      id: definition.id,
      label: definition.label,
      unit: definition.unit,
      assumedToContinue:
        row === last &&
        definition.updatedEveryMonths !== undefined &&
        day >= addMonths(last.validFrom, definition.updatedEveryMonths),
    };
  }
  return values;
}

export function parameterDefinition(id: ParameterId): ParameterDefinition {
  return BY_ID.get(id)!;
}
