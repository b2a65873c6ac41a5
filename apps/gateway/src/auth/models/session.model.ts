import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AccountOrigin, AccountStatus } from '@werkbrug/accounts';
import { Role } from '@werkbrug/core';
import './account.enums';

@ObjectType()
export class User {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => Role) role!: Role;
  @Field(() => ID, { nullable: true }) employerId!: string | null;
  @Field(() => String, { nullable: true }) regionCode!: string | null;
  @Field(() => ID, { nullable: true }) candidateId!: string | null;
  @Field(() => AccountStatus) status!: AccountStatus;
  @Field(() => AccountOrigin) origin!: AccountOrigin;
  @Field({ description: "HR leads: the employer's administrator, who adds and approves its HR leads" })
  employerAdmin!: boolean;
  @Field() createdAt!: Date;
  @Field(() => ID, { nullable: true, description: 'Who created or requested the account' })
  createdByUserId!: string | null;
  @Field(() => ID, { nullable: true }) approvedByUserId!: string | null;
  @Field(() => Date, { nullable: true }) approvedAt!: Date | null;
  @Field({
    description: 'HR leads and the mobility team: news in Werkbrug is also mailed (setNotificationMail)',
  })
  notificationMail!: boolean;
}

@ObjectType()
export class Session {
  @Field({ description: 'Send as "Authorization: Bearer <token>"' }) accessToken!: string;
  @Field() expiresAt!: Date;
  @Field(() => User) user!: User;
}
