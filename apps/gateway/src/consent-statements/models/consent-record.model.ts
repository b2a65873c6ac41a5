import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConsentEndReason, ConsentKind } from '@werkbrug/candidates/consent-record.enums';
import { Employer } from '@werkbrug/gateway/employers/models/employer.model';
import '@werkbrug/gateway/graphql/enums';
import { DateTimeScalar } from '@werkbrug/gateway/graphql/date-time.scalar';

@ObjectType({
  description:
    'One consent the candidate gave, from the register of consents: what was asked, the text shown, when and by whom, and its withdrawal',
})
export class ConsentRecord {
  @Field(() => ID) id!: string;
  @Field(() => ID) candidateId!: string;
  @Field(() => ConsentKind) kind!: ConsentKind;
  @Field(() => [ID], {
    description: 'The employers it is towards (empty: the region, or nobody in particular)',
  })
  employerIds!: string[];
  @Field(() => [Employer], { description: 'The employers it is towards, by name' })
  employers?: Employer[];
  @Field(() => ID, { nullable: true }) matchCaseId!: string | null;
  @Field(() => ID, { nullable: true }) placementId!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The HR lead’s statement, when the consent was recorded on the candidate’s behalf',
  })
  statementId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The text shown (Dutch); null only for consents given before the register existed',
  })
  textNl!: string | null;
  @Field(() => String, { nullable: true }) textEn!: string | null;
  @Field(() => String, { nullable: true }) textVersion!: string | null;
  @Field(() => DateTimeScalar) givenAt!: Date;
  @Field({
    description:
      'JOB_SEEKER: the candidate themself; HR_LEAD: their HR lead on their behalf; BEFORE_REGISTER: given before the register existed',
  })
  givenByRole!: string;
  @Field(() => DateTimeScalar, { nullable: true }) withdrawnAt!: Date | null;
  @Field(() => String, { nullable: true }) withdrawnByRole!: string | null;
  @Field(() => ConsentEndReason, { nullable: true }) withdrawalReason!: ConsentEndReason | null;
  @Field() inForce!: boolean;
}

@ObjectType({ description: 'The text a consent shows now, with its version (Dutch first)' })
export class CurrentConsentText {
  @Field(() => ConsentKind) kind!: ConsentKind;
  @Field() textNl!: string;
  @Field() textEn!: string;
  @Field({ description: 'Pass back when recording the consent on the candidate’s behalf' })
  textVersion!: string;
}
