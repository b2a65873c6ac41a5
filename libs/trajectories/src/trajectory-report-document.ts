import { dutchName } from '@werkbrug/matching-core/labels';
import { localDateText } from '@werkbrug/core';
import { regionToday } from './trajectory-dates';
import {
  ACTION_OWNERS_NL,
  ADVICES_NL,
  CONTACT_KINDS_NL,
  DOMAINS_NL,
  KINDS_NL,
  MODULES_NL,
  OUTCOMES_NL,
  PRECONDITIONS_NL,
  REPORT_TITLES_NL,
} from './trajectory-report-texts';
import type { PrintBlock, PrintDocument } from '@werkbrug/documents';
import type { TrajectoryView } from './trajectory-view';
import {
  AssessmentDomain,
  ScreeningAdvice,
  SUCCESS_OUTCOMES,
  type TrajectoryPrecondition,
  type TrajectoryReportKind,
} from './trajectory.enums';

export interface ReportMeta {
  readonly kind: TrajectoryReportKind;
  readonly version: number;
  readonly generatedAt: Date;
  readonly generatedBy: string;
}

const text = (value: string | null | undefined) => value || '—';
const date = (value: string | null | undefined) => (value ? localDateText(value, 'nl') : '—');

function facts(t: TrajectoryView): PrintBlock[] {
  const rows: [string, string][] = [
    ['Kandidaat (profielcode)', text(t.candidatePublicCode)],
    ['Opdrachtgever', text(t.clientName)],
    ['Trajectbegeleider', text(t.counsellor.displayName)],
    ['Soort traject', KINDS_NL[t.kind]],
    ['Gestart op', date(t.startedOn)],
  ];
  if (t.firstSicknessDay)
    rows.push(
      ['Eerste ziektedag', date(t.firstSicknessDay)],
      ['Einde wachttijd (104 weken)', date(t.waitingPeriodEndsOn)],
      ['WIA-aanvraag uiterlijk', date(t.wiaApplicationDueOn)],
    );
  if (t.plannedDismissalOn) rows.push(['Geplande ontslagdatum', date(t.plannedDismissalOn)]);
  return [
    { kind: 'heading', text: 'Wie' },
    { kind: 'facts', rows },
  ];
}

function preconditions(t: TrajectoryView): PrintBlock[] {
  if (!t.firstSicknessDay) return [];
  const items = (Object.entries(PRECONDITIONS_NL) as [TrajectoryPrecondition, string][]).map(
    ([kind, label]) => {
      const confirmed = t.preconditions.find((p) => p.kind === kind);
      const state = confirmed
        ? `bevestigd op ${date(confirmed.confirmedOn)} door ${text(confirmed.confirmedBy.displayName)}`
        : 'nog niet bevestigd';
      return { text: `${label}: ${state}` };
    },
  );
  return [
    { kind: 'heading', text: 'Voorwaarden tweede spoor' },
    { kind: 'list', items },
  ];
}

function screening(t: TrajectoryView, withHealth: boolean): PrintBlock[] {
  const items = t.assessment.filter((item) => withHealth || item.domain !== AssessmentDomain.HEALTH);
  const blocks: PrintBlock[] = [
    { kind: 'heading', text: 'Haalbaarheidsonderzoek (intake)' },
    {
      kind: 'table',
      head: ['Levensdomein', 'Score (1–5)', 'Toelichting'],
      rows: items.map((i) => [
        { text: DOMAINS_NL[i.domain] },
        { text: String(i.score) },
        { text: text(i.note) },
      ]),
      empty: 'Nog geen domeinen beoordeeld.',
    },
  ];
  if (withHealth && t.functionalCapacityNote)
    blocks.push({ kind: 'paragraph', label: 'Belastbaarheid', text: t.functionalCapacityNote });
  blocks.push({ kind: 'paragraph', label: 'Wat de kandidaat kan', text: text(t.functionalConclusion) });
  return blocks;
}

function conclusions(t: TrajectoryView): PrintBlock[] {
  const c = t.conclusions;
  const rows: [string, string][] = [
    ['a. Te motiveren voor de sectoren met vacatures?', text(c.sectors)],
    ['b. Overstap naar de beschikbare banen mogelijk?', text(c.mobility)],
    ['c. Benodigde scholing', text(c.training)],
    ['d. Weg te nemen belemmeringen', text(c.obstacles)],
    ['e. Termijn van de overstap', text(c.period)],
  ];
  const advice = t.advice ? ADVICES_NL[t.advice] : 'Nog geen advies';
  const reason = t.adviceReason ? ` — ${t.adviceReason}` : '';
  const when = t.screenedOn ? ` (${date(t.screenedOn)})` : '';
  return [
    { kind: 'heading', text: 'Conclusies' },
    { kind: 'facts', rows },
    { kind: 'paragraph', label: 'Advies', text: `${advice}${reason}${when}` },
  ];
}

/** The plan; a version made before plans existed has none. */
function plan(t: TrajectoryView): PrintBlock[] {
  const p = t.plan;
  if (!p) return [];
  const directions = p.searchDirections.map((d) => dutchName({ nl: d.labelNl, en: d.labelEn })).join('; ');
  return [
    { kind: 'heading', text: 'Trajectplan' },
    {
      kind: 'facts',
      rows: [
        ['Doelen', text(p.goals)],
        ['Zoekrichtingen', directions || '—'],
        ['Modules', p.modules.map((m) => MODULES_NL[m]).join('; ') || '—'],
        ['Afgesproken tijdsinvestering', p.hoursPerWeek ? `${p.hoursPerWeek} uur per week` : '—'],
      ],
    },
    {
      kind: 'table',
      head: ['Actie', 'Wie', 'Uiterlijk', 'Stand'],
      rows: p.actions.map((a) => [
        { text: a.description },
        { text: ACTION_OWNERS_NL[a.owner] },
        { text: date(a.dueOn) },
        { text: a.doneOn ? `gedaan op ${date(a.doneOn)}` : 'open' },
      ]),
      empty: 'Nog geen acties.',
    },
  ];
}

/** The candidate's own monthly notes: only in the counsellor's and the candidate's version. */
function progressNotes(t: TrajectoryView, full: boolean): PrintBlock[] {
  if (!full || !t.progressNotes?.length) return [];
  const month = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return [
    { kind: 'heading', text: 'Voortgang in de woorden van de kandidaat' },
    {
      kind: 'list',
      items: [...t.progressNotes]
        .reverse()
        .map((n) => ({ label: month.format(new Date(`${n.month}T00:00:00Z`)), text: n.note })),
    },
  ];
}

function contacts(t: TrajectoryView): PrintBlock[] {
  return [
    { kind: 'heading', text: `Wat er is gedaan: contacten (${t.contacts.length})` },
    {
      kind: 'table',
      head: ['Datum', 'Soort', 'Samenvatting'],
      rows: [...t.contacts]
        .reverse()
        .map((c) => [
          { text: date(c.occurredOn) },
          { text: CONTACT_KINDS_NL[c.kind] },
          { text: c.summary, ...(c.consequence ? { note: `Gevolg: ${c.consequence}` } : {}) },
        ]),
      empty: 'Nog geen contacten.',
    },
  ];
}

function ending(t: TrajectoryView): PrintBlock[] {
  if (!t.outcome)
    return [
      { kind: 'heading', text: 'Vervolg' },
      {
        kind: 'paragraph',
        text: `Het traject loopt. ${t.advice === ScreeningAdvice.NOT_FEASIBLE ? 'Het advies is het tweede spoor niet voort te zetten.' : 'De begeleiding naar werk gaat door volgens het advies.'}`,
      },
    ];
  const success = SUCCESS_OUTCOMES.has(t.outcome) ? 'telt als geslaagd' : 'telt niet als geslaagd';
  return [
    { kind: 'heading', text: 'Afsluiting' },
    {
      kind: 'paragraph',
      text: `Afgesloten op ${date(t.closedOn)}: ${OUTCOMES_NL[t.outcome]} (${success}).${t.closingNote ? ` ${t.closingNote}` : ''}`,
    },
  ];
}

/**
 * A trajectory's report in Dutch, in the order a UWV assessor reads one: who, what was done, conclusions, next
 * steps. The health domain, the functional-capacity note and the candidate's own progress notes are in it only for
 * a reader who sees the whole trajectory (counsellor, candidate); everyone else reads that the health details were
 * left out.
 */
export function trajectoryReportDocument(
  meta: ReportMeta,
  t: TrajectoryView,
  withHealth: boolean,
): PrintDocument {
  return {
    title: `${REPORT_TITLES_NL[meta.kind]} – traject ${text(t.candidatePublicCode)}`,
    subtitle: `Versie ${meta.version}, opgesteld door ${text(meta.generatedBy)} op ${localDateText(regionToday(meta.generatedAt), 'nl')}.`,
    blocks: [
      ...facts(t),
      ...preconditions(t),
      ...screening(t, withHealth),
      ...conclusions(t),
      ...plan(t),
      ...progressNotes(t, withHealth),
      ...contacts(t),
      ...ending(t),
    ],
    footer: `${withHealth ? 'Deze versie bevat gezondheidsgegevens: alleen voor de trajectbegeleider en de kandidaat.' : 'Gezondheidsgegevens (het domein gezondheid en de belastbaarheid) zijn weggelaten; ze blijven bij de trajectbegeleider.'} Werkbrug.`,
  };
}
