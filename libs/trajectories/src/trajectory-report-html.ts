import { escapeHtml, localDateText } from '@werkbrug/core';
import {
  AssessmentDomain,
  ScreeningAdvice,
  SUCCESS_OUTCOMES,
  type TrajectoryPrecondition,
  TrajectoryReportKind,
} from './trajectory.enums';
import { regionToday } from './trajectory-dates';
import type { TrajectoryView } from './trajectory-view';
import {
  ADVICES_NL,
  ACTION_OWNERS_NL,
  CONTACT_KINDS_NL,
  DOMAINS_NL,
  KINDS_NL,
  MODULES_NL,
  OUTCOMES_NL,
  PRECONDITIONS_NL,
  REPORT_TITLES_NL,
} from './trajectory-report-texts';

export interface ReportMeta {
  readonly kind: TrajectoryReportKind;
  readonly version: number;
  readonly generatedAt: Date;
  readonly generatedBy: string;
}

const CSS = `
  @page { size: A4; margin: 18mm; }
  body { font-family: Arial, Helvetica, sans-serif; font-size: 10pt; color: #000; margin: 0; line-height: 1.35; }
  h1 { font-size: 16pt; margin: 0 0 6pt; } h2 { font-size: 12pt; margin: 14pt 0 4pt; }
  table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #000; padding: 3pt 5pt; text-align: left; vertical-align: top; }
  th { background: #eee; } thead { display: table-header-group; } tr { break-inside: avoid; }
  dl { display: grid; grid-template-columns: 14em 1fr; gap: 2pt 8pt; margin: 0; } dt { font-weight: bold; } dd { margin: 0; }
  .note { font-style: italic; } footer { margin-top: 14pt; font-size: 8pt; }
`;

const text = (value: string | null | undefined) => (value ? escapeHtml(value) : '—');
const date = (value: string | null | undefined) => (value ? escapeHtml(localDateText(value, 'nl')) : '—');

function facts(t: TrajectoryView): string {
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
  return `<dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function preconditions(t: TrajectoryView): string {
  if (!t.firstSicknessDay) return '';
  const items = (Object.entries(PRECONDITIONS_NL) as [TrajectoryPrecondition, string][]).map(
    ([kind, label]) => {
      const confirmed = t.preconditions.find((p) => p.kind === kind);
      const state = confirmed
        ? `bevestigd op ${date(confirmed.confirmedOn)} door ${text(confirmed.confirmedBy.displayName)}`
        : 'nog niet bevestigd';
      return `<li>${label}: ${state}</li>`;
    },
  );
  return `<h2>Voorwaarden tweede spoor</h2><ul>${items.join('')}</ul>`;
}

function screening(t: TrajectoryView, withHealth: boolean): string {
  const items = t.assessment.filter((item) => withHealth || item.domain !== AssessmentDomain.HEALTH);
  const rows = items
    .map(
      (i) =>
        `<tr><th scope="row">${DOMAINS_NL[i.domain]}</th><td>${i.score}</td><td>${text(i.note)}</td></tr>`,
    )
    .join('');
  const capacity =
    withHealth && t.functionalCapacityNote
      ? `<p><strong>Belastbaarheid:</strong> ${text(t.functionalCapacityNote)}</p>`
      : '';
  return `<h2>Haalbaarheidsonderzoek (intake)</h2>
<table><thead><tr><th scope="col">Levensdomein</th><th scope="col">Score (1–5)</th><th scope="col">Toelichting</th></tr></thead>
<tbody>${rows || '<tr><td colspan="3">Nog geen domeinen beoordeeld.</td></tr>'}</tbody></table>
${capacity}<p><strong>Wat de kandidaat kan:</strong> ${text(t.functionalConclusion)}</p>`;
}

function conclusions(t: TrajectoryView): string {
  const c = t.conclusions;
  const lines: [string, string | null][] = [
    ['a. Te motiveren voor de sectoren met vacatures?', c.sectors],
    ['b. Overstap naar de beschikbare banen mogelijk?', c.mobility],
    ['c. Benodigde scholing', c.training],
    ['d. Weg te nemen belemmeringen', c.obstacles],
    ['e. Termijn van de overstap', c.period],
  ];
  const advice = t.advice ? ADVICES_NL[t.advice] : 'Nog geen advies';
  return `<h2>Conclusies</h2><dl>${lines.map(([k, v]) => `<dt>${k}</dt><dd>${text(v)}</dd>`).join('')}</dl>
<p><strong>Advies:</strong> ${advice}${t.adviceReason ? ` — ${text(t.adviceReason)}` : ''}${t.screenedOn ? ` (${date(t.screenedOn)})` : ''}</p>`;
}

/** The plan; a version made before plans existed has none. */
function plan(t: TrajectoryView): string {
  const p = t.plan;
  if (!p) return '';
  const directions = p.searchDirections.map((d) => text(d.labelNl ?? d.labelEn)).join('; ');
  const rows: [string, string][] = [
    ['Doelen', text(p.goals)],
    ['Zoekrichtingen', directions || '—'],
    ['Modules', p.modules.map((m) => MODULES_NL[m]).join('; ') || '—'],
    ['Afgesproken tijdsinvestering', p.hoursPerWeek ? `${p.hoursPerWeek} uur per week` : '—'],
  ];
  const actions = p.actions
    .map(
      (a) =>
        `<tr><td>${text(a.description)}</td><td>${ACTION_OWNERS_NL[a.owner]}</td><td>${date(a.dueOn)}</td><td>${a.doneOn ? `gedaan op ${date(a.doneOn)}` : 'open'}</td></tr>`,
    )
    .join('');
  return `<h2>Trajectplan</h2><dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
<table><thead><tr><th scope="col">Actie</th><th scope="col">Wie</th><th scope="col">Uiterlijk</th><th scope="col">Stand</th></tr></thead>
<tbody>${actions || '<tr><td colspan="4">Nog geen acties.</td></tr>'}</tbody></table>`;
}

/** The candidate's own monthly notes: only in the counsellor's and the candidate's version. */
function progressNotes(t: TrajectoryView, full: boolean): string {
  if (!full || !t.progressNotes?.length) return '';
  const items = [...t.progressNotes]
    .reverse()
    .map((n) => `<li><strong>${escapeHtml(monthText(n.month))}:</strong> ${text(n.note)}</li>`);
  return `<h2>Voortgang in de woorden van de kandidaat</h2><ul>${items.join('')}</ul>`;
}

function monthText(month: string): string {
  return new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}T00:00:00Z`),
  );
}

function contacts(t: TrajectoryView): string {
  const rows = [...t.contacts]
    .reverse()
    .map(
      (c) =>
        `<tr><td>${date(c.occurredOn)}</td><td>${CONTACT_KINDS_NL[c.kind]}</td><td>${text(c.summary)}${c.consequence ? `<br><span class="note">Gevolg: ${text(c.consequence)}</span>` : ''}</td></tr>`,
    )
    .join('');
  return `<h2>Wat er is gedaan: contacten (${t.contacts.length})</h2>
<table><thead><tr><th scope="col">Datum</th><th scope="col">Soort</th><th scope="col">Samenvatting</th></tr></thead>
<tbody>${rows || '<tr><td colspan="3">Nog geen contacten.</td></tr>'}</tbody></table>`;
}

function ending(t: TrajectoryView): string {
  if (!t.outcome)
    return `<h2>Vervolg</h2><p>Het traject loopt. ${t.advice === ScreeningAdvice.NOT_FEASIBLE ? 'Het advies is het tweede spoor niet voort te zetten.' : 'De begeleiding naar werk gaat door volgens het advies.'}</p>`;
  return `<h2>Afsluiting</h2><p>Afgesloten op ${date(t.closedOn)}: ${OUTCOMES_NL[t.outcome]} (${SUCCESS_OUTCOMES.has(t.outcome) ? 'telt als geslaagd' : 'telt niet als geslaagd'}).${t.closingNote ? ` ${text(t.closingNote)}` : ''}</p>`;
}

/**
 * A trajectory's report as print-ready HTML in Dutch, in the order a UWV assessor reads one: who, what was done,
 * conclusions, next steps. The health domain, the functional-capacity note and the candidate's own progress notes
 * are in it only for a reader who sees the whole trajectory (counsellor, candidate); everyone else reads that the
 * health details were left out.
 */
export function renderTrajectoryReportHtml(meta: ReportMeta, t: TrajectoryView, withHealth: boolean): string {
  const title = `${REPORT_TITLES_NL[meta.kind]} – traject ${text(t.candidatePublicCode)}`;
  const body = [
    `<header><h1>${title}</h1><p>Versie ${meta.version}, opgesteld door ${text(meta.generatedBy)} op ${escapeHtml(localDateText(regionToday(meta.generatedAt), 'nl'))}.</p></header>`,
    `<h2>Wie</h2>${facts(t)}`,
    preconditions(t),
    screening(t, withHealth),
    conclusions(t),
    plan(t),
    progressNotes(t, withHealth),
    contacts(t),
    ending(t),
    `<footer>${withHealth ? 'Deze versie bevat gezondheidsgegevens: alleen voor de trajectbegeleider en de kandidaat.' : 'Gezondheidsgegevens (het domein gezondheid en de belastbaarheid) zijn weggelaten; ze blijven bij de trajectbegeleider.'} Werkbrug.</footer>`,
  ].join('\n');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title><style>${CSS}</style></head><body>${body}</body></html>`;
}
