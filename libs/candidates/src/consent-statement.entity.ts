import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ConsentMethod, ConsentRevocationReason, ConsentStatementKind } from './consent-statement.enums';

/**
 * Consent a candidate without an account gave to their HR lead, recorded by that HR lead with the exact text
 * that was shown or read out. The candidate sees it once they have an account, and may revoke it.
 */
@Entity('consent_statement')
export class ConsentStatementEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'candidate_id' }) candidateId!: string;
  @Column('text') kind!: ConsentStatementKind;
  @Column('uuid', { name: 'match_case_id', nullable: true }) matchCaseId!: string | null;
  @Column('uuid', { name: 'placement_id', nullable: true }) placementId!: string | null;
  /** The employer the consent is towards (the one the identity is revealed to, or the host). */
  @Column('uuid', { name: 'employer_id' }) employerId!: string;
  @Column('uuid', { name: 'disclosure_id', nullable: true }) disclosureId!: string | null;
  @Column('text', { name: 'text_nl' }) textNl!: string;
  @Column('text', { name: 'text_en' }) textEn!: string;
  @Column('text', { name: 'text_version' }) textVersion!: string;
  @Column('text') method!: ConsentMethod;
  @Column('date', { name: 'given_on' }) givenOn!: string;
  /** The name of the HR lead the consent was given to, as it was when recorded. */
  @Column('text', { name: 'given_to_name' }) givenToName!: string;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('uuid', { name: 'recorded_by_user_id' }) recordedByUserId!: string;
  @Column('timestamptz', { name: 'recorded_at' }) recordedAt!: Date;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
  @Column('uuid', { name: 'revoked_by_user_id', nullable: true }) revokedByUserId!: string | null;
  @Column('text', { name: 'revoked_by_role', nullable: true }) revokedByRole!: string | null;
  /** Null while in force (and for statements revoked before reasons were kept). */
  @Column('text', { name: 'revoked_reason', nullable: true }) revokedReason!: ConsentRevocationReason | null;
}
