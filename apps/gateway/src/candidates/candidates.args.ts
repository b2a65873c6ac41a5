import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { CandidateStatus, CandidateTrack } from '@werkbrug/candidates/candidate.enums';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
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
  @Field(() => String, {
    nullable: true,
    description:
      'Only the profile with this public code (e.g. WB-7K3Q9X; any case), if the viewer may see it',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  publicCode?: string | null;
}
