import type {
  AgendaEntry,
  ParticipantAgenda,
  SessionSummary,
  SlotTimes,
  TablePlan,
  TablePlanCell,
} from './agenda.types';
import { escapeHtml } from '@werkbrug/core/html';

export { escapeHtml };

const BASE_CSS = `
  body { font-family: Arial, Helvetica, sans-serif; font-size: 10pt; color: #000; margin: 0; }
  header h1 { font-size: 16pt; margin: 0 0 4pt; }
  header p { margin: 0 0 8pt; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #000; padding: 4pt 6pt; text-align: left; vertical-align: top; }
  th { background: #eee; }
  /* Repeat the column headings on every printed page, and never cut a row in half. */
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  .note { font-style: italic; }
  footer { margin-top: 8pt; font-size: 8pt; }
`;

/** The venue's wall chart: one row per table, one column per time slot. */
export function renderTablePlanHtml(plan: TablePlan): string {
  const { session } = plan;
  const timeOf = timeFormatter(session.timeZone);
  const headings = plan.slots
    .map((slot) => `<th scope="col">${escapeHtml(slotLabel(slot, timeOf))}</th>`)
    .join('');
  const rows = plan.tables
    .map((row) => {
      // Cells line up with plan.slots by position; a short row means the remaining slots are free.
      const cells = plan.slots.map((_, index) => `<td>${planCell(row.cells[index] ?? null)}</td>`).join('');
      return `<tr><th scope="row">Tafel / Table ${row.table}</th>${cells}</tr>`;
    })
    .join('\n');
  return htmlDocument({
    title: `Tafelindeling / Table plan – ${session.title}`,
    pageCss: '@page { size: A4 landscape; margin: 12mm; }',
    body: `${sessionHeader(session)}
<table class="table-plan">
<thead><tr><th scope="col">Tafel / Table</th>${headings}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
<footer>vert. = vertegenwoordiger / representative</footer>`,
  });
}

/** One participant's printable agenda, handed out at the door. */
export function renderAgendaHtml(agenda: ParticipantAgenda): string {
  const { session } = agenda;
  const timeOf = timeFormatter(session.timeZone);
  const isEmployer = agenda.participantKind === 'EMPLOYER';
  const role = isEmployer ? 'Werkgever / Employer' : 'Kandidaat / Candidate';
  const entries = [...agenda.entries].sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.table - b.table,
  );
  const representativeHeading = isEmployer ? '<th scope="col">Vertegenwoordiger / Representative</th>' : '';
  const rows = entries.map((entry) => agendaRow(entry, timeOf, isEmployer)).join('\n');
  const content =
    entries.length === 0
      ? '<p class="note">Er zijn (nog) geen gesprekken gepland. / No meetings planned (yet).</p>'
      : `<table class="agenda">
<thead><tr><th scope="col">Tijd / Time</th><th scope="col">Tafel / Table</th>${representativeHeading}<th scope="col">Gesprek met / Meeting with</th><th scope="col">Vacature / Vacancy</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
  return htmlDocument({
    title: `Agenda – ${agenda.participantLabel} – ${session.title}`,
    pageCss: '@page { size: A4 portrait; margin: 15mm; }',
    body: `${sessionHeader(session)}
<p class="participant">${role}: <strong>${escapeHtml(agenda.participantLabel)}</strong></p>
${content}`,
  });
}

type TimeOf = (date: Date) => string;

function timeFormatter(timeZone: string): TimeOf {
  // Times are printed as the venue's wall clock shows them, whatever zone the server runs in.
  const format = new Intl.DateTimeFormat('nl-NL', { timeZone, hour: '2-digit', minute: '2-digit' });
  return (date) => format.format(date);
}

function slotLabel(slot: SlotTimes, timeOf: TimeOf): string {
  return `${timeOf(slot.startsAt)}–${timeOf(slot.endsAt)}`;
}

function planCell(cell: TablePlanCell | null): string {
  if (!cell) return '';
  return `${escapeHtml(cell.employer)} (vert. ${cell.representative}) – ${escapeHtml(cell.candidate)}`;
}

function agendaRow(entry: AgendaEntry, timeOf: TimeOf, isEmployer: boolean): string {
  const representative = isEmployer ? `<td>${entry.representative}</td>` : '';
  return (
    `<tr><td>${escapeHtml(slotLabel(entry, timeOf))}</td><td>${entry.table}</td>${representative}` +
    `<td>${escapeHtml(entry.counterpart)}</td><td>${escapeHtml(entry.vacancyTitle ?? '')}</td></tr>`
  );
}

function sessionHeader(session: SessionSummary): string {
  return `<header>
<h1>${escapeHtml(session.title)}</h1>
<p>${escapeHtml(session.venue)} · ${escapeHtml(formatSessionDate(session.date))}</p>
</header>`;
}

const LONG_DATE = new Intl.DateTimeFormat('nl-NL', {
  // session.date is already a calendar date in the session's zone; formatting in UTC keeps it that day.
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

function formatSessionDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : LONG_DATE.format(parsed);
}

function htmlDocument(parts: { title: string; pageCss: string; body: string }): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>${escapeHtml(parts.title)}</title>
<style>
  ${parts.pageCss}
${BASE_CSS}</style>
</head>
<body>
${parts.body}
</body>
</html>
`;
}
