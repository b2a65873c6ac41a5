import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@werkbrug/core';

@ObjectType()
export class User {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => Role) role!: Role;
  @Field(() => ID, { nullable: true }) employerId!: string | null;
  @Field(() => String, { nullable: true }) regionCode!: string | null;
  @Field(() => ID, { nullable: true }) candidateId!: string | null;
}

@ObjectType()
export class Session {
  @Field({ description: 'Send as "Authorization: Bearer <token>"' }) accessToken!: string;
  @Field() expiresAt!: Date;
  @Field(() => User) user!: User;
}
