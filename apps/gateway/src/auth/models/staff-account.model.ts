import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AccountEventKind, ApprovalBasis } from '@werkbrug/accounts';
import { Role } from '@werkbrug/core';
import { LocalisedText } from '@werkbrug/gateway/matches/models/match-explanation.model';
import './account.enums';
import { User } from './session.model';

registerEnumType(AccountEventKind, {
  name: 'AccountEventKind',
  description: 'What happened to a staff account: requested, created, approved, rejected, activated, …',
});

@ObjectType({ description: 'Someone named as having requested or decided on an account' })
export class AccountPerson {
  @Field(() => ID) id!: string;
  @Field() displayName!: string;
  @Field(() => Role) role!: Role;
}

@ObjectType({ description: 'A staff account awaiting the viewer’s approval' })
export class PendingStaffAccount {
  @Field(() => User) account!: User;
  @Field(() => AccountPerson, { nullable: true }) requestedBy!: AccountPerson | null;
  @Field() requestedAt!: Date;
  @Field(() => ApprovalBasis, { description: 'In which capacity this viewer would approve it' })
  approvalBasis!: ApprovalBasis;
}

@ObjectType({
  description:
    'A one-time code with which the account’s holder chooses their own password (activateStaffAccount). Shown ' +
    'only this once: hand it to that person, by a channel they alone read',
})
export class StaffAccountActivation {
  @Field() code!: string;
  @Field() expiresAt!: Date;
}

@ObjectType()
export class StaffAccountResult {
  @Field(() => User) account!: User;
  @Field(() => StaffAccountActivation, {
    nullable: true,
    description: 'Once the account may be used (created directly or approved); null for a request',
  })
  activation!: StaffAccountActivation | null;
}

@ObjectType()
export class StaffAccountEventAccount {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => Role) role!: Role;
}

@ObjectType({ description: 'Something that happened to a staff account, and who did it' })
export class StaffAccountEvent {
  @Field(() => ID) id!: string;
  @Field(() => AccountEventKind) kind!: AccountEventKind;
  @Field() at!: Date;
  @Field(() => StaffAccountEventAccount) account!: StaffAccountEventAccount;
  @Field(() => AccountPerson) actor!: AccountPerson;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => LocalisedText) text!: LocalisedText;
}
