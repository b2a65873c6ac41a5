import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

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

@ArgsType()
export class StaffAccountEventsArgs {
  @Field(() => Int, { defaultValue: 50 }) @IsInt() @Min(1) @Max(200) limit: number = 50;
}
