import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ConsentMethod,
  ConsentRevocationReason,
  ConsentStatementKind,
} from '@werkbrug/candidates/consent-statement.enums';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';
import { DateTimeScalar } from '@werkbrug/gateway/graphql/date-time.scalar';

registerEnumType(ConsentStatementKind, {
  name: 'ConsentStatementKind',
  description: 'What the consent was for: an introduction (the identity is revealed) or a placement',
});
registerEnumType(ConsentRevocationReason, {
  name: 'ConsentRevocationReason',
  description:
    'Why a statement is no longer in force: revoked by the candidate, the consent was withdrawn or declined, the profile is no longer shared, or the placement changed terms, was cancelled or declined',
});
registerEnumType(ConsentMethod, {
  name: 'ConsentMethod',
  description: 'How the candidate gave consent to their HR lead: in person, by phone or in writing',
});

@ObjectType({
  description:
    'The consent text to show or read out to the candidate (Dutch first); record a statement with its textVersion',
})
export class ConsentText {
  @Field(() => ConsentStatementKind) kind!: ConsentStatementKind;
  @Field(() => ID, { description: 'The match case (INTRODUCTION) or the placement (PLACEMENT)' })
  subjectId!: string;
  @Field(() => ID) candidateId!: string;
  @Field(() => ID, { description: 'The employer the consent is towards' }) employerId!: string;
  @Field() employerName!: string;
  @Field() textNl!: string;
  @Field() textEn!: string;
  @Field({ description: 'Changes whenever a word of the text changes' }) textVersion!: string;
}

@ObjectType({
  description:
    'Consent a candidate without an account gave to their HR lead ("toestemming mondeling gegeven op … aan …"), with the text shown; the candidate sees it and may revoke it',
})
export class ConsentStatement {
  @Field(() => ID) id!: string;
  @Field(() => ID) candidateId!: string;
  @Field(() => ConsentStatementKind) kind!: ConsentStatementKind;
  @Field(() => ID, { nullable: true }) matchCaseId!: string | null;
  @Field(() => ID, { nullable: true }) placementId!: string | null;
  @Field(() => ID, { description: 'The employer the consent is towards' }) employerId!: string;
  @Field() textNl!: string;
  @Field() textEn!: string;
  @Field() textVersion!: string;
  @Field(() => ConsentMethod) method!: ConsentMethod;
  @Field(() => LocalDate) givenOn!: string;
  @Field({ description: 'The HR lead the consent was given to' }) givenToName!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => DateTimeScalar) recordedAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) revokedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The role of who revoked it' })
  revokedByRole!: string | null;
  @Field(() => ConsentRevocationReason, {
    nullable: true,
    description:
      'Why it was revoked (null while in force, and for statements revoked before reasons were kept)',
  })
  revokedReason!: ConsentRevocationReason | null;
  @Field({ description: 'Not revoked' }) inForce!: boolean;
}
