import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { SessionBreak } from './session-slots';
import {
  MeetingOutcome,
  ParticipationStatus,
  PlanStatus,
  SessionStatus,
  WishKind,
  WishSide,
} from './session.enums';

@Entity('meet_and_greet_session')
export class MeetAndGreetSessionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('varchar', { name: 'region_code', length: 4 }) regionCode!: string;
  /** A session of an employer network: only its active members' candidates and employers take part. */
  @Column('uuid', { name: 'network_id', nullable: true }) networkId!: string | null;
  @Column('text') title!: string;
  @Column('text') venue!: string;
  @Column('date', { name: 'session_date' }) sessionDate!: string;
  @Column('text', { name: 'time_zone' }) timeZone!: string;
  /** Local time of the first slot, HH:MM. */
  @Column('text', { name: 'first_slot_start' }) firstSlotStart!: string;
  @Column('smallint', { name: 'slot_minutes' }) slotMinutes!: number;
  @Column('smallint', { name: 'slot_count' }) slotCount!: number;
  @Column('jsonb') breaks!: SessionBreak[];
  @Column('smallint', { name: 'table_count' }) tableCount!: number;
  @Column('smallint', { name: 'max_meetings_per_candidate' }) maxMeetingsPerCandidate!: number;
  @Column('smallint', { name: 'max_meetings_per_representative' }) maxMeetingsPerRepresentative!: number;
  @Column('smallint', { name: 'min_meetings_per_candidate' }) minMeetingsPerCandidate!: number;
  @Column('timestamptz', { name: 'registration_deadline' }) registrationDeadline!: Date;
  @Column('text') status!: SessionStatus;
  @Column('text', { name: 'plan_status' }) planStatus!: PlanStatus;
  /** Bumped by every change that needs a new plan; a planning job stores its plan only if it saw the latest. */
  @Column('integer', { name: 'input_version' }) inputVersion!: number;
  @Column('integer', { name: 'planned_input_version' }) plannedInputVersion!: number;
  /** Bumped whenever stored meetings change; iCalendar SEQUENCE. */
  @Column('integer', { name: 'plan_version' }) planVersion!: number;
  @Column('jsonb', { name: 'plan_figures', nullable: true }) planFigures!: PlanFigures | null;
  @Column('text', { name: 'plan_error', nullable: true }) planError!: string | null;
  @Column('timestamptz', { name: 'planned_at', nullable: true }) plannedAt!: Date | null;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt!: Date | null;
  @Column('uuid', { name: 'created_by_user_id' }) createdByUserId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

/** What the last planning run achieved, for the coordinator. */
export interface PlanFigures {
  meetings: number;
  objective: number;
  upperBound: number;
  seconds: number;
  candidatesBelowFloor: number;
  kept?: number;
  changed?: number;
  added?: number;
}

/** Shared columns of the two kinds of participant. */
abstract class ParticipantColumns {
  @PrimaryColumn('uuid', { name: 'session_id' }) sessionId!: string;
  @Column('text') status!: ParticipationStatus;
  @Column('smallint', { name: 'blocked_slots', array: true }) blockedSlots!: number[];
  /** Registered after the plan was published: planned in by a re-plan. */
  @Column('boolean', { name: 'late' }) late!: boolean;
  /** Secret of the participant's calendar feed URL (calendar apps cannot log in). */
  @Column('text', { name: 'calendar_token' }) calendarToken!: string;
  /** Bumped when a published agenda of theirs changes; seen_agenda_version is what they have acknowledged. */
  @Column('integer', { name: 'agenda_version' }) agendaVersion!: number;
  @Column('integer', { name: 'seen_agenda_version' }) seenAgendaVersion!: number;
  @Column('timestamptz', { name: 'invited_at' }) invitedAt!: Date;
  @Column('timestamptz', { name: 'responded_at', nullable: true }) respondedAt!: Date | null;
}

@Entity('session_candidate')
export class SessionCandidateEntity extends ParticipantColumns {
  @PrimaryColumn('uuid', { name: 'candidate_id' }) candidateId!: string;
}

@Entity('session_employer')
export class SessionEmployerEntity extends ParticipantColumns {
  @PrimaryColumn('uuid', { name: 'employer_id' }) employerId!: string;
  @Column('smallint') representatives!: number;
}

@Entity('session_wish')
export class SessionWishEntity {
  @PrimaryColumn('uuid', { name: 'session_id' }) sessionId!: string;
  @PrimaryColumn('uuid', { name: 'candidate_id' }) candidateId!: string;
  @PrimaryColumn('uuid', { name: 'employer_id' }) employerId!: string;
  @PrimaryColumn('text') side!: WishSide;
  @Column('text') kind!: WishKind;
  @Column('uuid', { name: 'set_by_user_id' }) setByUserId!: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

@Entity('session_meeting')
export class SessionMeetingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'session_id' }) sessionId!: string;
  @Column('uuid', { name: 'candidate_id' }) candidateId!: string;
  @Column('uuid', { name: 'employer_id' }) employerId!: string;
  /** The employer's best-matching vacancy for this candidate, if any: the outcome moves that match on. */
  @Column('uuid', { name: 'vacancy_id', nullable: true }) vacancyId!: string | null;
  @Column('smallint') slot!: number;
  @Column('smallint') representative!: number;
  @Column('smallint', { name: 'table_no' }) tableNo!: number;
  @Column('real', { name: 'match_score', nullable: true }) matchScore!: number | null;
  @Column('boolean') locked!: boolean;
  @Column('text', { nullable: true }) outcome!: MeetingOutcome | null;
  @Column('text', { name: 'outcome_note', nullable: true }) outcomeNote!: string | null;
  @Column('uuid', { name: 'outcome_by_user_id', nullable: true }) outcomeByUserId!: string | null;
  @Column('timestamptz', { name: 'outcome_at', nullable: true }) outcomeAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('session_unmet_wish')
export class SessionUnmetWishEntity {
  @PrimaryColumn('uuid', { name: 'session_id' }) sessionId!: string;
  @PrimaryColumn('uuid', { name: 'candidate_id' }) candidateId!: string;
  @PrimaryColumn('uuid', { name: 'employer_id' }) employerId!: string;
  @PrimaryColumn('text') side!: WishSide;
  @Column('text') kind!: WishKind;
  @Column('text') reason!: string;
}

export const SESSION_ENTITIES = [
  MeetAndGreetSessionEntity,
  SessionCandidateEntity,
  SessionEmployerEntity,
  SessionWishEntity,
  SessionMeetingEntity,
  SessionUnmetWishEntity,
];
