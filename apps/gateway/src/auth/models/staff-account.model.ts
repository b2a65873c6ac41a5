import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ApprovalBasis } from '@werkbrug/accounts';
import { Role } from '@werkbrug/core';
import './account.enums';
import { User } from './session.model';

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
