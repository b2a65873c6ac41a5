import { definedFields, InvalidInputError } from '@werkbrug/core';
import {
  sessionSlotTimes,
  type AgendaView,
  type MeetAndGreetSessionEntity,
  type ParticipantRef,
  type SessionSetup,
  type SessionUnmetWishEntity,
  type TablePlan,
  type UnmetReason,
} from '@werkbrug/sessions';
import type { ParticipantInput, SessionSetupInput, UpdateSessionSetupInput } from './dto/session.input';
import type { SessionAgenda, SessionTablePlan, UnmetWish } from './models/participation.model';
import type { MeetAndGreetSession } from './models/session.model';

/** The API counts slots from 1, as people do; the domain from 0. */
export const toSlotIndices = (slots: readonly number[]) => slots.map((s) => s - 1);
export const toSlotNumbers = (slots: readonly number[]) => slots.map((s) => s + 1);

const toBreaks = (breaks: SessionSetupInput['breaks']) =>
  breaks.map((b) => ({ afterSlot: b.afterSlot - 1, minutes: b.minutes }));

export function toSetup(input: SessionSetupInput): SessionSetup {
  return { ...input, breaks: toBreaks(input.breaks) };
}

/** Only what the client sent: the service keeps the stored value of everything else. */
export function toSetupChanges(input: UpdateSessionSetupInput): Partial<SessionSetup> {
  const { breaks, ...rest } = definedFields(input);
  return breaks ? { ...rest, breaks: toBreaks(breaks) } : rest;
}

export function toParticipant(input: ParticipantInput): ParticipantRef {
  if (input.candidateId && !input.employerId) return { candidateId: input.candidateId };
  if (input.employerId && !input.candidateId) return { employerId: input.employerId };
  throw new InvalidInputError(
    {
      en: 'Give exactly one of candidateId and employerId.',
      nl: 'Geef precies één van candidateId en employerId.',
    },
    { field: 'participant' },
  );
}

export function toSessionModel(s: MeetAndGreetSessionEntity): MeetAndGreetSession {
  return {
    id: s.id,
    regionCode: s.regionCode,
    networkId: s.networkId,
    title: s.title,
    venue: s.venue,
    date: s.sessionDate,
    timeZone: s.timeZone,
    firstSlotStart: s.firstSlotStart,
    slotMinutes: s.slotMinutes,
    slotCount: s.slotCount,
    breaks: s.breaks.map((b) => ({ afterSlot: b.afterSlot + 1, minutes: b.minutes })),
    slots: sessionSlotTimes(s).map((t) => ({
      number: t.slot + 1,
      startsAt: t.startsAt,
      endsAt: t.endsAt,
    })),
    tableCount: s.tableCount,
    maxMeetingsPerCandidate: s.maxMeetingsPerCandidate,
    maxMeetingsPerRepresentative: s.maxMeetingsPerRepresentative,
    minMeetingsPerCandidate: s.minMeetingsPerCandidate,
    registrationDeadline: s.registrationDeadline,
    status: s.status,
    planStatus: s.planStatus,
    planCurrent: s.plannedInputVersion === s.inputVersion,
    planVersion: s.planVersion,
    planFigures: s.planFigures,
    planError: s.planError,
    plannedAt: s.plannedAt,
    publishedAt: s.publishedAt,
  };
}

export function toAgendaModel(agenda: AgendaView): SessionAgenda {
  return {
    sessionId: agenda.session.id,
    participantKind: agenda.participantKind,
    participantLabel: agenda.participantLabel,
    published: agenda.published,
    changedSinceSeen: agenda.changedSinceSeen,
    calendarUrl: agenda.calendarPath,
    entries: agenda.entries.map((e) => ({ ...e, slot: e.slot + 1 })),
  };
}

export function toTablePlanModel(plan: TablePlan): SessionTablePlan {
  return {
    sessionId: plan.session.id,
    tables: plan.tables.map((t) => ({ table: t.table, cells: [...t.cells] })),
    printUrl: `/sessions/${plan.session.id}/table-plan.html`,
  };
}

const REASONS: Record<UnmetReason, { en: string; nl: string }> = {
  CANDIDATE_NOT_ATTENDING: { en: 'The candidate does not attend.', nl: 'De kandidaat komt niet.' },
  EMPLOYER_NOT_ATTENDING: { en: 'The employer does not attend.', nl: 'De werkgever komt niet.' },
  DECLINED_BY_OTHER_SIDE: {
    en: 'The other side said no thanks.',
    nl: 'De andere kant heeft nee bedankt gezegd.',
  },
  OWN_EMPLOYER: {
    en: 'The candidate works for this employer.',
    nl: 'De kandidaat werkt bij deze werkgever.',
  },
  PROFILE_NOT_SHARED: {
    en: 'The candidate has not shared their profile with this employer.',
    nl: 'De kandidaat heeft het profiel niet met deze werkgever gedeeld.',
  },
  NO_COMMON_SLOT: { en: 'There is no slot both can make.', nl: 'Er is geen tijdslot waarop beiden kunnen.' },
  CANDIDATE_AGENDA_FULL: {
    en: 'The candidate’s agenda is full with meetings that weigh more.',
    nl: 'De agenda van de kandidaat is vol met gesprekken die zwaarder wegen.',
  },
  EMPLOYER_AGENDA_FULL: {
    en: 'The employer’s representatives are fully booked with meetings that weigh more.',
    nl: 'De vertegenwoordigers van de werkgever zijn volgeboekt met gesprekken die zwaarder wegen.',
  },
  COMMON_SLOTS_TAKEN: {
    en: 'In every slot both can make, one of them already has a meeting or all tables are taken.',
    nl: 'In elk tijdslot waarop beiden kunnen, heeft een van hen al een gesprek of zijn alle tafels bezet.',
  },
};

export function toUnmetWishModel(w: SessionUnmetWishEntity): UnmetWish {
  const text = REASONS[w.reason as UnmetReason] ?? { en: w.reason, nl: w.reason };
  return {
    candidateId: w.candidateId,
    employerId: w.employerId,
    side: w.side,
    kind: w.kind,
    reason: w.reason,
    explanation: text.en,
    explanationNl: text.nl,
  };
}
