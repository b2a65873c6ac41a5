import ical, { escape, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { AgendaEntry, ParticipantAgenda } from './agenda.types';

const PROD_ID = '//Werkbrug//Meet-and-greet//NL';
/** DTSTAMP for a plan that was never published: a fixed value keeps the feed byte-for-byte reproducible. */
const NEVER_PUBLISHED = new Date(0);

/**
 * One participant's meet-and-greet agenda as an iCalendar (RFC 5545) feed.
 *
 * Deterministic on purpose (no clock): the same plan version always yields the same bytes, so feeds can be
 * cached and compared. Calendar clients match events by UID and keep the highest SEQUENCE, which is why the
 * UID derives from the meeting and SEQUENCE from the plan version: a re-planned agenda updates events in place.
 */
export function renderAgendaCalendar(agenda: ParticipantAgenda): string {
  const { session } = agenda;
  const calendar = ical({
    method: ICalCalendarMethod.PUBLISH,
    prodId: PROD_ID,
    // ical-generator writes NAME/X-WR-CALNAME verbatim, so a title with a newline could inject properties.
    name: escape(`Werkbrug: ${session.title}`, false),
    // Deliberately not the `timezone` option: with plain Dates it makes ical-generator write DTSTART, DTEND and
    // DTSTAMP as floating times in the *server's* zone (no Z, no TZID). UTC times are unambiguous; the zone
    // name only tells clients how to display the calendar.
    x: { 'X-WR-TIMEZONE': session.timeZone },
  });
  const stamp = session.publishedAt ?? NEVER_PUBLISHED;
  for (const entry of agenda.entries) {
    calendar.createEvent({
      id: `meeting-${entry.meetingId}@werkbrug`,
      sequence: session.planVersion,
      stamp,
      start: entry.startsAt,
      end: entry.endsAt,
      status: ICalEventStatus.CONFIRMED,
      summary: `Kennismaking / Meeting: ${entry.counterpart}`,
      location: `${session.venue}, tafel ${entry.table}`,
      description: describeEntry(agenda, entry),
    });
  }
  return calendar.toString();
}

function describeEntry(agenda: ParticipantAgenda, entry: AgendaEntry): string {
  const lines = [
    `${agenda.session.title}`,
    `Tafel / Table: ${entry.table}`,
    `Gesprek met / Meeting with: ${entry.counterpart}`,
  ];
  // Employers send several representatives; each needs to know which row of the plan is theirs.
  if (agenda.participantKind === 'EMPLOYER') {
    lines.push(`Vertegenwoordiger ${entry.representative} / Representative ${entry.representative}`);
  }
  if (entry.vacancyTitle) {
    lines.push(`Vacature / Vacancy: ${entry.vacancyTitle}`);
  }
  return lines.join('\n');
}
