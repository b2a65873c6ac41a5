import { Role } from '@werkbrug/core';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AccountEventKind } from './staff-account.enums';

/** Who did what to a staff account, and when: requests, creations, approvals, rejections, admin changes. */
@Entity('account_event')
export class AccountEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('text') kind!: AccountEventKind;
  @Column('uuid', { name: 'actor_user_id' }) actorUserId!: string;
  @Column('text', { name: 'actor_role' }) actorRole!: Role;
  @Column('text', { nullable: true }) reason!: string | null;
  @CreateDateColumn({ name: 'at', type: 'timestamptz' }) at!: Date;
}
