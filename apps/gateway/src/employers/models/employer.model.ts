import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Sector } from '@werkbrug/core';
import { ConnectionOf } from '@werkbrug/gateway/graphql/pagination';

@ObjectType()
export class EmployerLocation {
  @Field() pc4!: string;
  @Field() label!: string;
}

@ObjectType({ description: 'An organisation participating in a region' })
export class Employer {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Sector) sector!: Sector;
  @Field() regionCode!: string;
  @Field(() => [EmployerLocation]) locations!: EmployerLocation[];
  @Field() createdAt!: Date;
}

@ObjectType()
export class EmployerConnection extends ConnectionOf(Employer) {}
