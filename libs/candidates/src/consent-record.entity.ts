import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ConsentKind } from './consent-record.enums';

/**
 * One consent a candidate gave, as the register of consents keeps it: what was asked (kind, towards which
 * employers, for which match or placement), the exact text shown, when and by whom it was given (the candidate,
 * or their HR lead on their behalf with a statement), and when, by whom and why it ended. Rows are never
 * updated except to end them; giving consent again adds a new row.
 */
@Entity('consent_record')
export class ConsentRecordEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'candidate_id' }) candidateId!: string;
  @Column('text') kind!: ConsentKind;
  /** The employers the consent is towards; empty when it is towards the whole region or nobody in particular. */
  @Column('uuid', { name: 'employer_ids', array: true }) employerIds!: string[];
  @Column('uuid', { name: 'match_case_id', nullable: true }) matchCaseId!: string | null;
  @Column('uuid', { name: 'placement_id', nullable: true }) placementId!: string | null;
  /** Set when the HR lead recorded the consent on the candidate's behalf. */
  @Column('uuid', { name: 'statement_id', nullable: true }) statementId!: string | null;
  /** Null only for consents given before the register existed (their text was not kept). */
  @Column('text', { name: 'text_nl', nullable: true }) textNl!: string | null;
  @Column('text', { name: 'text_en', nullable: true }) textEn!: string | null;
  @Column('text', { name: 'text_version', nullable: true }) textVersion!: string | null;
  @Column('timestamptz', { name: 'given_at' }) givenAt!: Date;
  @Column('uuid', { name: 'given_by_user_id', nullable: true }) givenByUserId!: string | null;
  @Column('text', { name: 'given_by_role' }) givenByRole!: string;
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true }) withdrawnAt!: Date | null;
  @Column('uuid', { name: 'withdrawn_by_user_id', nullable: true }) withdrawnByUserId!: string | null;
  @Column('text', { name: 'withdrawn_by_role', nullable: true }) withdrawnByRole!: string | null;
  @Column('text', { name: 'withdrawal_reason', nullable: true }) withdrawalReason!: string | null;
}
