import type { MeetingOutcome } from './session.enums';

/**
 * What a participant's agenda and the venue's table plan hold once ids are resolved to what people may see:
 * employers by name, candidates only by their anonymous public code (their identity is never part of a plan).
 * The GraphQL models, the iCalendar feed and the printable schedule are all built from these.
 */
export interface SessionSummary {
  readonly id: string;
  readonly title: string;
  readonly venue: string;
  /** Calendar date of the session, YYYY-MM-DD, in the session's time zone. */
  readonly date: string;
  readonly timeZone: string;
  /** Increases whenever the published plan changes; iCalendar SEQUENCE. */
  readonly planVersion: number;
  readonly publishedAt: Date | null;
}

export interface SlotTimes {
  /** 0-based slot index. */
  readonly slot: number;
  readonly startsAt: Date;
  readonly endsAt: Date;
}

export type ParticipantKind = 'CANDIDATE' | 'EMPLOYER';

export interface AgendaEntry extends SlotTimes {
  readonly meetingId: string;
  /** 1-based, as printed on the table cards. */
  readonly table: number;
  /** 1-based: which of the employer's representatives. */
  readonly representative: number;
  /** The employer's name for a candidate; the candidate's public code for an employer. */
  readonly counterpart: string;
  readonly vacancyTitle: string | null;
}

export interface ParticipantAgenda {
  readonly session: SessionSummary;
  readonly participantKind: ParticipantKind;
  /** The employer's name, or the candidate's public code. */
  readonly participantLabel: string;
  readonly entries: readonly AgendaEntry[];
}

export interface TablePlanCell {
  readonly meetingId: string;
  readonly employer: string;
  readonly representative: number;
  readonly candidate: string;
  /** Kept in its seat and slot when the session is planned again. */
  readonly locked: boolean;
  /** What came of it, once recorded. */
  readonly outcome: MeetingOutcome | null;
}

export interface TablePlan {
  readonly session: SessionSummary;
  readonly slots: readonly SlotTimes[];
  /** One row per table (1-based), one cell per slot (null when the table is free). */
  readonly tables: ReadonlyArray<{
    readonly table: number;
    readonly cells: ReadonlyArray<TablePlanCell | null>;
  }>;
}
