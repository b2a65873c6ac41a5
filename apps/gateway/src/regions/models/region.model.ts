import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A Dutch labour-market region (arbeidsmarktregio)' })
export class Region {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Float) latitude!: number;
  @Field(() => Float) longitude!: number;
}

@ObjectType({ description: 'A four-digit postcode area with its centroid' })
export class PostcodeArea {
  @Field() pc4!: string;
  @Field({ description: 'Places in this area' }) places!: string;
  @Field() municipalityName!: string;
  @Field() regionCode!: string;
  @Field(() => Float) latitude!: number;
  @Field(() => Float) longitude!: number;
}
