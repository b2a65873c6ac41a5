import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class RejectStaffAccountArgs {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => String, { nullable: true, description: 'Told to the requester and the employer’s HR leads' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

@ArgsType()
export class SetEmployerAdminArgs {
  @Field(() => ID) @IsUUID() userId!: string;
  @Field() @IsBoolean() employerAdmin!: boolean;
}
