import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';

@ArgsType()
export class ReadIdentityArgs {
  @Field(() => ID) @IsUUID() candidateId!: string;
  @Field({ description: 'Why you need to see it; stored in the access log the candidate can read' })
  @IsString()
  @Length(5, 500)
  purpose!: string;
}
