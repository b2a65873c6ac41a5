import { type CsvCell, localDateText, toCsv } from '@werkbrug/core';
import type { PrintBlock, PrintDocument } from '@werkbrug/documents';
import type { NetworkReview } from './network-review';

export type ReviewLanguage = 'nl' | 'en';

/** A member's notes for one quarter of the review. */
export interface ReviewNote {
  readonly employerId: string;
  readonly quarterStart: string;
  readonly successes: string;
  readonly bottlenecks: string;
  readonly challenges: string;
}

/** Everything the printed, PDF and CSV review show: the same figures as the screen. */
export interface ReviewReport {
  readonly networkName: string;
  readonly from: string;
  readonly to: string;
  readonly review: NetworkReview;
  readonly names: ReadonlyMap<string, string>;
  readonly notes: readonly ReviewNote[];
}

const TEXTS = {
  nl: {
    title: (name: string) => `Terugblik ${name}`,
    period: (from: string, to: string) => `Periode ${from} tot en met ${to}`,
    totals: 'De hulpvragen van het netwerk',
    requests: 'Hulpvragen gesteld',
    answered: 'Met ten minste één antwoord',
    closed: 'Afgesloten',
    offers: 'Aanbiedingen',
    placementsStarted: 'Plaatsingen uit aanbiedingen gestart',
    median: 'Mediaan tot een eerste antwoord',
    hours: (h: number) => `${h.toLocaleString('nl-NL')} uur`,
    none: 'nog geen antwoord',
    members: 'Per lid',
    head: ['Lid', 'Gevraagd', 'Ontvangen', 'Beantwoord', 'Aanbiedingen', 'Uren uitgeleend', 'Uren ingeleend'],
    noMembers: 'Het netwerk heeft nog geen leden.',
    fewer: 'minder dan 5',
    fewerPlacements: 'uit minder dan 5 plaatsingen',
    notes: 'Notities van de leden',
    noNotes: 'Er zijn voor deze periode nog geen notities geschreven.',
    quarter: (start: string) => `kwartaal vanaf ${start}`,
    successes: 'Successen',
    bottlenecks: 'Knelpunten',
    challenges: 'Uitdagingen',
    footer:
      'Uren uitgeleend en ingeleend komen uit de wederkerigheidsbalans en tellen alleen plaatsingen tussen leden. Kleine aantallen (1 tot 4) van andere leden, en de uren daarachter, staan voor HR-leads als "minder dan 5". Gemaakt door Werkbrug.',
  },
  en: {
    title: (name: string) => `Review of ${name}`,
    period: (from: string, to: string) => `Period ${from} to ${to}`,
    totals: "The network's requests",
    requests: 'Requests made',
    answered: 'With at least one answer',
    closed: 'Closed',
    offers: 'Offers',
    placementsStarted: 'Placements from offers started',
    median: 'Median time to a first answer',
    hours: (h: number) => `${h.toLocaleString('en-GB')} hours`,
    none: 'no answer yet',
    members: 'Per member',
    head: ['Member', 'Asked', 'Received', 'Answered', 'Offers', 'Hours lent', 'Hours borrowed'],
    noMembers: 'The network has no members yet.',
    fewer: 'fewer than 5',
    fewerPlacements: 'from fewer than 5 placements',
    notes: "Members' notes",
    noNotes: 'No notes have been written for this period yet.',
    quarter: (start: string) => `quarter from ${start}`,
    successes: 'Successes',
    bottlenecks: 'Bottlenecks',
    challenges: 'Challenges',
    footer:
      'Hours lent and borrowed come from the reciprocity ledger and count only placements between members. Small counts (1 to 4) of other members, and the hours behind them, read "fewer than 5" for HR leads. Made by Werkbrug.',
  },
} as const;

/** The review as a printable document (HTML and PDF draw it), in the reader's language. */
export function networkReviewDocument(report: ReviewReport, lang: ReviewLanguage): PrintDocument {
  const t = TEXTS[lang];
  const { review } = report;
  const count = (n: number | null) => (n === null ? t.fewer : String(n));
  const name = (id: string) => report.names.get(id) ?? '';
  const blocks: PrintBlock[] = [
    { kind: 'heading', text: t.totals },
    {
      kind: 'facts',
      rows: [
        [t.requests, String(review.requests)],
        [t.answered, String(review.answered)],
        [t.closed, String(review.closed)],
        [t.offers, String(review.offers)],
        [t.placementsStarted, String(review.placementsStarted)],
        [
          t.median,
          review.medianHoursToFirstAnswer === null ? t.none : t.hours(review.medianHoursToFirstAnswer),
        ],
      ],
    },
    { kind: 'heading', text: t.members },
    {
      kind: 'table',
      head: t.head,
      rows: review.members.map((m) => [
        { text: name(m.employerId) },
        { text: count(m.asked) },
        { text: count(m.received) },
        { text: count(m.answered) },
        { text: count(m.offers) },
        { text: m.hoursLent === null ? t.fewerPlacements : String(m.hoursLent) },
        { text: m.hoursBorrowed === null ? t.fewerPlacements : String(m.hoursBorrowed) },
      ]),
      empty: t.noMembers,
    },
    { kind: 'heading', text: t.notes },
  ];
  if (report.notes.length === 0) blocks.push({ kind: 'paragraph', text: t.noNotes });
  for (const note of report.notes) {
    blocks.push({
      kind: 'paragraph',
      label: name(note.employerId),
      text: t.quarter(localDateText(note.quarterStart, lang)),
    });
    blocks.push({
      kind: 'list',
      items: [
        { label: t.successes, text: note.successes || '—' },
        { label: t.bottlenecks, text: note.bottlenecks || '—' },
        { label: t.challenges, text: note.challenges || '—' },
      ],
    });
  }
  return {
    lang,
    title: t.title(report.networkName),
    subtitle: t.period(localDateText(report.from, lang), localDateText(report.to, lang)),
    blocks,
    footer: t.footer,
  };
}

/**
 * The review as CSV (RFC 4180): one row per member with its figures and its notes of the period, then the
 * network's totals (with the placements started and the median hours to a first answer). A count hidden as
 * "fewer than 5" is an empty cell.
 */
export function networkReviewCsv(report: ReviewReport): string {
  const { review } = report;
  const notesOf = (employerId: string, part: 'successes' | 'bottlenecks' | 'challenges') =>
    report.notes
      .filter((n) => n.employerId === employerId && n[part])
      .map((n) => `${n.quarterStart}: ${n[part]}`)
      .join('\n');
  const rows: CsvCell[][] = [
    [
      'period_from',
      'period_to',
      'employer_id',
      'employer',
      'requests_asked',
      'requests_received',
      'requests_answered',
      'offers',
      'hours_lent',
      'hours_borrowed',
      'placements_lent',
      'placements_borrowed',
      'successes',
      'bottlenecks',
      'challenges',
      'placements_started',
      'median_hours_to_first_answer',
    ],
    ...review.members.map((m) => [
      report.from,
      report.to,
      m.employerId,
      report.names.get(m.employerId) ?? '',
      m.asked,
      m.received,
      m.answered,
      m.offers,
      m.hoursLent,
      m.hoursBorrowed,
      m.placementsLent,
      m.placementsBorrowed,
      notesOf(m.employerId, 'successes'),
      notesOf(m.employerId, 'bottlenecks'),
      notesOf(m.employerId, 'challenges'),
      null,
      null,
    ]),
    [
      report.from,
      report.to,
      '',
      'network total',
      review.requests,
      null,
      review.answered,
      review.offers,
      sum(review.members.map((m) => m.hoursLent)),
      sum(review.members.map((m) => m.hoursBorrowed)),
      null,
      null,
      '',
      '',
      '',
      review.placementsStarted,
      review.medianHoursToFirstAnswer,
    ],
  ];
  return toCsv(rows);
}

/** The network's total; unknown when a member's part is hidden, so the hidden part cannot be worked out from it. */
function sum(values: readonly (number | null)[]): number | null {
  if (values.some((v) => v === null)) return null;
  return Math.round(values.reduce<number>((a, b) => a + (b ?? 0), 0) * 100) / 100;
}
