import type { AgendaEntry, ParticipantAgenda, SessionSummary } from './agenda.types';
import { renderAgendaCalendar } from './session-calendar';

const SESSION: SessionSummary = {
  id: 's1',
  title: 'Kennismakingsdag Zorg',
  venue: 'Stadhuis Zwolle',
  date: '2026-12-03',
  timeZone: 'Europe/Amsterdam',
  planVersion: 4,
  publishedAt: new Date('2026-11-20T08:30:00Z'),
};

function entry(overrides: Partial<AgendaEntry> = {}): AgendaEntry {
  return {
    slot: 0,
    startsAt: new Date('2026-12-03T09:00:00Z'),
    endsAt: new Date('2026-12-03T09:15:00Z'),
    meetingId: 'm-1',
    table: 3,
    representative: 2,
    counterpart: 'Isala Ziekenhuis',
    vacancyTitle: 'Verpleegkundige',
    ...overrides,
  };
}

function agenda(overrides: Partial<ParticipantAgenda> = {}): ParticipantAgenda {
  return {
    session: SESSION,
    participantKind: 'CANDIDATE',
    participantLabel: 'K-7QX2',
    entries: [entry()],
    ...overrides,
  };
}

/** RFC 5545 folds long lines at 75 octets; assertions are about content, so undo that first. */
function unfold(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, '');
}

function lines(ics: string): string[] {
  return unfold(ics).split('\r\n');
}

function events(ics: string): string[][] {
  const all = lines(ics);
  const result: string[][] = [];
  let current: string[] | null = null;
  for (const line of all) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT' && current) {
      result.push(current);
      current = null;
    } else current?.push(line);
  }
  return result;
}

describe('renderAgendaCalendar', () => {
  it('writes a publishable calendar with name, product id and time zone name', () => {
    const ics = renderAgendaCalendar(agenda());
    const all = lines(ics);
    expect(all[0]).toBe('BEGIN:VCALENDAR');
    expect(all).toContain('VERSION:2.0');
    expect(all).toContain('METHOD:PUBLISH');
    expect(all).toContain('PRODID:-//Werkbrug//Meet-and-greet//NL');
    expect(all).toContain('X-WR-CALNAME:Werkbrug: Kennismakingsdag Zorg');
    expect(all).toContain('X-WR-TIMEZONE:Europe/Amsterdam');
    expect(all[all.length - 1]).toBe('END:VCALENDAR');
  });

  it('gives each meeting a stable UID, the plan version as SEQUENCE and UTC times', () => {
    const ics = renderAgendaCalendar(
      agenda({
        entries: [
          entry(),
          entry({
            slot: 1,
            meetingId: 'm-2',
            startsAt: new Date('2026-12-03T09:20:00Z'),
            endsAt: new Date('2026-12-03T09:35:00Z'),
          }),
        ],
      }),
    );
    const [first, second] = events(ics);
    expect(events(ics)).toHaveLength(2);
    expect(first).toEqual(
      expect.arrayContaining([
        'UID:meeting-m-1@werkbrug',
        'SEQUENCE:4',
        'DTSTAMP:20261120T083000Z',
        'DTSTART:20261203T090000Z',
        'DTEND:20261203T091500Z',
        'STATUS:CONFIRMED',
        'SUMMARY:Kennismaking / Meeting: Isala Ziekenhuis',
        'LOCATION:Stadhuis Zwolle\\, tafel 3',
      ]),
    );
    expect(second).toEqual(
      expect.arrayContaining([
        'UID:meeting-m-2@werkbrug',
        'SEQUENCE:4',
        'DTSTART:20261203T092000Z',
        'DTEND:20261203T093500Z',
      ]),
    );
  });

  it('is deterministic and stamps an unpublished plan with the epoch', () => {
    const unpublished = agenda({ session: { ...SESSION, publishedAt: null } });
    const ics = renderAgendaCalendar(unpublished);
    expect(lines(ics)).toContain('DTSTAMP:19700101T000000Z');
    expect(renderAgendaCalendar(unpublished)).toBe(ics);
  });

  it('describes the meeting in Dutch and English, without a representative for candidates', () => {
    const description = events(renderAgendaCalendar(agenda()))[0].find((l) => l.startsWith('DESCRIPTION:'));
    expect(description).toBe(
      'DESCRIPTION:Kennismakingsdag Zorg\\nTafel / Table: 3\\nGesprek met / Meeting with: Isala Ziekenhuis' +
        '\\nVacature / Vacancy: Verpleegkundige',
    );
  });

  it('names the representative for employers and leaves out a missing vacancy', () => {
    const ics = renderAgendaCalendar(
      agenda({
        participantKind: 'EMPLOYER',
        participantLabel: 'Isala Ziekenhuis',
        entries: [entry({ counterpart: 'K-7QX2', vacancyTitle: null })],
      }),
    );
    const description = events(ics)[0].find((l) => l.startsWith('DESCRIPTION:'));
    expect(description).toBe(
      'DESCRIPTION:Kennismakingsdag Zorg\\nTafel / Table: 3\\nGesprek met / Meeting with: K-7QX2' +
        '\\nVertegenwoordiger 2 / Representative 2',
    );
  });

  it('escapes commas, semicolons and newlines in text from the data', () => {
    const ics = renderAgendaCalendar(
      agenda({
        session: { ...SESSION, title: 'Zorg; Welzijn,\nOnderwijs', venue: 'Hal 1; ingang B, Zwolle' },
        entries: [entry({ counterpart: 'Bakker, Zn; BV\nNoord', vacancyTitle: 'Kok; leerling, BBL' })],
      }),
    );
    const all = lines(ics);
    expect(all).toContain('X-WR-CALNAME:Werkbrug: Zorg\\; Welzijn\\,\\nOnderwijs');
    expect(all).toContain('SUMMARY:Kennismaking / Meeting: Bakker\\, Zn\\; BV\\nNoord');
    expect(all).toContain('LOCATION:Hal 1\\; ingang B\\, Zwolle\\, tafel 3');
    const description = all.find((l) => l.startsWith('DESCRIPTION:'));
    expect(description).toContain('Vacature / Vacancy: Kok\\; leerling\\, BBL');
    // A raw line break from the data would end the property early and let the rest inject new ones.
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('gives a valid calendar without events for an empty agenda', () => {
    const ics = renderAgendaCalendar(agenda({ entries: [] }));
    const all = lines(ics);
    expect(all[0]).toBe('BEGIN:VCALENDAR');
    expect(all).toContain('METHOD:PUBLISH');
    expect(all[all.length - 1]).toBe('END:VCALENDAR');
    expect(ics).not.toContain('BEGIN:VEVENT');
  });
});
