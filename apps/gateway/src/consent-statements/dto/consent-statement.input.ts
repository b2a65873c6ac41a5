import { Field, InputType } from '@nestjs/graphql';
import { ConsentMethod } from '@werkbrug/candidates/consent-statement.enums';
import { ConfirmPossibleNamesField } from '@werkbrug/gateway/graphql/confirm-possible-names';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';
import { IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';

@InputType({ description: 'How and when the candidate gave consent, and which text they were shown' })
export class RecordConsentStatementInput {
  @Field(() => ConsentMethod) @IsEnum(ConsentMethod) method!: ConsentMethod;
  @Field(() => LocalDate, { description: 'The day the candidate gave consent; not in the future' })
  @IsString()
  givenOn!: string;
  @Field({ description: 'The textVersion of the consent text shown or read out' })
  @IsString()
  @Length(1, 100)
  textVersion!: string;
  @Field(() => String, { nullable: true, description: 'Optional; no personal data' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
  @ConfirmPossibleNamesField() confirmPossibleNames?: boolean | null;
}
