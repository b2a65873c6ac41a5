import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AccountOrigin } from '@werkbrug/accounts';
import {
  CandidateStatus,
  CandidateTrack,
  ConsentStatus,
  ProfileVisibility,
  SharingScope,
  SupportNeed,
  TargetGroup,
} from '@werkbrug/candidates/candidate.enums';
import { ContractType, Sector, TravelMode } from '@werkbrug/core';
import '@werkbrug/gateway/auth/models/account.enums';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';
import { LocalisedText } from '@werkbrug/gateway/matches/models/match-explanation.model';
import { ConnectionOf } from '@werkbrug/gateway/graphql/pagination';

@ObjectType()
export class CandidateStrength {
  @Field(() => ID) skillId!: string;
  @Field(() => Int, { description: '1 basic · 2 independent · 3 proficient · 4 expert' }) level!: number;
  @Field(() => String, { nullable: true }) evidenceNote!: string | null;
}

@ObjectType({
  description: 'An anonymised candidate profile: never a CV, never health details, never the identity',
})
export class CandidateProfile {
  @Field(() => ID) id!: string;
  @Field({ description: 'Pseudonymous public code, e.g. WB-7K3Q9X' }) publicCode!: string;
  @Field(() => ProfileVisibility) visibility!: ProfileVisibility;
  @Field(() => CandidateTrack, {
    nullable: true,
    description:
      "Need-to-know: the owner side, the mobility team, and other employers only with the candidate's consent " +
      '(SHARE_TARGET_GROUP); null otherwise',
  })
  track!: CandidateTrack | null;
  @Field(() => [TargetGroup], {
    nullable: true,
    description: 'Target groups (jobs agreement, wage-cost subsidy, no-risk policy); need-to-know like track',
  })
  targetGroups!: TargetGroup[] | null;
  @Field({ description: 'Whether you see the need-to-know fields (track, target groups, contract end)' })
  needToKnow!: boolean;
  @Field(() => CandidateStatus) status!: CandidateStatus;
  @Field() regionCode!: string;
  @Field({ description: 'Plus points, in generic terms' }) sketchStrengths!: string;
  @Field({ description: 'Points of attention, in generic terms' }) sketchAttentionPoints!: string;
  @Field(() => [CandidateStrength]) strengths!: CandidateStrength[];
  @Field(() => [ID], { description: 'ESCO skills the candidate wants to develop' })
  developmentSkillIds!: string[];
  @Field(() => Int) hoursMin!: number;
  @Field(() => Int) hoursMax!: number;
  @Field({ description: 'Home area (PC4)' }) homePc4!: string;
  @Field(() => Int) maxTravelKm!: number;
  @Field(() => TravelMode) travelMode!: TravelMode;
  @Field(() => [Sector]) sectorsOpen!: Sector[];
  @Field(() => [ContractType]) contractTypes!: ContractType[];
  @Field(() => LocalDate, { nullable: true }) availableFrom!: string | null;
  @Field(() => LocalDate, {
    nullable: true,
    description: 'When the current contract ends; need-to-know like track (it dates the track)',
  })
  contractEndDate!: string | null;
  @Field(() => [SupportNeed], {
    description: 'Without need-to-know, only the working conditions (no job coach, adjusted workplace, …)',
  })
  supportNeeds!: SupportNeed[];
  @Field(() => ConsentStatus) consentStatus!: ConsentStatus;
  @Field(() => ID, { nullable: true, description: 'Posting employer: owner side and mobility team only' })
  employerId!: string | null;
  @Field(() => SharingScope, { nullable: true, description: 'Owner side only' })
  sharingScope!: SharingScope | null;
  @Field(() => [ID], { nullable: true, description: 'Owner side only' }) sharedWithEmployerIds!:
    string[] | null;
  @Field(() => Int, { nullable: true, description: 'For optimistic concurrency; owner side only' }) version!:
    number | null;
  @Field(() => Date, { nullable: true }) consentRecordedAt!: Date | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Owner side only: the candidate shares track and target groups with employers who see the profile',
  })
  targetGroupShared!: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Owner side only: messages are also e-mailed' })
  emailNotifications!: boolean | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType()
export class CandidateProfileConnection extends ConnectionOf(CandidateProfile) {}

@ObjectType({ description: "A candidate's identity. Every read is logged." })
export class CandidateIdentity {
  @Field(() => ID) candidateId!: string;
  @Field() fullName!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => LocalDate, { nullable: true }) dateOfBirth!: string | null;
}

export enum IdentityAccessAction {
  READ = 'READ',
  CHANGE = 'CHANGE',
}
registerEnumType(IdentityAccessAction, { name: 'IdentityAccessAction' });

@ObjectType({ description: 'Who read or changed an identity, when and why' })
export class IdentityAccessLogEntry {
  @Field(() => ID) id!: string;
  @Field(() => IdentityAccessAction, {
    description: 'READ: the identity was shown; CHANGE: `fields` were changed',
  })
  action!: IdentityAccessAction;
  @Field(() => ID) accessedByUserId!: string;
  @Field() accessorRole!: string;
  @Field(() => ID, { nullable: true }) accessorEmployerId!: string | null;
  @Field(() => [String]) fields!: string[];
  @Field() purpose!: string;
  @Field() accessedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Display name of the account that read the identity' })
  accessorName!: string | null;
  @Field(() => String, { nullable: true }) accessorEmail!: string | null;
  @Field(() => String, { nullable: true, description: "The accessor's employer (HR leads)" })
  accessorEmployerName!: string | null;
  @Field(() => AccountOrigin, { nullable: true, description: 'How the accessing account came to exist' })
  accessorAccountOrigin!: AccountOrigin | null;
  @Field(() => Date, { nullable: true }) accessorAccountCreatedAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'Who created or requested the account, e.g. "X (mobility team)"',
  })
  accessorAccountCreatedBy!: string | null;
  @Field(() => String, { nullable: true, description: 'Who approved the account, if it needed approval' })
  accessorAccountApprovedBy!: string | null;
  @Field(() => Date, { nullable: true }) accessorAccountApprovedAt!: Date | null;
  @Field(() => LocalisedText, {
    nullable: true,
    description: 'One sentence naming the account and how it came to exist, for the candidate to read',
  })
  accessorDescription!: LocalisedText | null;
}

@ObjectType({ description: 'A one-time code for the candidate to claim a job seeker account. Shown once.' })
export class JobSeekerInvitation {
  @Field() expiresAt!: Date;
  @Field({ description: "The candidate's own address the code was mailed to, masked (j•••@example.nl)" })
  sentTo!: string;
}
