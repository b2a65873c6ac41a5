import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { CandidateStatus, CandidateTrack } from '@werkbrug/candidates/candidate.enums';
import { IsEnum, IsOptional } from 'class-validator';
import { PageArgs } from '@werkbrug/gateway/graphql/pagination';

export enum CandidateOwnership {
  OWN = 'OWN',
  OTHERS = 'OTHERS',
}
registerEnumType(CandidateOwnership, {
  name: 'CandidateOwnership',
  description: "HR leads: own employer's candidates or others' shared ones",
});

@ArgsType()
export class CandidateProfilesArgs extends PageArgs {
  @Field(() => CandidateStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CandidateStatus)
  status?: CandidateStatus;
  @Field(() => CandidateTrack, { nullable: true })
  @IsOptional()
  @IsEnum(CandidateTrack)
  track?: CandidateTrack;
  @Field(() => CandidateOwnership, { nullable: true })
  @IsOptional()
  @IsEnum(CandidateOwnership)
  ownership?: CandidateOwnership;
}
