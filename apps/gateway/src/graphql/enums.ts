import { registerEnumType } from '@nestjs/graphql';
import { ConsentEndReason, ConsentKind } from '@werkbrug/candidates/consent-record.enums';
import {
  CandidateStatus,
  CandidateTrack,
  ConsentStatus,
  ProfileVisibility,
  SharingScope,
  SupportNeed,
  TargetGroup,
} from '@werkbrug/candidates/candidate.enums';
import {
  AssessmentDomain,
  ContactKind,
  FigureBreakdown,
  FollowUpStatus,
  HireSource,
  ScreeningAdvice,
  TrajectoryKind,
  TrajectoryOutcome,
  TrajectoryModule,
  PlanActionOwner,
  TrajectoryPrecondition,
  TrajectoryReportKind,
  TrajectoryStatus,
} from '@werkbrug/trajectories/trajectory.enums';
import { OutcomeFigureKey } from '@werkbrug/trajectories/outcome-figures';
import { ConversionStep } from '@werkbrug/trajectories/conversion';
import { MatchCaseState, MatchConsent, MatchOutcome, RematchStatus } from '@werkbrug/matching';
import { ContractType, Role, Sector, Shift, TravelMode, Weekday } from '@werkbrug/core';
import {
  PlacementFollowUp,
  PlacementKind,
  PlacementPayer,
  PlacementPurpose,
  PlacementStatus,
} from '@werkbrug/placements/placement.enums';
import {
  MeetingOutcome,
  ParticipationStatus,
  PlanStatus,
  SessionStatus,
  WishKind,
  WishSide,
} from '@werkbrug/sessions/session.enums';
import { SkillRequirement, VacancyKind, VacancyStatus } from '@werkbrug/vacancies/vacancy.enums';

/** Every enum the API exposes, registered once. */
const ENUMS = {
  Role: [Role, 'The role a user acts in'],
  Sector: [Sector, 'Sector of an employer or a sector a candidate is open to'],
  ContractType: [ContractType, undefined],
  TravelMode: [TravelMode, undefined],
  Weekday: [Weekday, undefined],
  Shift: [Shift, undefined],
  CandidateTrack: [
    CandidateTrack,
    'Why the candidate is moving: redundancy, labour disability, spoor 2, voluntary',
  ],
  CandidateStatus: [CandidateStatus, undefined],
  SharingScope: [SharingScope, 'With whom an anonymised profile is shared'],
  ConsentStatus: [ConsentStatus, "The candidate's consent to share the anonymised profile"],
  SupportNeed: [SupportNeed, 'Generic support categories; never medical details'],
  TargetGroup: [TargetGroup, 'Target groups that bring the host a subsidy or a no-risk policy'],
  ConsentKind: [ConsentKind, 'Every kind of consent Werkbrug asks a candidate for'],
  ConsentEndReason: [ConsentEndReason, 'Why a consent ended'],
  ProfileVisibility: [ProfileVisibility, 'How much of a profile the viewer sees'],
  VacancyKind: [VacancyKind, undefined],
  VacancyStatus: [VacancyStatus, undefined],
  SkillRequirement: [SkillRequirement, undefined],
  MatchCaseState: [MatchCaseState, 'Where a match stands in the workflow from suggestion to outcome'],
  MatchConsent: [
    MatchConsent,
    "The candidate's answer to being introduced (identity revealed) to the employer",
  ],
  MatchOutcome: [MatchOutcome, 'What an introduction led to'],
  RematchStatus: [RematchStatus, undefined],
  SessionStatus: [
    SessionStatus,
    'Where a meet-and-greet session is: open (inviting, planning), published, closed',
  ],
  PlanStatus: [PlanStatus, "The worker's planning of a session"],
  ParticipationStatus: [ParticipationStatus, 'A participant’s answer to a session invitation'],
  WishSide: [WishSide, 'Whose wish it is: the candidate’s or the employer’s'],
  WishKind: [WishKind, 'Must-meet, would-like, or no-thanks (never meet)'],
  MeetingOutcome: [MeetingOutcome, 'What came of a meet-and-greet meeting; moves the match workflow on'],
  PlacementKind: [
    PlacementKind,
    'Secondment (detachering), project hire (inleen), trial placement, work experience',
  ],
  PlacementPurpose: [PlacementPurpose, undefined],
  PlacementStatus: [PlacementStatus, 'proposed → agreed (both HR leads and the candidate) → active → ended'],
  PlacementPayer: [PlacementPayer, 'Who pays: the lending employer, the host, the municipality, or nobody'],
  PlacementFollowUp: [PlacementFollowUp, 'What followed a placement'],
  TrajectoryKind: [TrajectoryKind, 'Work-to-work guidance or spoor-2 re-integration'],
  TrajectoryStatus: [TrajectoryStatus, undefined],
  TrajectoryPrecondition: [TrajectoryPrecondition, 'A spoor-2 condition the client employer confirms'],
  AssessmentDomain: [AssessmentDomain, 'A life domain of the feasibility screening (intake)'],
  ScreeningAdvice: [
    ScreeningAdvice,
    'How the screening ends: start the trajectory, or spoor 2 will not succeed',
  ],
  ContactKind: [ContactKind, 'How a contact with the candidate took place; NO_SHOW records an absence'],
  FigureBreakdown: [
    FigureBreakdown,
    'How outcome figures are split: not, or per track, sector or client employer',
  ],
  OutcomeFigureKey: [OutcomeFigureKey, 'Which outcome figure; each comes with its definition'],
  TrajectoryReportKind: [
    TrajectoryReportKind,
    'Intake (after the screening), interim, or final (once closed)',
  ],
  HireSource: [HireSource, 'Where a hire came from: a match, a placement, or outside Werkbrug'],
  FollowUpStatus: [FollowUpStatus, 'UPCOMING (not due), DUE (unanswered) or ANSWERED'],
  TrajectoryModule: [TrajectoryModule, 'A module of a trajectory plan'],
  ConversionStep: [ConversionStep, 'A step of the meet-and-greet conversion'],
  PlanActionOwner: [PlanActionOwner, 'Who an action of a trajectory plan is for'],
  TrajectoryOutcome: [
    TrajectoryOutcome,
    'How a trajectory ended; EXTERNAL_JOB, CANDIDATE_RESIGNED, SELF_EMPLOYED, SETTLEMENT_AGREEMENT and INSUFFICIENT_COOPERATION count as success',
  ],
} as const;

for (const [name, [enumRef, description]] of Object.entries(ENUMS)) {
  registerEnumType(enumRef, { name, description });
}
