import type { AgendaEntry, ParticipantAgenda, SessionSummary, SlotTimes, TablePlan } from './agenda.types';
import { escapeHtml, renderAgendaHtml, renderTablePlanHtml } from './session-print';

const SESSION: SessionSummary = {
  id: 's1',
  title: 'Kennismakingsdag Zorg',
  venue: 'Stadhuis Zwolle',
  date: '2026-12-03',
  timeZone: 'Europe/Amsterdam',
  planVersion: 2,
  publishedAt: new Date('2026-11-20T08:30:00Z'),
};

const SLOTS: SlotTimes[] = [
  { slot: 0, startsAt: new Date('2026-12-03T09:00:00Z'), endsAt: new Date('2026-12-03T09:15:00Z') },
  { slot: 1, startsAt: new Date('2026-12-03T09:20:00Z'), endsAt: new Date('2026-12-03T09:35:00Z') },
];

function plan(overrides: Partial<TablePlan> = {}): TablePlan {
  return {
    session: SESSION,
    slots: SLOTS,
    tables: [
      {
        table: 1,
        cells: [
          {
            meetingId: 'm1',
            employer: 'Isala',
            representative: 1,
            candidate: 'K-AAAA',
            locked: false,
            outcome: null,
          },
          {
            meetingId: 'm2',
            employer: 'Isala',
            representative: 1,
            candidate: 'K-BBBB',
            locked: false,
            outcome: null,
          },
        ],
      },
      {
        table: 2,
        cells: [
          null,
          {
            meetingId: 'm3',
            employer: 'Deventer Ziekenhuis',
            representative: 2,
            candidate: 'K-CCCC',
            locked: false,
            outcome: null,
          },
        ],
      },
    ],
    ...overrides,
  };
}

function entry(overrides: Partial<AgendaEntry> = {}): AgendaEntry {
  return {
    ...SLOTS[0],
    meetingId: 'm1',
    table: 1,
    representative: 1,
    counterpart: 'Isala',
    vacancyTitle: 'Verpleegkundige',
    ...overrides,
  };
}

function agenda(overrides: Partial<ParticipantAgenda> = {}): ParticipantAgenda {
  return {
    session: SESSION,
    participantKind: 'CANDIDATE',
    participantLabel: 'K-AAAA',
    entries: [entry()],
    ...overrides,
  };
}

/** The <tr> elements of the body, each as a list of cell contents (th and td alike). */
function bodyRows(html: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => cell[1]),
  );
}

function headCells(html: string): string[] {
  const head = /<thead>([\s\S]*?)<\/thead>/.exec(html)?.[1] ?? '';
  return [...head.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((cell) => cell[1]);
}

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
  });
});

describe('renderTablePlanHtml', () => {
  it('is a Dutch HTML5 document with landscape print CSS', () => {
    const html = renderTablePlanHtml(plan());
    expect(html.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Tafelindeling / Table plan – Kennismakingsdag Zorg</title>');
    expect(html).toContain('@page { size: A4 landscape; margin: 12mm; }');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('break-inside: avoid;');
    expect(html).toContain('<h1>Kennismakingsdag Zorg</h1>');
    expect(html).toContain('Stadhuis Zwolle · donderdag 3 december 2026');
  });

  it('has a column per slot in the session time zone and a row per table', () => {
    const html = renderTablePlanHtml(plan());
    expect(headCells(html)).toEqual(['Tafel / Table', '10:00–10:15', '10:20–10:35']);
    expect(bodyRows(html)).toEqual([
      ['Tafel / Table 1', 'Isala (vert. 1) – K-AAAA', 'Isala (vert. 1) – K-BBBB'],
      ['Tafel / Table 2', '', 'Deventer Ziekenhuis (vert. 2) – K-CCCC'],
    ]);
  });

  it('escapes names from the data', () => {
    const html = renderTablePlanHtml(
      plan({
        session: { ...SESSION, title: 'Zorg & <b>Welzijn</b>' },
        tables: [
          {
            table: 1,
            cells: [
              {
                meetingId: 'm1',
                employer: '<script>alert(1)</script>',
                representative: 1,
                candidate: 'K"1',
                locked: false,
                outcome: null,
              },
              null,
            ],
          },
        ],
      }),
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; (vert. 1) – K&quot;1');
    expect(html).toContain('<h1>Zorg &amp; &lt;b&gt;Welzijn&lt;/b&gt;</h1>');
  });
});

describe('renderAgendaHtml', () => {
  it('lists time, table, counterpart and vacancy in portrait layout', () => {
    const html = renderAgendaHtml(agenda());
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('@page { size: A4 portrait; margin: 15mm; }');
    expect(html).toContain('Kandidaat / Candidate: <strong>K-AAAA</strong>');
    expect(headCells(html)).toEqual([
      'Tijd / Time',
      'Tafel / Table',
      'Gesprek met / Meeting with',
      'Vacature / Vacancy',
    ]);
    expect(bodyRows(html)).toEqual([['10:00–10:15', '1', 'Isala', 'Verpleegkundige']]);
  });

  it('shows the representative to employers and sorts by time', () => {
    const html = renderAgendaHtml(
      agenda({
        participantKind: 'EMPLOYER',
        participantLabel: 'Isala',
        entries: [
          entry({
            ...SLOTS[1],
            meetingId: 'm2',
            counterpart: 'K-BBBB',
            representative: 2,
            vacancyTitle: null,
          }),
          entry({ counterpart: 'K-AAAA' }),
        ],
      }),
    );
    expect(html).toContain('Werkgever / Employer: <strong>Isala</strong>');
    expect(headCells(html)).toContain('Vertegenwoordiger / Representative');
    expect(bodyRows(html)).toEqual([
      ['10:00–10:15', '1', '1', 'K-AAAA', 'Verpleegkundige'],
      ['10:20–10:35', '1', '2', 'K-BBBB', ''],
    ]);
  });

  it('says so when there are no meetings', () => {
    const html = renderAgendaHtml(agenda({ entries: [] }));
    expect(html).toContain('Er zijn (nog) geen gesprekken gepland. / No meetings planned (yet).');
    expect(html).not.toContain('<table');
  });

  it('escapes the participant, counterpart and vacancy', () => {
    const html = renderAgendaHtml(
      agenda({
        participantLabel: '<script>x</script>',
        entries: [entry({ counterpart: "O'Brien & <Zn>", vacancyTitle: '<img src=x onerror=alert(1)>' })],
      }),
    );
    expect(html).not.toMatch(/<script|<img|<Zn>/);
    expect(html).toContain('<strong>&lt;script&gt;x&lt;/script&gt;</strong>');
    expect(bodyRows(html)[0]).toEqual([
      '10:00–10:15',
      '1',
      'O&#39;Brien &amp; &lt;Zn&gt;',
      '&lt;img src=x onerror=alert(1)&gt;',
    ]);
  });
});
