import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';
import { CollegialAnswerKind, SoughtKind } from '@werkbrug/gateway/networks/models/network.model';

@InputType({ description: "A member's commitment period and the HR contact colleagues may call" })
export class NetworkCommitmentInput {
  @Field(() => LocalDate) @IsString() commitmentStart!: string;
  @Field(() => LocalDate) @IsString() commitmentEnd!: string;
  @Field() @IsString() @MinLength(2) @MaxLength(120) contactName!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{8,20}$/, { message: 'contactPhone must be a phone number' })
  contactPhone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() @MaxLength(200) contactEmail?:
    string | null;
}

@InputType()
export class EmployerNetworkInput {
  @Field() @IsString() @MinLength(2) @MaxLength(120) name!: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(2000) description!: string;
  @Field(() => Int, { nullable: true, description: 'Six months unless the network agrees otherwise' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(36)
  minimumCommitmentMonths?: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Days after which a member that has not answered a request is reminded; five unless set',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  reminderAfterDays?: number | null;
  @Field(() => [ID], { description: 'Employers of the region to invite' })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  employerIds!: string[];
  @Field(() => NetworkCommitmentInput, {
    nullable: true,
    description: "An HR lead's own employer joins at once with this commitment (required for HR leads)",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => NetworkCommitmentInput)
  commitment?: NetworkCommitmentInput | null;
}

@InputType()
export class CollegialRequestInput {
  @Field(() => ID) @IsUUID() networkId!: string;
  @Field(() => ID) @IsUUID() candidateId!: string;
  @Field(() => SoughtKind) @IsIn(Object.values(SoughtKind)) sought!: keyof typeof SoughtKind;
  @Field(() => LocalDate) @IsString() startFrom!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(24) durationMonths!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(40) hoursPerWeek!: number;
  @Field({ defaultValue: '', description: 'What you offer as lender: salary paid, costs, guidance' })
  @IsString()
  @MaxLength(2000)
  lenderOffer!: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(2000) note!: string;
  @Field(() => [ID], {
    defaultValue: [],
    description: 'Chosen members; every other active member when empty',
  })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  recipientEmployerIds!: string[];
}

@InputType()
export class CollegialAnswerInput {
  @Field(() => CollegialAnswerKind)
  @IsIn(Object.values(CollegialAnswerKind))
  kind!: keyof typeof CollegialAnswerKind;
  @Field(() => ID, { nullable: true, description: 'For VACANCY: one of your own open vacancies' })
  @IsOptional()
  @IsUUID()
  vacancyId?: string | null;
  @Field({ defaultValue: '', description: 'The offer in a few words, or why not now (required then)' })
  @IsString()
  @MaxLength(2000)
  note!: string;
}

@InputType({
  description: "A member's notes for a quarter's review: write at least one part, without people's names",
})
export class NetworkReviewNotesInput {
  @Field({ defaultValue: '' }) @IsString() @MaxLength(2000) successes!: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(2000) bottlenecks!: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(2000) challenges!: string;
}
