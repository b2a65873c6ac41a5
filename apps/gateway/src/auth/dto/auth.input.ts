import { Field, ID, InputType } from '@nestjs/graphql';
import type { StaffRole } from '@werkbrug/accounts/staff-account-rules';
import { Role } from '@werkbrug/core';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { IsNotBlank } from '@werkbrug/gateway/graphql/validation';

const PASSWORD_RULE = 'password must be 12 to 128 characters';

@InputType()
export class LoginInput {
  @Field() @IsEmail() @MaxLength(254) email!: string;
  @Field() @IsString() @MaxLength(128) password!: string;
}

@InputType()
export class ClaimJobSeekerAccountInput {
  @Field({ description: 'The invitation code from your HR lead, e.g. ABCD-EFGH-JKLM' })
  @IsString()
  @Length(12, 20)
  code!: string;
  @Field() @IsEmail() @MaxLength(254) email!: string;
  @Field() @IsString() @Length(12, 128, { message: PASSWORD_RULE }) password!: string;
  @Field({ description: 'How Werkbrug addresses you' })
  @IsString()
  @IsNotBlank()
  @Length(1, 100)
  displayName!: string;
}

@InputType({
  description:
    'No password: its holder chooses one with the one-time activation code (activateStaffAccount), which goes to ' +
    'whoever creates the account directly or approves the request, never to the requester',
})
export class CreateStaffAccountInput {
  @Field() @IsEmail() @MaxLength(254) email!: string;
  @Field() @IsString() @IsNotBlank() @Length(1, 100) displayName!: string;
  @Field(() => Role, { description: 'HR_LEAD, MOBILITY_TEAM, COUNSELLOR or ADMINISTRATOR' })
  @IsIn([Role.HR_LEAD, Role.MOBILITY_TEAM, Role.COUNSELLOR, Role.ADMINISTRATOR])
  role!: StaffRole;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() employerId?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(/^AM\d{2}$/) regionCode?: string;
  @Field({
    nullable: true,
    description:
      "HR leads: make the new account an administrator of the employer's HR accounts (only an employer's own administrator HR lead may)",
  })
  @IsOptional()
  @IsBoolean()
  employerAdmin?: boolean;
}

@InputType()
export class ActivateStaffAccountInput {
  @Field({
    description: 'The activation code from whoever created or approved the account, e.g. ABCD-EFGH-JKLM',
  })
  @IsString()
  @Length(12, 20)
  code!: string;
  @Field({ description: 'The e-mail address the account was created for' })
  @IsEmail()
  @MaxLength(254)
  email!: string;
  @Field() @IsString() @Length(12, 128, { message: PASSWORD_RULE }) password!: string;
}
