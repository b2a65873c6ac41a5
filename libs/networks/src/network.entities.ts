import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type MembershipStatus = 'INVITED' | 'ACTIVE' | 'LEFT';
export type SoughtKind =
  'TEMPORARY_EXPERIENCE' | 'SECONDMENT' | 'REINTEGRATION_PLACE' | 'PROJECT_WORK' | 'CAREER_STEP';
export type AnswerKind = 'VACANCY' | 'SECONDMENT_PLACE' | 'PROJECT' | 'CONVERSATION' | 'NOT_NOW';
export type RequestStatus = 'OPEN' | 'CLOSED';

/** A named group of participating employers inside a region, e.g. the care organisations of a sector network. */
@Entity('employer_network')
export class EmployerNetworkEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('varchar', { name: 'region_code', length: 4 }) regionCode!: string;
  @Column('text') name!: string;
  @Column('text') description!: string;
  /** The shortest commitment a member makes: six months unless the network agrees otherwise. */
  @Column('int', { name: 'minimum_commitment_months' }) minimumCommitmentMonths!: number;
  /** A member that has not answered a request after this many days is reminded (and again after as many). */
  @Column('int', { name: 'reminder_after_days' }) reminderAfterDays!: number;
  @Column('uuid', { name: 'created_by_user_id' }) createdByUserId!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

/**
 * An employer's place in a network: invited until one of its HR leads joins with a commitment period and the
 * HR contact colleagues may call (staff contact details, never a candidate's).
 */
@Entity('employer_network_member')
export class NetworkMemberEntity {
  @PrimaryColumn('uuid', { name: 'network_id' }) networkId!: string;
  @PrimaryColumn('uuid', { name: 'employer_id' }) employerId!: string;
  @Column('text') status!: MembershipStatus;
  @Column('date', { name: 'commitment_start', nullable: true }) commitmentStart!: string | null;
  @Column('date', { name: 'commitment_end', nullable: true }) commitmentEnd!: string | null;
  @Column('text', { name: 'contact_name', nullable: true }) contactName!: string | null;
  @Column('text', { name: 'contact_phone', nullable: true }) contactPhone!: string | null;
  @Column('text', { name: 'contact_email', nullable: true }) contactEmail!: string | null;
  @Column('timestamptz', { name: 'invited_at' }) invitedAt!: Date;
  @Column('timestamptz', { name: 'joined_at', nullable: true }) joinedAt!: Date | null;
}

/** An HR lead asks the network's members for help with one of their own candidates (anonymised). */
@Entity('collegial_request')
export class CollegialRequestEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'network_id' }) networkId!: string;
  @Column('uuid', { name: 'employer_id' }) employerId!: string;
  @Column('uuid', { name: 'candidate_id' }) candidateId!: string;
  @Column('uuid', { name: 'created_by_user_id' }) createdByUserId!: string;
  @Column('text') sought!: SoughtKind;
  @Column('date', { name: 'start_from' }) startFrom!: string;
  @Column('int', { name: 'duration_months' }) durationMonths!: number;
  @Column('int', { name: 'hours_per_week' }) hoursPerWeek!: number;
  @Column('text', { name: 'lender_offer' }) lenderOffer!: string;
  @Column('text') note!: string;
  @Column('text') status!: RequestStatus;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt!: Date | null;
  @Column('text', { name: 'closing_note', nullable: true }) closingNote!: string | null;
}

/** A member a request was put to. */
@Entity('collegial_request_recipient')
export class CollegialRecipientEntity {
  @PrimaryColumn('uuid', { name: 'request_id' }) requestId!: string;
  @PrimaryColumn('uuid', { name: 'employer_id' }) employerId!: string;
  @Column('timestamptz', { name: 'reminded_at', nullable: true }) remindedAt!: Date | null;
}

/** A member's answer: an offer (a vacancy, a secondment place, a project, a conversation) or "not now" with why. */
@Entity('collegial_request_answer')
export class CollegialAnswerEntity {
  @PrimaryColumn('uuid', { name: 'request_id' }) requestId!: string;
  @PrimaryColumn('uuid', { name: 'employer_id' }) employerId!: string;
  @Column('uuid', { name: 'answered_by_user_id' }) answeredByUserId!: string;
  @Column('text') kind!: AnswerKind;
  @Column('uuid', { name: 'vacancy_id', nullable: true }) vacancyId!: string | null;
  @Column('text') note!: string;
  @Column('timestamptz', { name: 'answered_at' }) answeredAt!: Date;
  /** The placement this offer became, proposed by the asking HR lead (or the team). */
  @Column('uuid', { name: 'placement_id', nullable: true }) placementId!: string | null;
}

/** A member's short notes for a quarter's review: what went well, what got stuck, what is ahead. */
@Entity('network_review_note')
export class NetworkReviewNoteEntity {
  @PrimaryColumn('uuid', { name: 'network_id' }) networkId!: string;
  @PrimaryColumn('uuid', { name: 'employer_id' }) employerId!: string;
  /** The first day of the quarter the notes are for. */
  @PrimaryColumn('date', { name: 'quarter_start' }) quarterStart!: string;
  @Column('text') successes!: string;
  @Column('text') bottlenecks!: string;
  @Column('text') challenges!: string;
  @Column('uuid', { name: 'written_by_user_id' }) writtenByUserId!: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

export const NETWORK_ENTITIES = [
  EmployerNetworkEntity,
  NetworkMemberEntity,
  CollegialRequestEntity,
  CollegialRecipientEntity,
  CollegialAnswerEntity,
  NetworkReviewNoteEntity,
];
