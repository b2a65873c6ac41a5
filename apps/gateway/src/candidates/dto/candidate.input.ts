import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CandidateTrack, SharingScope, SupportNeed, TargetGroup } from '@werkbrug/candidates/candidate.enums';
import { ContractType, Sector, TravelMode } from '@werkbrug/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ConfirmPossibleNamesField } from '@werkbrug/gateway/graphql/confirm-possible-names';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';
import { IsNotBlank, IsOptionalNotNull } from '@werkbrug/gateway/graphql/validation';

@InputType()
export class CandidateStrengthInput {
  @Field(() => ID) @IsUUID() skillId!: string;
  @Field(() => Int, { description: '1 basic · 2 independent · 3 proficient · 4 expert' })
  @IsInt()
  @Min(1)
  @Max(4)
  level!: number;
  @Field(() => String, { nullable: true, description: 'How this shows, in generic terms' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  evidenceNote?: string | null;
}

/** Fields shared by create and update; on update every field is optional. */
@InputType({ isAbstract: true })
class CandidateFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  sketchStrengths?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  sketchAttentionPoints?: string;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() availableFrom?: string | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() contractEndDate?: string | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'With SELECTED_EMPLOYERS: the employers that may see the profile',
  })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  sharedWithEmployerIds?: string[];
  @ConfirmPossibleNamesField() confirmPossibleNames?: boolean | null;
}

/** The identity given with a new profile: a name at least. */
@InputType('CreateCandidateIdentityInput')
export class CreateCandidateIdentityInput {
  @Field() @IsString() @IsNotBlank() @Length(1, 200) fullName!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() @MaxLength(254) email?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{6,20}$/, { message: 'phone must be a phone number' })
  phone?: string | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() dateOfBirth?: string | null;
}

/**
 * A change to an identity: a field left out keeps its stored value, null clears e-mail, phone or date of birth,
 * and the name cannot be cleared.
 */
@InputType()
export class CandidateIdentityInput {
  @Field(() => String, { nullable: true })
  @IsOptionalNotNull()
  @IsString()
  @IsNotBlank()
  @Length(1, 200)
  fullName?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() @MaxLength(254) email?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{6,20}$/, { message: 'phone must be a phone number' })
  phone?: string | null;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() dateOfBirth?: string | null;
}

@InputType()
export class CreateCandidateInput extends CandidateFieldsInput {
  @Field(() => CandidateTrack) @IsEnum(CandidateTrack) track!: CandidateTrack;
  @Field(() => Int) @IsInt() @Min(1) @Max(48) hoursMin!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(48) hoursMax!: number;
  @Field() @Matches(/^[1-9]\d{3}$/, { message: 'homePc4 must be four digits, e.g. 5211' }) homePc4!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(250) maxTravelKm!: number;
  @Field(() => TravelMode) @IsEnum(TravelMode) travelMode!: TravelMode;
  @Field(() => [Sector], { defaultValue: [] }) @IsEnum(Sector, { each: true }) sectorsOpen: Sector[] = [];
  @Field(() => [ContractType], { defaultValue: [] })
  @IsEnum(ContractType, { each: true })
  contractTypes: ContractType[] = [];
  @Field(() => [SupportNeed], { defaultValue: [] })
  @IsEnum(SupportNeed, { each: true })
  supportNeeds: SupportNeed[] = [];
  @Field(() => [TargetGroup], {
    defaultValue: [],
    description: "Need-to-know: other employers see these only with the candidate's consent",
  })
  @IsEnum(TargetGroup, { each: true })
  targetGroups: TargetGroup[] = [];
  @Field(() => SharingScope) @IsEnum(SharingScope) sharingScope!: SharingScope;
  @Field(() => [CandidateStrengthInput])
  @ValidateNested({ each: true })
  @Type(() => CandidateStrengthInput)
  @ArrayMaxSize(60)
  strengths!: CandidateStrengthInput[];
  @Field(() => [ID], { defaultValue: [] })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(30)
  developmentSkillIds: string[] = [];
  @Field(() => CreateCandidateIdentityInput)
  @ValidateNested()
  @Type(() => CreateCandidateIdentityInput)
  identity!: CreateCandidateIdentityInput;
  @Field({
    defaultValue: false,
    description: 'The candidate has consented to sharing the anonymised profile',
  })
  @IsBoolean()
  consentGiven: boolean = false;
}

/** Fields left out keep their stored value; null is refused for fields that cannot be empty. */
@InputType()
export class UpdateCandidateInput extends CandidateFieldsInput {
  @Field(() => Int, {
    nullable: true,
    description: 'The version you edited; CONFLICT if someone changed it since',
  })
  @IsOptionalNotNull()
  @IsInt()
  expectedVersion?: number;
  @Field(() => CandidateTrack, { nullable: true })
  @IsOptionalNotNull()
  @IsEnum(CandidateTrack)
  track?: CandidateTrack;
  @Field(() => Int, { nullable: true }) @IsOptionalNotNull() @IsInt() @Min(1) @Max(48) hoursMin?: number;
  @Field(() => Int, { nullable: true }) @IsOptionalNotNull() @IsInt() @Min(1) @Max(48) hoursMax?: number;
  @Field({ nullable: true })
  @IsOptionalNotNull()
  @Matches(/^[1-9]\d{3}$/, { message: 'homePc4 must be four digits, e.g. 5211' })
  homePc4?: string;
  @Field(() => Int, { nullable: true }) @IsOptionalNotNull() @IsInt() @Min(1) @Max(250) maxTravelKm?: number;
  @Field(() => TravelMode, { nullable: true })
  @IsOptionalNotNull()
  @IsEnum(TravelMode)
  travelMode?: TravelMode;
  @Field(() => [Sector], { nullable: true })
  @IsOptionalNotNull()
  @IsEnum(Sector, { each: true })
  sectorsOpen?: Sector[];
  @Field(() => [ContractType], { nullable: true })
  @IsOptionalNotNull()
  @IsEnum(ContractType, { each: true })
  contractTypes?: ContractType[];
  @Field(() => [SupportNeed], { nullable: true })
  @IsOptionalNotNull()
  @IsEnum(SupportNeed, { each: true })
  supportNeeds?: SupportNeed[];
  @Field(() => [TargetGroup], { nullable: true })
  @IsOptionalNotNull()
  @IsEnum(TargetGroup, { each: true })
  targetGroups?: TargetGroup[];
  @Field(() => SharingScope, { nullable: true })
  @IsOptionalNotNull()
  @IsEnum(SharingScope)
  sharingScope?: SharingScope;
  @Field(() => [CandidateStrengthInput], { nullable: true })
  @IsOptionalNotNull()
  @ValidateNested({ each: true })
  @Type(() => CandidateStrengthInput)
  @ArrayMaxSize(60)
  strengths?: CandidateStrengthInput[];
  @Field(() => [ID], { nullable: true })
  @IsOptionalNotNull()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(30)
  developmentSkillIds?: string[];
}
