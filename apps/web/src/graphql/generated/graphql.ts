/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What happened to a staff account: requested, created, approved, rejected, activated, … */
export type AccountEventKind =
  | 'ACTIVATED'
  | 'ACTIVATION_ISSUED'
  | 'APPROVED'
  | 'CREATED'
  | 'EMPLOYER_ADMIN_GRANTED'
  | 'EMPLOYER_ADMIN_REVOKED'
  | 'REJECTED'
  | 'REQUESTED';

/** Only ACTIVE accounts can log in; a request is PENDING_APPROVAL until a second person decides */
export type AccountStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'PENDING_APPROVAL'
  | 'REJECTED';

/** EMPLOYER_ADMIN: as the employer's administrator HR lead; SECOND_PERSON: as a second person next to the requester (an employer without an active HR lead, a mobility team or administrator account) */
export type ApprovalBasis =
  | 'EMPLOYER_ADMIN'
  | 'SECOND_PERSON';

export type AuditAction =
  | 'ACCOUNT_CHANGED'
  | 'ADMIN_ACTION'
  | 'CONSENT_CHANGED'
  | 'CONSENT_GIVEN'
  | 'CONSENT_STATEMENT_RECORDED'
  | 'CONSENT_STATEMENT_REVOKED'
  | 'CONSENT_WITHDRAWN'
  | 'CSV_DOWNLOADED'
  | 'ERASURE_CANCELLED'
  | 'ERASURE_COMPLETED'
  | 'ERASURE_REQUESTED'
  | 'EXPORT_DOWNLOADED'
  | 'EXPORT_REQUESTED'
  | 'IDENTITY_CHANGED'
  | 'IDENTITY_DISCLOSED'
  | 'IDENTITY_DISCLOSURE_ENDED'
  | 'IDENTITY_READ'
  | 'PRINT_DOWNLOADED'
  | 'RETENTION_RUN';

export type CandidateStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'PAUSED'
  | 'PLACED'
  | 'WITHDRAWN';

export type CandidateStrengthInput = {
  /** How this shows, in generic terms */
  evidenceNote?: string | null | undefined;
  /** 1 basic · 2 independent · 3 proficient · 4 expert */
  level: number;
  skillId: string | number;
};

/** Why the candidate is moving: redundancy, labour disability, spoor 2, voluntary */
export type CandidateTrack =
  | 'LABOUR_DISABILITY'
  | 'SICKNESS_REINTEGRATION'
  | 'VOLUNTARY_MOBILITY'
  | 'WORK_TO_WORK';

/** Why a consent ended */
export type ConsentEndReason =
  | 'PROFILE_CONSENT_WITHDRAWN'
  | 'STATEMENT_REVOKED'
  | 'SUBJECT_ENDED'
  | 'SUPERSEDED'
  | 'WITHDRAWN';

/** Every kind of consent Werkbrug asks a candidate for */
export type ConsentKind =
  | 'PLACEMENT'
  | 'RECEIVE_EMAIL'
  | 'REVEAL_IDENTITY'
  | 'SHARE_TARGET_GROUP'
  | 'SHARE_WITH_EMPLOYERS'
  | 'SHARE_WITH_REGION';

/** How the candidate gave consent to their HR lead: in person, by phone or in writing */
export type ConsentMethod =
  | 'IN_PERSON'
  | 'IN_WRITING'
  | 'PHONE';

/** What the consent was for: an introduction (the identity is revealed) or a placement */
export type ConsentStatementKind =
  | 'INTRODUCTION'
  | 'PLACEMENT';

/** The candidate's consent to share the anonymised profile */
export type ConsentStatus =
  | 'GIVEN'
  | 'NOT_ASKED'
  | 'WITHDRAWN';

export type ContractType =
  | 'FIXED_TERM'
  | 'PERMANENT'
  | 'SECONDMENT'
  | 'SHELTERED'
  | 'TEMPORARY_AGENCY'
  | 'TRAINEESHIP';

export type CreateCandidateIdentityInput = {
  dateOfBirth?: string | null | undefined;
  email?: string | null | undefined;
  fullName: string;
  phone?: string | null | undefined;
};

export type CreateCandidateInput = {
  availableFrom?: string | null | undefined;
  /** Set after the user confirmed that the words flagged as a possible personal name are not a person's name (BAD_USER_INPUT with extensions.confirmable). */
  confirmPossibleNames?: boolean | null | undefined;
  /** The candidate has consented to sharing the anonymised profile */
  consentGiven?: boolean;
  contractEndDate?: string | null | undefined;
  contractTypes?: Array<ContractType>;
  developmentSkillIds?: Array<string | number>;
  homePc4: string;
  hoursMax: number;
  hoursMin: number;
  identity: CreateCandidateIdentityInput;
  maxTravelKm: number;
  sectorsOpen?: Array<Sector>;
  /** With SELECTED_EMPLOYERS: the employers that may see the profile */
  sharedWithEmployerIds?: Array<string | number> | null | undefined;
  sharingScope: SharingScope;
  sketchAttentionPoints?: string | null | undefined;
  sketchStrengths?: string | null | undefined;
  strengths: Array<CandidateStrengthInput>;
  supportNeeds?: Array<SupportNeed>;
  /** Need-to-know: other employers see these only with the candidate's consent */
  targetGroups?: Array<TargetGroup>;
  track: CandidateTrack;
  travelMode: TravelMode;
};

/** No password: its holder chooses one with the one-time activation code (activateStaffAccount), which goes to whoever creates the account directly or approves the request, never to the requester */
export type CreateStaffAccountInput = {
  displayName: string;
  email: string;
  /** HR leads: make the new account an administrator of the employer's HR accounts (only an employer's own administrator HR lead may) */
  employerAdmin?: boolean | null | undefined;
  employerId?: string | number | null | undefined;
  regionCode?: string | null | undefined;
  /** HR_LEAD, MOBILITY_TEAM or ADMINISTRATOR */
  role: Role;
};

export type CreateVacancyInput = {
  /** Set after the user confirmed that the words flagged as a possible personal name are not a person's name (BAD_USER_INPUT with extensions.confirmable). */
  confirmPossibleNames?: boolean | null | undefined;
  contractDurationMonths?: number | null | undefined;
  contractType: ContractType;
  description?: string;
  escoOccupationId?: string | number | null | undefined;
  hoursMax: number;
  hoursMin: number;
  kind: VacancyKind;
  locationPc4: string;
  niceToHaveSkillIds?: Array<string | number>;
  positions?: number;
  requiredSkillIds?: Array<string | number>;
  shifts?: Array<Shift>;
  startDate?: string | null | undefined;
  title: string;
  trainedOnTheJobSkillIds?: Array<string | number>;
  workDays?: Array<Weekday>;
};

export type ErasureStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'SCHEDULED';

export type IdentityAccessAction =
  | 'CHANGE'
  | 'READ';

export type InviteToSessionInput = {
  candidateIds?: Array<string | number>;
  employers?: Array<InvitedEmployerInput>;
};

export type InvitedEmployerInput = {
  employerId: string | number;
  representatives?: number;
};

/** Where a match stands in the workflow from suggestion to outcome */
export type MatchCaseState =
  | 'CLOSED'
  | 'CONSENT_DECLINED'
  | 'CONSENT_REQUESTED'
  | 'DECLINED'
  | 'INTEREST_SHOWN'
  | 'INTRODUCED'
  | 'SUGGESTED';

/** The candidate's answer to being introduced (identity revealed) to the employer */
export type MatchConsent =
  | 'DECLINED'
  | 'GIVEN'
  | 'WITHDRAWN';

export type MatchResponseInput = {
  candidateId: string | number;
  /** Set after the user confirmed that the words flagged as a possible personal name are not a person's name (BAD_USER_INPUT with extensions.confirmable). */
  confirmPossibleNames?: boolean | null | undefined;
  interested: boolean;
  /** Required when not interested; no names or contact details */
  reason?: string | null | undefined;
  vacancyId: string | number;
};

/** Who a participation is about: exactly one of candidateId and employerId */
export type ParticipantInput = {
  candidateId?: string | number | null | undefined;
  employerId?: string | number | null | undefined;
};

/** A participant’s answer to a session invitation */
export type ParticipationStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'DECLINED'
  | 'INVITED'
  | 'NO_SHOW';

/** Secondment (detachering), project hire (inleen), trial placement, work experience */
export type PlacementKind =
  | 'PROJECT_HIRE'
  | 'SECONDMENT'
  | 'TRIAL_PLACEMENT'
  | 'WORK_EXPERIENCE';

/** proposed → agreed (both HR leads and the candidate) → active → ended */
export type PlacementStatus =
  | 'ACTIVE'
  | 'AGREED'
  | 'CANCELLED'
  | 'DECLINED'
  | 'ENDED'
  | 'PROPOSED';

/** The worker's planning of a session */
export type PlanStatus =
  | 'FAILED'
  | 'NOT_PLANNED'
  | 'PLANNED'
  | 'PLANNING';

/** Filters for the mobility team’s region view */
export type RegionMatchFilterInput = {
  maxScore?: number | null | undefined;
  minScore?: number | null | undefined;
  /** Sector of the vacancy’s employer */
  sector?: Sector | null | undefined;
  /** An ESCO skill the vacancy asks for or the candidate has */
  skillId?: string | number | null | undefined;
  track?: CandidateTrack | null | undefined;
};

export type RematchStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'FINISHING'
  | 'QUEUED'
  | 'SCORING';

/** The role a user acts in */
export type Role =
  | 'ADMINISTRATOR'
  | 'HR_LEAD'
  | 'JOB_SEEKER'
  | 'MOBILITY_TEAM';

/** Sector of an employer or a sector a candidate is open to */
export type Sector =
  | 'AGRICULTURE'
  | 'BUSINESS_SERVICES'
  | 'CARE'
  | 'CATERING'
  | 'CLEANING'
  | 'CONSTRUCTION'
  | 'CULTURE_AND_RECREATION'
  | 'EDUCATION'
  | 'FACILITY_SERVICES'
  | 'FINANCE'
  | 'ICT'
  | 'LOGISTICS'
  | 'MANUFACTURING'
  | 'PUBLIC_ADMINISTRATION'
  | 'RETAIL'
  | 'TRANSPORT';

export type SessionAnswerInput = {
  attending: boolean;
  /** 1-based slots the participant cannot make */
  blockedSlots?: Array<number>;
  /** Employers: how many representatives come */
  representatives?: number | null | undefined;
};

export type SessionBreakInput = {
  /** The break follows this slot (1-based) */
  afterSlot: number;
  minutes: number;
};

export type SessionSetupInput = {
  breaks?: Array<SessionBreakInput>;
  date: string;
  /** Local time of the first slot, HH:MM */
  firstSlotStart: string;
  maxMeetingsPerCandidate: number;
  maxMeetingsPerRepresentative: number;
  /** Fairness floor: every candidate gets at least this many meetings where the pool allows */
  minMeetingsPerCandidate: number;
  registrationDeadline: string;
  slotCount: number;
  slotMinutes: number;
  tableCount: number;
  timeZone?: string;
  title: string;
  venue: string;
};

/** Where a meet-and-greet session is: open (inviting, planning), published, closed */
export type SessionStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'PUBLISHED';

/** With whom an anonymised profile is shared */
export type SharingScope =
  | 'REGION'
  | 'SELECTED_EMPLOYERS';

export type Shift =
  | 'DAY'
  | 'EVENING'
  | 'NIGHT';

/** Generic support categories; never medical details */
export type SupportNeed =
  | 'ADJUSTED_WORKPLACE'
  | 'CLEAR_INSTRUCTIONS'
  | 'EXTRA_SUPERVISION'
  | 'FIXED_SCHEDULE'
  | 'GRADUAL_BUILD_UP_OF_HOURS'
  | 'JOB_COACH'
  | 'LANGUAGE_SUPPORT'
  | 'NO_NIGHT_SHIFTS'
  | 'QUIET_WORKSPACE'
  | 'TRANSPORT_ASSISTANCE';

/** Target groups that bring the host a subsidy or a no-risk policy */
export type TargetGroup =
  | 'JOBS_AGREEMENT'
  | 'NO_RISK_POLICY'
  | 'WAGE_COST_SUBSIDY'
  | 'WAGE_DISPENSATION';

export type TravelMode =
  | 'BICYCLE'
  | 'CAR'
  | 'PUBLIC_TRANSPORT'
  | 'WALK';

export type UpdateCandidateInput = {
  availableFrom?: string | null | undefined;
  /** Set after the user confirmed that the words flagged as a possible personal name are not a person's name (BAD_USER_INPUT with extensions.confirmable). */
  confirmPossibleNames?: boolean | null | undefined;
  contractEndDate?: string | null | undefined;
  contractTypes?: Array<ContractType> | null | undefined;
  developmentSkillIds?: Array<string | number> | null | undefined;
  /** The version you edited; CONFLICT if someone changed it since */
  expectedVersion?: number | null | undefined;
  homePc4?: string | null | undefined;
  hoursMax?: number | null | undefined;
  hoursMin?: number | null | undefined;
  maxTravelKm?: number | null | undefined;
  sectorsOpen?: Array<Sector> | null | undefined;
  /** With SELECTED_EMPLOYERS: the employers that may see the profile */
  sharedWithEmployerIds?: Array<string | number> | null | undefined;
  sharingScope?: SharingScope | null | undefined;
  sketchAttentionPoints?: string | null | undefined;
  sketchStrengths?: string | null | undefined;
  strengths?: Array<CandidateStrengthInput> | null | undefined;
  supportNeeds?: Array<SupportNeed> | null | undefined;
  targetGroups?: Array<TargetGroup> | null | undefined;
  track?: CandidateTrack | null | undefined;
  travelMode?: TravelMode | null | undefined;
};

export type UpdateVacancyInput = {
  /** Set after the user confirmed that the words flagged as a possible personal name are not a person's name (BAD_USER_INPUT with extensions.confirmable). */
  confirmPossibleNames?: boolean | null | undefined;
  contractDurationMonths?: number | null | undefined;
  contractType?: ContractType | null | undefined;
  description?: string | null | undefined;
  escoOccupationId?: string | number | null | undefined;
  /** The version you edited; CONFLICT if someone changed it since */
  expectedVersion?: number | null | undefined;
  hoursMax?: number | null | undefined;
  hoursMin?: number | null | undefined;
  kind?: VacancyKind | null | undefined;
  locationPc4?: string | null | undefined;
  niceToHaveSkillIds?: Array<string | number> | null | undefined;
  positions?: number | null | undefined;
  requiredSkillIds?: Array<string | number> | null | undefined;
  shifts?: Array<Shift> | null | undefined;
  startDate?: string | null | undefined;
  title?: string | null | undefined;
  trainedOnTheJobSkillIds?: Array<string | number> | null | undefined;
  workDays?: Array<Weekday> | null | undefined;
};

export type VacancyKind =
  | 'JOB'
  | 'PROJECT_HIRE'
  | 'SECONDMENT'
  | 'TRIAL_PLACEMENT'
  | 'WORK_EXPERIENCE';

export type VacancyStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'FILLED'
  | 'OPEN';

export type Weekday =
  | 'FRI'
  | 'MON'
  | 'SAT'
  | 'SUN'
  | 'THU'
  | 'TUE'
  | 'WED';

export type AuditTrailQueryVariables = Exact<{
  action?: AuditAction | null | undefined;
  before?: string | number | null | undefined;
  first: number;
}>;


export type AuditTrailQuery = { auditTrail: Array<{ id: string, at: string, action: AuditAction, actorName: string | null, actorRole: string, subjectType: string, subjectId: string | null, regionCode: string | null, requestId: string | null, detailsJson: string }> };

export type LedgerEmployerRowPartsFragment = { employerId: string, employerName: string, period: string, hoursLent: number, hoursBorrowed: number, placementsLent: number, placementsBorrowed: number, balance: number, cumulativeBalance: number };

export type MatchExplanationPartsFragment = { distanceKm: number, breakdown: Array<{ component: string, contribution: number, explanation: { nl: string, en: string } }>, matchedSkills: Array<{ level: number, skill: { skillId: string, labelNl: string | null, labelEn: string } }>, missingRequiredSkills: Array<{ skillId: string, labelNl: string | null, labelEn: string }>, improvements: Array<{ scoreGain: number, skill: { skillId: string }, explanation: { nl: string, en: string } }> };

export type PlacementRowPartsFragment = { id: string, kind: PlacementKind, status: PlacementStatus, lendingEmployerId: string, hostEmployerId: string, startDate: string | null, endDate: string | null, hoursPerWeek: number | null, requestedHoursPerWeek: number, conflicts: Array<{ kind: string, blocking: boolean, explanation: string, explanationNl: string }> };

export type SearchSkillsQueryVariables = Exact<{
  query: string;
  limit: number;
}>;


export type SearchSkillsQuery = { searchSkills: Array<{ skillId: string, preferredLabelNl: string | null, preferredLabelEn: string, matchedLabel: string }> };

export type UnreadNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationsQuery = { unreadNotificationCount: number };

export type VacancyMatchPartsFragment = { candidateId: string, vacancyId: string, score: number, vacancy: { id: string, title: string, hoursMin: number, hoursMax: number, employer: { id: string, name: string } | null }, case: { id: string, state: MatchCaseState } | null, explanation: { distanceKm: number, breakdown: Array<{ component: string, contribution: number, explanation: { nl: string, en: string } }>, matchedSkills: Array<{ level: number, skill: { skillId: string, labelNl: string | null, labelEn: string } }>, missingRequiredSkills: Array<{ skillId: string, labelNl: string | null, labelEn: string }>, improvements: Array<{ scoreGain: number, skill: { skillId: string }, explanation: { nl: string, en: string } }> } | null };

export type StaffAccountResultPartsFragment = { account: { id: string, displayName: string, status: AccountStatus }, activation: { code: string, expiresAt: string } | null };

export type PendingStaffAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingStaffAccountsQuery = { pendingStaffAccounts: Array<{ approvalBasis: ApprovalBasis, requestedAt: string, requestedBy: { id: string, displayName: string, role: Role } | null, account: { id: string, displayName: string, email: string, role: Role, regionCode: string | null, employerId: string | null, status: AccountStatus } }> };

export type StaffAccountEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffAccountEventsQuery = { staffAccountEvents: Array<{ id: string, at: string, kind: AccountEventKind, reason: string | null, text: { nl: string, en: string }, actor: { id: string, displayName: string, role: Role }, account: { id: string, displayName: string, email: string, role: Role } }> };

export type StaffAccountChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffAccountChoicesQuery = { regions: Array<{ code: string, name: string }>, employers: { nodes: Array<{ id: string, name: string, regionCode: string }> } };

export type ApproveStaffAccountMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveStaffAccountMutation = { approveStaffAccount: { account: { id: string, displayName: string, status: AccountStatus }, activation: { code: string, expiresAt: string } | null } };

export type RejectStaffAccountMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type RejectStaffAccountMutation = { rejectStaffAccount: { id: string, displayName: string, status: AccountStatus } };

export type CreateStaffAccountMutationVariables = Exact<{
  input: CreateStaffAccountInput;
}>;


export type CreateStaffAccountMutation = { createStaffAccount: { account: { id: string, displayName: string, status: AccountStatus }, activation: { code: string, expiresAt: string } | null } };

export type CandidateMatchesQueryVariables = Exact<{
  candidateId: string | number;
  first: number;
}>;


export type CandidateMatchesQuery = { candidateMatches: { totalCount: number, nodes: Array<{ candidateId: string, vacancyId: string, score: number, vacancy: { id: string, title: string, hoursMin: number, hoursMax: number, employer: { id: string, name: string } | null }, case: { id: string, state: MatchCaseState } | null, explanation: { distanceKm: number, breakdown: Array<{ component: string, contribution: number, explanation: { nl: string, en: string } }>, matchedSkills: Array<{ level: number, skill: { skillId: string, labelNl: string | null, labelEn: string } }>, missingRequiredSkills: Array<{ skillId: string, labelNl: string | null, labelEn: string }>, improvements: Array<{ scoreGain: number, skill: { skillId: string }, explanation: { nl: string, en: string } }> } | null }> } };

export type ConsentRecordsQueryVariables = Exact<{
  candidateId: string | number;
}>;


export type ConsentRecordsQuery = { consentRecords: Array<{ id: string, kind: ConsentKind, givenAt: string, givenByRole: string, inForce: boolean, withdrawnAt: string | null, textNl: string | null, textEn: string | null, employers: Array<{ id: string, name: string }> }> };

export type IdentityAccessLogQueryVariables = Exact<{
  candidateId: string | number;
}>;


export type IdentityAccessLogQuery = { identityAccessLog: Array<{ id: string, accessedAt: string, action: IdentityAccessAction, fields: Array<string>, purpose: string, accessorName: string | null, accessorEmployerName: string | null }> };

export type CandidateIdentityQueryVariables = Exact<{
  candidateId: string | number;
  purpose: string;
}>;


export type CandidateIdentityQuery = { candidateIdentity: { candidateId: string, fullName: string, email: string | null, phone: string | null, dateOfBirth: string | null } };

export type InviteJobSeekerMutationVariables = Exact<{
  candidateId: string | number;
}>;


export type InviteJobSeekerMutation = { createJobSeekerInvitation: { sentTo: string, expiresAt: string } };

export type CandidateProfilePartsFragment = { id: string, publicCode: string, status: CandidateStatus, consentStatus: ConsentStatus, version: number | null, track: CandidateTrack | null, sketchStrengths: string, sketchAttentionPoints: string, hoursMin: number, hoursMax: number, homePc4: string, maxTravelKm: number, travelMode: TravelMode, sectorsOpen: Array<Sector>, contractTypes: Array<ContractType>, availableFrom: string | null, contractEndDate: string | null, supportNeeds: Array<SupportNeed>, targetGroups: Array<TargetGroup> | null, sharingScope: SharingScope | null, sharedWithEmployerIds: Array<string> | null, updatedAt: string, strengths: Array<{ skillId: string, level: number, evidenceNote: string | null, skill: { id: string, labelNl: string | null, labelEn: string } | null }>, developmentSkills: Array<{ id: string, labelNl: string | null, labelEn: string }> };

export type CandidateQueryVariables = Exact<{
  id: string | number;
}>;


export type CandidateQuery = { candidateProfile: { id: string, publicCode: string, status: CandidateStatus, consentStatus: ConsentStatus, version: number | null, track: CandidateTrack | null, sketchStrengths: string, sketchAttentionPoints: string, hoursMin: number, hoursMax: number, homePc4: string, maxTravelKm: number, travelMode: TravelMode, sectorsOpen: Array<Sector>, contractTypes: Array<ContractType>, availableFrom: string | null, contractEndDate: string | null, supportNeeds: Array<SupportNeed>, targetGroups: Array<TargetGroup> | null, sharingScope: SharingScope | null, sharedWithEmployerIds: Array<string> | null, updatedAt: string, strengths: Array<{ skillId: string, level: number, evidenceNote: string | null, skill: { id: string, labelNl: string | null, labelEn: string } | null }>, developmentSkills: Array<{ id: string, labelNl: string | null, labelEn: string }> } };

export type RegionEmployersQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionEmployersQuery = { employers: { nodes: Array<{ id: string, name: string }> } };

export type CreateCandidateMutationVariables = Exact<{
  input: CreateCandidateInput;
}>;


export type CreateCandidateMutation = { createCandidateProfile: { id: string, publicCode: string, status: CandidateStatus, consentStatus: ConsentStatus, version: number | null, track: CandidateTrack | null, sketchStrengths: string, sketchAttentionPoints: string, hoursMin: number, hoursMax: number, homePc4: string, maxTravelKm: number, travelMode: TravelMode, sectorsOpen: Array<Sector>, contractTypes: Array<ContractType>, availableFrom: string | null, contractEndDate: string | null, supportNeeds: Array<SupportNeed>, targetGroups: Array<TargetGroup> | null, sharingScope: SharingScope | null, sharedWithEmployerIds: Array<string> | null, updatedAt: string, strengths: Array<{ skillId: string, level: number, evidenceNote: string | null, skill: { id: string, labelNl: string | null, labelEn: string } | null }>, developmentSkills: Array<{ id: string, labelNl: string | null, labelEn: string }> } };

export type UpdateCandidateMutationVariables = Exact<{
  id: string | number;
  input: UpdateCandidateInput;
}>;


export type UpdateCandidateMutation = { updateCandidateProfile: { id: string, publicCode: string, status: CandidateStatus, consentStatus: ConsentStatus, version: number | null, track: CandidateTrack | null, sketchStrengths: string, sketchAttentionPoints: string, hoursMin: number, hoursMax: number, homePc4: string, maxTravelKm: number, travelMode: TravelMode, sectorsOpen: Array<Sector>, contractTypes: Array<ContractType>, availableFrom: string | null, contractEndDate: string | null, supportNeeds: Array<SupportNeed>, targetGroups: Array<TargetGroup> | null, sharingScope: SharingScope | null, sharedWithEmployerIds: Array<string> | null, updatedAt: string, strengths: Array<{ skillId: string, level: number, evidenceNote: string | null, skill: { id: string, labelNl: string | null, labelEn: string } | null }>, developmentSkills: Array<{ id: string, labelNl: string | null, labelEn: string }> } };

export type ChangeCandidateStatusMutationVariables = Exact<{
  id: string | number;
  status: CandidateStatus;
}>;


export type ChangeCandidateStatusMutation = { changeCandidateStatus: { id: string, publicCode: string, status: CandidateStatus, consentStatus: ConsentStatus, version: number | null, track: CandidateTrack | null, sketchStrengths: string, sketchAttentionPoints: string, hoursMin: number, hoursMax: number, homePc4: string, maxTravelKm: number, travelMode: TravelMode, sectorsOpen: Array<Sector>, contractTypes: Array<ContractType>, availableFrom: string | null, contractEndDate: string | null, supportNeeds: Array<SupportNeed>, targetGroups: Array<TargetGroup> | null, sharingScope: SharingScope | null, sharedWithEmployerIds: Array<string> | null, updatedAt: string, strengths: Array<{ skillId: string, level: number, evidenceNote: string | null, skill: { id: string, labelNl: string | null, labelEn: string } | null }>, developmentSkills: Array<{ id: string, labelNl: string | null, labelEn: string }> } };

export type RecordCandidateConsentMutationVariables = Exact<{
  id: string | number;
  given: boolean;
}>;


export type RecordCandidateConsentMutation = { recordCandidateConsent: { id: string, publicCode: string, status: CandidateStatus, consentStatus: ConsentStatus, version: number | null, track: CandidateTrack | null, sketchStrengths: string, sketchAttentionPoints: string, hoursMin: number, hoursMax: number, homePc4: string, maxTravelKm: number, travelMode: TravelMode, sectorsOpen: Array<Sector>, contractTypes: Array<ContractType>, availableFrom: string | null, contractEndDate: string | null, supportNeeds: Array<SupportNeed>, targetGroups: Array<TargetGroup> | null, sharingScope: SharingScope | null, sharedWithEmployerIds: Array<string> | null, updatedAt: string, strengths: Array<{ skillId: string, level: number, evidenceNote: string | null, skill: { id: string, labelNl: string | null, labelEn: string } | null }>, developmentSkills: Array<{ id: string, labelNl: string | null, labelEn: string }> } };

export type OwnCandidatesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type OwnCandidatesQuery = { candidateProfiles: { totalCount: number, nodes: Array<{ id: string, publicCode: string, status: CandidateStatus, track: CandidateTrack | null, hoursMin: number, hoursMax: number, updatedAt: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LedgerQueryVariables = Exact<{
  from: string;
  to: string;
  byQuarter: boolean;
}>;


export type LedgerQuery = { reciprocityLedger: { csvUrl: string, employers: Array<{ employerId: string, employerName: string, period: string, hoursLent: number, hoursBorrowed: number, placementsLent: number, placementsBorrowed: number, balance: number, cumulativeBalance: number }> } };

export type PlacementsQueryVariables = Exact<{
  status?: PlacementStatus | null | undefined;
}>;


export type PlacementsQuery = { placements: Array<{ candidateId: string | null, id: string, kind: PlacementKind, status: PlacementStatus, lendingEmployerId: string, hostEmployerId: string, startDate: string | null, endDate: string | null, hoursPerWeek: number | null, requestedHoursPerWeek: number, conflicts: Array<{ kind: string, blocking: boolean, explanation: string, explanationNl: string }> }>, employers: { nodes: Array<{ id: string, name: string }> } };

export type OwnVacanciesQueryVariables = Exact<{
  employerId: string | number;
  first: number;
}>;


export type OwnVacanciesQuery = { vacancies: { totalCount: number, nodes: Array<{ id: string, title: string, kind: VacancyKind, status: VacancyStatus, hoursMin: number, hoursMax: number }> } };

export type VacancyMatchesQueryVariables = Exact<{
  vacancyId: string | number;
  first: number;
}>;


export type VacancyMatchesQuery = { vacancy: { id: string, title: string }, vacancyMatches: { totalCount: number, nodes: Array<{ candidateId: string, vacancyId: string, score: number, candidate: { id: string, publicCode: string, hoursMin: number, hoursMax: number }, case: { id: string, state: MatchCaseState, employerInterest: string | null, employerReason: string | null, candidateInterest: string | null } | null, explanation: { distanceKm: number, breakdown: Array<{ component: string, contribution: number, explanation: { nl: string, en: string } }>, matchedSkills: Array<{ level: number, skill: { skillId: string, labelNl: string | null, labelEn: string } }>, missingRequiredSkills: Array<{ skillId: string, labelNl: string | null, labelEn: string }>, improvements: Array<{ scoreGain: number, skill: { skillId: string }, explanation: { nl: string, en: string } }> } | null }> } };

export type VacancyPartsFragment = { id: string, version: number, title: string, description: string, kind: VacancyKind, status: VacancyStatus, contractType: ContractType, contractDurationMonths: number | null, hoursMin: number, hoursMax: number, locationPc4: string, positions: number, startDate: string | null, workDays: Array<Weekday>, shifts: Array<Shift>, requiredSkills: Array<{ id: string, labelNl: string | null, labelEn: string }>, niceToHaveSkills: Array<{ id: string, labelNl: string | null, labelEn: string }>, trainedOnTheJobSkills: Array<{ id: string, labelNl: string | null, labelEn: string }> };

export type VacancyQueryVariables = Exact<{
  id: string | number;
}>;


export type VacancyQuery = { vacancy: { id: string, version: number, title: string, description: string, kind: VacancyKind, status: VacancyStatus, contractType: ContractType, contractDurationMonths: number | null, hoursMin: number, hoursMax: number, locationPc4: string, positions: number, startDate: string | null, workDays: Array<Weekday>, shifts: Array<Shift>, requiredSkills: Array<{ id: string, labelNl: string | null, labelEn: string }>, niceToHaveSkills: Array<{ id: string, labelNl: string | null, labelEn: string }>, trainedOnTheJobSkills: Array<{ id: string, labelNl: string | null, labelEn: string }> } };

export type CreateVacancyMutationVariables = Exact<{
  input: CreateVacancyInput;
}>;


export type CreateVacancyMutation = { createVacancy: { id: string, version: number, title: string, description: string, kind: VacancyKind, status: VacancyStatus, contractType: ContractType, contractDurationMonths: number | null, hoursMin: number, hoursMax: number, locationPc4: string, positions: number, startDate: string | null, workDays: Array<Weekday>, shifts: Array<Shift>, requiredSkills: Array<{ id: string, labelNl: string | null, labelEn: string }>, niceToHaveSkills: Array<{ id: string, labelNl: string | null, labelEn: string }>, trainedOnTheJobSkills: Array<{ id: string, labelNl: string | null, labelEn: string }> } };

export type UpdateVacancyMutationVariables = Exact<{
  id: string | number;
  input: UpdateVacancyInput;
}>;


export type UpdateVacancyMutation = { updateVacancy: { id: string, version: number, title: string, description: string, kind: VacancyKind, status: VacancyStatus, contractType: ContractType, contractDurationMonths: number | null, hoursMin: number, hoursMax: number, locationPc4: string, positions: number, startDate: string | null, workDays: Array<Weekday>, shifts: Array<Shift>, requiredSkills: Array<{ id: string, labelNl: string | null, labelEn: string }>, niceToHaveSkills: Array<{ id: string, labelNl: string | null, labelEn: string }>, trainedOnTheJobSkills: Array<{ id: string, labelNl: string | null, labelEn: string }> } };

export type ChangeVacancyStatusMutationVariables = Exact<{
  id: string | number;
  status: VacancyStatus;
}>;


export type ChangeVacancyStatusMutation = { changeVacancyStatus: { id: string, version: number, title: string, description: string, kind: VacancyKind, status: VacancyStatus, contractType: ContractType, contractDurationMonths: number | null, hoursMin: number, hoursMax: number, locationPc4: string, positions: number, startDate: string | null, workDays: Array<Weekday>, shifts: Array<Shift>, requiredSkills: Array<{ id: string, labelNl: string | null, labelEn: string }>, niceToHaveSkills: Array<{ id: string, labelNl: string | null, labelEn: string }>, trainedOnTheJobSkills: Array<{ id: string, labelNl: string | null, labelEn: string }> } };

export type RespondAsEmployerMutationVariables = Exact<{
  input: MatchResponseInput;
}>;


export type RespondAsEmployerMutation = { respondToMatchAsEmployer: { id: string, state: MatchCaseState, employerInterest: string | null, employerReason: string | null } };

export type MyConsentsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type MyConsentsPageQuery = { myCandidateProfile: { id: string, consentStatus: ConsentStatus, emailNotifications: boolean | null, targetGroupShared: boolean | null }, myConsents: Array<{ id: string, kind: ConsentKind, givenAt: string, givenByRole: string, inForce: boolean, textNl: string | null, textEn: string | null, textVersion: string | null, statementId: string | null, withdrawnAt: string | null, withdrawnByRole: string | null, withdrawalReason: ConsentEndReason | null, employers: Array<{ id: string, name: string }> }>, myConsentStatements: Array<{ id: string, kind: ConsentStatementKind, givenOn: string, givenToName: string, method: ConsentMethod, inForce: boolean, revokedAt: string | null, textNl: string, textEn: string }> };

export type CurrentConsentTextQueryVariables = Exact<{
  kind: ConsentKind;
}>;


export type CurrentConsentTextQuery = { consentText: { kind: ConsentKind, textNl: string, textEn: string, textVersion: string } };

export type WithdrawConsentMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawConsentMutation = { withdrawConsent: { id: string, inForce: boolean, withdrawnAt: string | null, withdrawnByRole: string | null, withdrawalReason: ConsentEndReason | null } };

export type RevokeConsentStatementMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeConsentStatementMutation = { revokeConsentStatement: { id: string, inForce: boolean, revokedAt: string | null } };

export type SetEmailNotificationsMutationVariables = Exact<{
  on: boolean;
}>;


export type SetEmailNotificationsMutation = { setEmailNotifications: { id: string, emailNotifications: boolean | null } };

export type ShareTargetGroupMutationVariables = Exact<{
  candidateId: string | number;
  share: boolean;
  textVersion?: string | null | undefined;
}>;


export type ShareTargetGroupMutation = { shareTargetGroup: { id: string, targetGroupShared: boolean | null } };

export type IntroductionConsentTextQueryVariables = Exact<{
  matchCaseId: string | number;
}>;


export type IntroductionConsentTextQuery = { introductionConsentText: { subjectId: string, employerName: string, textNl: string, textEn: string, textVersion: string } };

export type AnswerIntroductionConsentMutationVariables = Exact<{
  matchCaseId: string | number;
  consent: MatchConsent;
}>;


export type AnswerIntroductionConsentMutation = { answerIntroductionConsent: { id: string, state: MatchCaseState, consent: MatchConsent | null, identityDisclosed: boolean, version: number } };

export type MyDataPageQueryVariables = Exact<{
  candidateId: string | number;
}>;


export type MyDataPageQuery = { erasureGraceDays: number, myDataExports: Array<{ id: string, requestedAt: string, readyAt: string | null, failed: boolean, expiresAt: string, jsonDownloadedAt: string | null, htmlDownloadedAt: string | null }>, erasureRequests: Array<{ id: string, status: ErasureStatus, requestedAt: string, requestedByRole: string, scheduledFor: string, cancelledAt: string | null }>, identityAccessLog: Array<{ id: string, accessedAt: string, action: IdentityAccessAction, fields: Array<string>, purpose: string, accessorRole: string, accessorName: string | null, accessorEmployerName: string | null, accessorDescription: { nl: string, en: string } | null }>, auditTrail: Array<{ id: string, action: AuditAction, at: string, actorRole: string }> };

export type DataExportPartsFragment = { id: string, requestedAt: string, readyAt: string | null, failed: boolean, expiresAt: string, jsonDownloadedAt: string | null, htmlDownloadedAt: string | null };

export type ErasureRequestPartsFragment = { id: string, status: ErasureStatus, requestedAt: string, requestedByRole: string, scheduledFor: string, cancelledAt: string | null };

export type RequestMyDataExportMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestMyDataExportMutation = { requestMyDataExport: { jsonPath: string, htmlPath: string, export: { id: string, requestedAt: string, readyAt: string | null, failed: boolean, expiresAt: string, jsonDownloadedAt: string | null, htmlDownloadedAt: string | null } } };

export type RequestErasureMutationVariables = Exact<{
  candidateId: string | number;
  reason?: string | null | undefined;
}>;


export type RequestErasureMutation = { requestErasure: { id: string, status: ErasureStatus, requestedAt: string, requestedByRole: string, scheduledFor: string, cancelledAt: string | null } };

export type CancelErasureMutationVariables = Exact<{
  requestId: string | number;
}>;


export type CancelErasureMutation = { cancelErasure: { id: string, status: ErasureStatus, requestedAt: string, requestedByRole: string, scheduledFor: string, cancelledAt: string | null } };

export type MyNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationsQuery = { myNotifications: Array<{ id: string, kind: string, createdAt: string, readAt: string | null, textNl: string, textEn: string }> };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { myCandidateProfile: { id: string, publicCode: string, status: CandidateStatus, sketchStrengths: string, sketchAttentionPoints: string, hoursMin: number, hoursMax: number, maxTravelKm: number, contractEndDate: string | null, strengths: Array<{ skillId: string, level: number, skill: { id: string, labelNl: string | null, labelEn: string } | null }>, developmentSkills: Array<{ id: string, labelNl: string | null, labelEn: string }> } };

export type MySuggestionsQueryVariables = Exact<{
  first: number;
}>;


export type MySuggestionsQuery = { mySuggestions: { totalCount: number, updatedAt: string | null, nodes: Array<{ candidateId: string, vacancyId: string, score: number, vacancy: { kind: VacancyKind, id: string, title: string, hoursMin: number, hoursMax: number, employer: { id: string, name: string } | null }, case: { candidateInterest: string | null, consent: MatchConsent | null, identityDisclosed: boolean, version: number, id: string, state: MatchCaseState } | null, explanation: { distanceKm: number, breakdown: Array<{ component: string, contribution: number, explanation: { nl: string, en: string } }>, matchedSkills: Array<{ level: number, skill: { skillId: string, labelNl: string | null, labelEn: string } }>, missingRequiredSkills: Array<{ skillId: string, labelNl: string | null, labelEn: string }>, improvements: Array<{ scoreGain: number, skill: { skillId: string }, explanation: { nl: string, en: string } }> } | null }> } };

export type RespondToMatchMutationVariables = Exact<{
  input: MatchResponseInput;
}>;


export type RespondToMatchMutation = { respondToMatchAsCandidate: { id: string, state: MatchCaseState, candidateInterest: string | null, consent: MatchConsent | null, identityDisclosed: boolean, version: number } };

export type TeamLedgerQueryVariables = Exact<{
  from: string;
  to: string;
  byQuarter: boolean;
}>;


export type TeamLedgerQuery = { reciprocityLedger: { csvUrl: string, employers: Array<{ employerId: string, employerName: string, period: string, hoursLent: number, hoursBorrowed: number, placementsLent: number, placementsBorrowed: number, balance: number, cumulativeBalance: number }>, pairs: Array<{ period: string, lendingEmployerId: string, hostEmployerId: string, hours: number }> } };

export type TeamPlacementsQueryVariables = Exact<{
  status?: PlacementStatus | null | undefined;
}>;


export type TeamPlacementsQuery = { placements: Array<{ id: string, kind: PlacementKind, status: PlacementStatus, lendingEmployerId: string, hostEmployerId: string, startDate: string | null, endDate: string | null, hoursPerWeek: number | null, requestedHoursPerWeek: number, conflicts: Array<{ kind: string, blocking: boolean, explanation: string, explanationNl: string }> }>, employers: { nodes: Array<{ id: string, name: string }> } };

export type TeamErasureRequestPartsFragment = { id: string, candidateId: string | null, publicCode: string | null, status: ErasureStatus, reason: string | null, requestedAt: string, requestedByRole: string, scheduledFor: string, cancelledAt: string | null, completedAt: string | null, removed: Array<{ kind: string, rows: number }> };

export type TeamErasureRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamErasureRequestsQuery = { erasureRequests: Array<{ id: string, candidateId: string | null, publicCode: string | null, status: ErasureStatus, reason: string | null, requestedAt: string, requestedByRole: string, scheduledFor: string, cancelledAt: string | null, completedAt: string | null, removed: Array<{ kind: string, rows: number }> }> };

export type TeamCandidateByCodeQueryVariables = Exact<{
  publicCode: string;
}>;


export type TeamCandidateByCodeQuery = { candidateProfiles: { nodes: Array<{ id: string, publicCode: string }> } };

export type TeamRequestErasureMutationVariables = Exact<{
  candidateId: string | number;
  reason?: string | null | undefined;
}>;


export type TeamRequestErasureMutation = { requestErasure: { id: string, candidateId: string | null, publicCode: string | null, status: ErasureStatus, reason: string | null, requestedAt: string, requestedByRole: string, scheduledFor: string, cancelledAt: string | null, completedAt: string | null, removed: Array<{ kind: string, rows: number }> } };

export type TeamCancelErasureMutationVariables = Exact<{
  requestId: string | number;
}>;


export type TeamCancelErasureMutation = { cancelErasure: { id: string, candidateId: string | null, publicCode: string | null, status: ErasureStatus, reason: string | null, requestedAt: string, requestedByRole: string, scheduledFor: string, cancelledAt: string | null, completedAt: string | null, removed: Array<{ kind: string, rows: number }> } };

export type TeamRegionStatisticsQueryVariables = Exact<{
  regionCode: string;
}>;


export type TeamRegionStatisticsQuery = { regionStatistics: { regionCode: string, activeCandidates: number, contractsEndingWithinSixMonths: number, employers: number, openVacancies: number, openPositions: number, computedAt: string, activeCandidatesByTrack: Array<{ track: string, count: number | null }> } };

export type RematchRunPartsFragment = { id: string, status: RematchStatus, progress: number, requestedAt: string, finishedAt: string | null, candidates: number, vacancies: number, pairsScored: number };

export type TeamLatestRematchRunQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamLatestRematchRunQuery = { latestRematchRun: { id: string, status: RematchStatus, progress: number, requestedAt: string, finishedAt: string | null, candidates: number, vacancies: number, pairsScored: number } | null };

export type TeamStartRegionRematchMutationVariables = Exact<{ [key: string]: never; }>;


export type TeamStartRegionRematchMutation = { startRegionRematch: { id: string, status: RematchStatus, progress: number, requestedAt: string, finishedAt: string | null, candidates: number, vacancies: number, pairsScored: number } };

export type TeamRegionMatchesQueryVariables = Exact<{
  filter?: RegionMatchFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TeamRegionMatchesQuery = { regionMatches: { totalCount: number, hasNextPage: boolean, endCursor: string | null, nodes: Array<{ candidateId: string, vacancyId: string, score: number, candidate: { id: string, publicCode: string, track: CandidateTrack | null }, vacancy: { id: string, title: string, employer: { id: string, name: string } | null }, case: { id: string, state: MatchCaseState } | null, explanation: { distanceKm: number, breakdown: Array<{ component: string, contribution: number, explanation: { nl: string, en: string } }>, matchedSkills: Array<{ level: number, skill: { skillId: string, labelNl: string | null, labelEn: string } }>, missingRequiredSkills: Array<{ skillId: string, labelNl: string | null, labelEn: string }>, improvements: Array<{ scoreGain: number, skill: { skillId: string }, explanation: { nl: string, en: string } }> } | null }> } };

export type TeamCreateSessionMutationVariables = Exact<{
  input: SessionSetupInput;
}>;


export type TeamCreateSessionMutation = { createMeetAndGreetSession: { id: string } };

export type TeamSessionSuggestionsQueryVariables = Exact<{
  sessionId: string | number;
}>;


export type TeamSessionSuggestionsQuery = { sessionInviteeSuggestions: { candidates: Array<{ candidateId: string, publicCode: string, bestScore: number, matchingEmployers: number }>, employers: Array<{ employerId: string, name: string, bestScore: number, matchingCandidates: number }> } };

export type TeamInviteToSessionMutationVariables = Exact<{
  sessionId: string | number;
  input: InviteToSessionInput;
}>;


export type TeamInviteToSessionMutation = { inviteToSession: { candidates: number, employers: number } };

export type TeamRegisterParticipantMutationVariables = Exact<{
  sessionId: string | number;
  participant: ParticipantInput;
  answer: SessionAnswerInput;
}>;


export type TeamRegisterParticipantMutation = { respondToSessionInvitation: boolean };

export type TeamPlanSessionMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type TeamPlanSessionMutation = { planMeetAndGreetSession: { id: string, planStatus: PlanStatus, planCurrent: boolean } };

export type TeamPublishSessionMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type TeamPublishSessionMutation = { publishMeetAndGreetSession: { id: string, status: SessionStatus, publishedAt: string | null } };

export type TeamUnpublishSessionMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type TeamUnpublishSessionMutation = { unpublishMeetAndGreetSession: { id: string, status: SessionStatus, publishedAt: string | null } };

export type TeamLockMeetingMutationVariables = Exact<{
  meetingId: string | number;
  locked: boolean;
}>;


export type TeamLockMeetingMutation = { lockSessionMeeting: { id: string, locked: boolean } };

export type TeamSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamSessionsQuery = { meetAndGreetSessions: Array<{ id: string, title: string, venue: string, date: string, firstSlotStart: string, status: SessionStatus, planStatus: PlanStatus }> };

export type TeamSessionQueryVariables = Exact<{
  sessionId: string | number;
}>;


export type TeamSessionQuery = { meetAndGreetSession: { id: string, title: string, venue: string, date: string, firstSlotStart: string, slotMinutes: number, slotCount: number, tableCount: number, registrationDeadline: string, minMeetingsPerCandidate: number, maxMeetingsPerCandidate: number, maxMeetingsPerRepresentative: number, status: SessionStatus, planStatus: PlanStatus, planCurrent: boolean, planVersion: number, planFigures: { meetings: number, candidatesBelowFloor: number, kept: number | null, changed: number | null, added: number | null } | null, slots: Array<{ number: number, startsAt: string }> }, sessionEmployers: Array<{ employerId: string, name: string, representatives: number, status: ParticipationStatus, late: boolean, blockedSlots: Array<number> }>, sessionCandidates: Array<{ candidateId: string, publicCode: string, status: ParticipationStatus, late: boolean, blockedSlots: Array<number> }>, sessionTablePlan: { printUrl: string, tables: Array<{ table: number, cells: Array<{ meetingId: string, employer: string, representative: number, candidate: string, locked: boolean } | null> }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, role: Role, employerId: string | null, candidateId: string | null, regionCode: string | null } };

export const LedgerEmployerRowPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEmployerRowParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEmployerRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerId"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"hoursLent"}},{"kind":"Field","name":{"kind":"Name","value":"hoursBorrowed"}},{"kind":"Field","name":{"kind":"Name","value":"placementsLent"}},{"kind":"Field","name":{"kind":"Name","value":"placementsBorrowed"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeBalance"}}]}}]} as unknown as DocumentNode<LedgerEmployerRowPartsFragment, unknown>;
export const PlacementRowPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementRowParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lendingEmployerId"}},{"kind":"Field","name":{"kind":"Name","value":"hostEmployerId"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"requestedHoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"blocking"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"explanationNl"}}]}}]}}]} as unknown as DocumentNode<PlacementRowPartsFragment, unknown>;
export const MatchExplanationPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchExplanationParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchExplanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRequiredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreGain"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<MatchExplanationPartsFragment, unknown>;
export const VacancyMatchPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VacancyMatchParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Match"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"vacancyId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchExplanationParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchExplanationParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchExplanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRequiredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreGain"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<VacancyMatchPartsFragment, unknown>;
export const StaffAccountResultPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAccountResultParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccountResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<StaffAccountResultPartsFragment, unknown>;
export const CandidateProfilePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateProfileParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"sketchStrengths"}},{"kind":"Field","name":{"kind":"Name","value":"sketchAttentionPoints"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"homePc4"}},{"kind":"Field","name":{"kind":"Name","value":"maxTravelKm"}},{"kind":"Field","name":{"kind":"Name","value":"travelMode"}},{"kind":"Field","name":{"kind":"Name","value":"sectorsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"contractTypes"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"contractEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"supportNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"sharingScope"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithEmployerIds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]} as unknown as DocumentNode<CandidateProfilePartsFragment, unknown>;
export const VacancyPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VacancyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vacancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"contractDurationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"locationPc4"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"workDays"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"niceToHaveSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainedOnTheJobSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]} as unknown as DocumentNode<VacancyPartsFragment, unknown>;
export const DataExportPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataExportParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readyAt"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"jsonDownloadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"htmlDownloadedAt"}}]}}]} as unknown as DocumentNode<DataExportPartsFragment, unknown>;
export const ErasureRequestPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErasureRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErasureRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]} as unknown as DocumentNode<ErasureRequestPartsFragment, unknown>;
export const TeamErasureRequestPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamErasureRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErasureRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"publicCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]} as unknown as DocumentNode<TeamErasureRequestPartsFragment, unknown>;
export const RematchRunPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RematchRunParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RematchRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"pairsScored"}}]}}]} as unknown as DocumentNode<RematchRunPartsFragment, unknown>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditAction"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"detailsJson"}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const SearchSkillsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchSkills"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchSkills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLabelNl"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLabelEn"}},{"kind":"Field","name":{"kind":"Name","value":"matchedLabel"}}]}}]}}]} as unknown as DocumentNode<SearchSkillsQuery, SearchSkillsQueryVariables>;
export const UnreadNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationsQuery, UnreadNotificationsQueryVariables>;
export const PendingStaffAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingStaffAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingStaffAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"employerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PendingStaffAccountsQuery, PendingStaffAccountsQueryVariables>;
export const StaffAccountEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffAccountEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffAccountEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<StaffAccountEventsQuery, StaffAccountEventsQueryVariables>;
export const StaffAccountChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffAccountChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]}}]}}]} as unknown as DocumentNode<StaffAccountChoicesQuery, StaffAccountChoicesQueryVariables>;
export const ApproveStaffAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveStaffAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveStaffAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffAccountResultParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAccountResultParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccountResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ApproveStaffAccountMutation, ApproveStaffAccountMutationVariables>;
export const RejectStaffAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectStaffAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectStaffAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RejectStaffAccountMutation, RejectStaffAccountMutationVariables>;
export const CreateStaffAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaffAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaffAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffAccountResultParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAccountResultParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccountResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CreateStaffAccountMutation, CreateStaffAccountMutationVariables>;
export const CandidateMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VacancyMatchParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchExplanationParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchExplanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRequiredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreGain"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VacancyMatchParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Match"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"vacancyId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchExplanationParts"}}]}}]}}]} as unknown as DocumentNode<CandidateMatchesQuery, CandidateMatchesQueryVariables>;
export const ConsentRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsentRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"givenByRole"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsentRecordsQuery, ConsentRecordsQueryVariables>;
export const IdentityAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identityAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"accessorName"}},{"kind":"Field","name":{"kind":"Name","value":"accessorEmployerName"}}]}}]}}]} as unknown as DocumentNode<IdentityAccessLogQuery, IdentityAccessLogQueryVariables>;
export const CandidateIdentityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}}]}}]}}]} as unknown as DocumentNode<CandidateIdentityQuery, CandidateIdentityQueryVariables>;
export const InviteJobSeekerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteJobSeeker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createJobSeekerInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentTo"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<InviteJobSeekerMutation, InviteJobSeekerMutationVariables>;
export const CandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Candidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateProfileParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateProfileParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"sketchStrengths"}},{"kind":"Field","name":{"kind":"Name","value":"sketchAttentionPoints"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"homePc4"}},{"kind":"Field","name":{"kind":"Name","value":"maxTravelKm"}},{"kind":"Field","name":{"kind":"Name","value":"travelMode"}},{"kind":"Field","name":{"kind":"Name","value":"sectorsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"contractTypes"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"contractEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"supportNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"sharingScope"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithEmployerIds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]} as unknown as DocumentNode<CandidateQuery, CandidateQueryVariables>;
export const RegionEmployersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionEmployers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RegionEmployersQuery, RegionEmployersQueryVariables>;
export const CreateCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCandidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCandidateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateProfileParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateProfileParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"sketchStrengths"}},{"kind":"Field","name":{"kind":"Name","value":"sketchAttentionPoints"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"homePc4"}},{"kind":"Field","name":{"kind":"Name","value":"maxTravelKm"}},{"kind":"Field","name":{"kind":"Name","value":"travelMode"}},{"kind":"Field","name":{"kind":"Name","value":"sectorsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"contractTypes"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"contractEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"supportNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"sharingScope"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithEmployerIds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]} as unknown as DocumentNode<CreateCandidateMutation, CreateCandidateMutationVariables>;
export const UpdateCandidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCandidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCandidateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateProfileParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateProfileParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"sketchStrengths"}},{"kind":"Field","name":{"kind":"Name","value":"sketchAttentionPoints"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"homePc4"}},{"kind":"Field","name":{"kind":"Name","value":"maxTravelKm"}},{"kind":"Field","name":{"kind":"Name","value":"travelMode"}},{"kind":"Field","name":{"kind":"Name","value":"sectorsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"contractTypes"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"contractEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"supportNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"sharingScope"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithEmployerIds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]} as unknown as DocumentNode<UpdateCandidateMutation, UpdateCandidateMutationVariables>;
export const ChangeCandidateStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCandidateStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCandidateStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateProfileParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateProfileParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"sketchStrengths"}},{"kind":"Field","name":{"kind":"Name","value":"sketchAttentionPoints"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"homePc4"}},{"kind":"Field","name":{"kind":"Name","value":"maxTravelKm"}},{"kind":"Field","name":{"kind":"Name","value":"travelMode"}},{"kind":"Field","name":{"kind":"Name","value":"sectorsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"contractTypes"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"contractEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"supportNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"sharingScope"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithEmployerIds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]} as unknown as DocumentNode<ChangeCandidateStatusMutation, ChangeCandidateStatusMutationVariables>;
export const RecordCandidateConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCandidateConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"given"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCandidateConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"given"},"value":{"kind":"Variable","name":{"kind":"Name","value":"given"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CandidateProfileParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CandidateProfileParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"sketchStrengths"}},{"kind":"Field","name":{"kind":"Name","value":"sketchAttentionPoints"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"homePc4"}},{"kind":"Field","name":{"kind":"Name","value":"maxTravelKm"}},{"kind":"Field","name":{"kind":"Name","value":"travelMode"}},{"kind":"Field","name":{"kind":"Name","value":"sectorsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"contractTypes"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"contractEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"supportNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"sharingScope"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithEmployerIds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]} as unknown as DocumentNode<RecordCandidateConsentMutation, RecordCandidateConsentMutationVariables>;
export const OwnCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"ownership"},"value":{"kind":"EnumValue","value":"OWN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OwnCandidatesQuery, OwnCandidatesQueryVariables>;
export const LedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ledger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"byQuarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reciprocityLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"byQuarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byQuarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csvUrl"}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerEmployerRowParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEmployerRowParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEmployerRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerId"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"hoursLent"}},{"kind":"Field","name":{"kind":"Name","value":"hoursBorrowed"}},{"kind":"Field","name":{"kind":"Name","value":"placementsLent"}},{"kind":"Field","name":{"kind":"Name","value":"placementsBorrowed"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeBalance"}}]}}]} as unknown as DocumentNode<LedgerQuery, LedgerQueryVariables>;
export const PlacementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Placements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementRowParts"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementRowParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lendingEmployerId"}},{"kind":"Field","name":{"kind":"Name","value":"hostEmployerId"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"requestedHoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"blocking"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"explanationNl"}}]}}]}}]} as unknown as DocumentNode<PlacementsQuery, PlacementsQueryVariables>;
export const OwnVacanciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnVacancies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}}]}}]}}]}}]} as unknown as DocumentNode<OwnVacanciesQuery, OwnVacanciesQueryVariables>;
export const VacancyMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VacancyMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacancyMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vacancyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"vacancyId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicCode"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"employerInterest"}},{"kind":"Field","name":{"kind":"Name","value":"employerReason"}},{"kind":"Field","name":{"kind":"Name","value":"candidateInterest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchExplanationParts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchExplanationParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchExplanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRequiredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreGain"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<VacancyMatchesQuery, VacancyMatchesQueryVariables>;
export const VacancyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Vacancy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VacancyParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VacancyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vacancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"contractDurationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"locationPc4"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"workDays"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"niceToHaveSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainedOnTheJobSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]} as unknown as DocumentNode<VacancyQuery, VacancyQueryVariables>;
export const CreateVacancyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVacancy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVacancyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VacancyParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VacancyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vacancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"contractDurationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"locationPc4"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"workDays"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"niceToHaveSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainedOnTheJobSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]} as unknown as DocumentNode<CreateVacancyMutation, CreateVacancyMutationVariables>;
export const UpdateVacancyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateVacancy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVacancyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VacancyParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VacancyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vacancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"contractDurationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"locationPc4"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"workDays"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"niceToHaveSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainedOnTheJobSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]} as unknown as DocumentNode<UpdateVacancyMutation, UpdateVacancyMutationVariables>;
export const ChangeVacancyStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeVacancyStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VacancyStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeVacancyStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VacancyParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VacancyParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vacancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"contractDurationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"locationPc4"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"workDays"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"niceToHaveSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainedOnTheJobSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]} as unknown as DocumentNode<ChangeVacancyStatusMutation, ChangeVacancyStatusMutationVariables>;
export const RespondAsEmployerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondAsEmployer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToMatchAsEmployer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"employerInterest"}},{"kind":"Field","name":{"kind":"Name","value":"employerReason"}}]}}]}}]} as unknown as DocumentNode<RespondAsEmployerMutation, RespondAsEmployerMutationVariables>;
export const MyConsentsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyConsentsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCandidateProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"emailNotifications"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupShared"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"givenByRole"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"textVersion"}},{"kind":"Field","name":{"kind":"Name","value":"statementId"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnByRole"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myConsentStatements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}},{"kind":"Field","name":{"kind":"Name","value":"givenToName"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}}]}}]} as unknown as DocumentNode<MyConsentsPageQuery, MyConsentsPageQueryVariables>;
export const CurrentConsentTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentConsentText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"textVersion"}}]}}]}}]} as unknown as DocumentNode<CurrentConsentTextQuery, CurrentConsentTextQueryVariables>;
export const WithdrawConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnByRole"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}}]}}]}}]} as unknown as DocumentNode<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const RevokeConsentStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeConsentStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeConsentStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeConsentStatementMutation, RevokeConsentStatementMutationVariables>;
export const SetEmailNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEmailNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEmailNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailNotifications"}}]}}]}}]} as unknown as DocumentNode<SetEmailNotificationsMutation, SetEmailNotificationsMutationVariables>;
export const ShareTargetGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareTargetGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"share"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"textVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareTargetGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}},{"kind":"Argument","name":{"kind":"Name","value":"share"},"value":{"kind":"Variable","name":{"kind":"Name","value":"share"}}},{"kind":"Argument","name":{"kind":"Name","value":"textVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"textVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupShared"}}]}}]}}]} as unknown as DocumentNode<ShareTargetGroupMutation, ShareTargetGroupMutationVariables>;
export const IntroductionConsentTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntroductionConsentText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matchCaseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introductionConsentText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"matchCaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matchCaseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"textVersion"}}]}}]}}]} as unknown as DocumentNode<IntroductionConsentTextQuery, IntroductionConsentTextQueryVariables>;
export const AnswerIntroductionConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerIntroductionConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matchCaseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchConsent"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerIntroductionConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"matchCaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matchCaseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"consent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consent"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"identityDisclosed"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AnswerIntroductionConsentMutation, AnswerIntroductionConsentMutationVariables>;
export const MyDataPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDataPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasureGraceDays"}},{"kind":"Field","name":{"kind":"Name","value":"myDataExports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataExportParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"erasureRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErasureRequestParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"identityAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"accessorRole"}},{"kind":"Field","name":{"kind":"Name","value":"accessorName"}},{"kind":"Field","name":{"kind":"Name","value":"accessorEmployerName"}},{"kind":"Field","name":{"kind":"Name","value":"accessorDescription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataExportParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readyAt"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"jsonDownloadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"htmlDownloadedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErasureRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErasureRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]} as unknown as DocumentNode<MyDataPageQuery, MyDataPageQueryVariables>;
export const RequestMyDataExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestMyDataExport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestMyDataExport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jsonPath"}},{"kind":"Field","name":{"kind":"Name","value":"htmlPath"}},{"kind":"Field","name":{"kind":"Name","value":"export"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataExportParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataExportParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataExport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"readyAt"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"jsonDownloadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"htmlDownloadedAt"}}]}}]} as unknown as DocumentNode<RequestMyDataExportMutation, RequestMyDataExportMutationVariables>;
export const RequestErasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestErasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestErasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErasureRequestParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErasureRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErasureRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]} as unknown as DocumentNode<RequestErasureMutation, RequestErasureMutationVariables>;
export const CancelErasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelErasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelErasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErasureRequestParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErasureRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErasureRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]} as unknown as DocumentNode<CancelErasureMutation, CancelErasureMutationVariables>;
export const MyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCandidateProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sketchStrengths"}},{"kind":"Field","name":{"kind":"Name","value":"sketchAttentionPoints"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"maxTravelKm"}},{"kind":"Field","name":{"kind":"Name","value":"contractEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"developmentSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]}}]} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const MySuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VacancyMatchParts"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateInterest"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"identityDisclosed"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchExplanationParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchExplanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRequiredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreGain"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VacancyMatchParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Match"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"vacancyId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchExplanationParts"}}]}}]}}]} as unknown as DocumentNode<MySuggestionsQuery, MySuggestionsQueryVariables>;
export const RespondToMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToMatchAsCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"candidateInterest"}},{"kind":"Field","name":{"kind":"Name","value":"consent"}},{"kind":"Field","name":{"kind":"Name","value":"identityDisclosed"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RespondToMatchMutation, RespondToMatchMutationVariables>;
export const TeamLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"byQuarter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reciprocityLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"byQuarter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byQuarter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csvUrl"}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerEmployerRowParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"lendingEmployerId"}},{"kind":"Field","name":{"kind":"Name","value":"hostEmployerId"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEmployerRowParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEmployerRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerId"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"hoursLent"}},{"kind":"Field","name":{"kind":"Name","value":"hoursBorrowed"}},{"kind":"Field","name":{"kind":"Name","value":"placementsLent"}},{"kind":"Field","name":{"kind":"Name","value":"placementsBorrowed"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeBalance"}}]}}]} as unknown as DocumentNode<TeamLedgerQuery, TeamLedgerQueryVariables>;
export const TeamPlacementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamPlacements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementRowParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementRowParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lendingEmployerId"}},{"kind":"Field","name":{"kind":"Name","value":"hostEmployerId"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"requestedHoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"blocking"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"explanationNl"}}]}}]}}]} as unknown as DocumentNode<TeamPlacementsQuery, TeamPlacementsQueryVariables>;
export const TeamErasureRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamErasureRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasureRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamErasureRequestParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamErasureRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErasureRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"publicCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]} as unknown as DocumentNode<TeamErasureRequestsQuery, TeamErasureRequestsQueryVariables>;
export const TeamCandidateByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamCandidateByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"publicCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"publicCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"publicCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicCode"}}]}}]}}]}}]} as unknown as DocumentNode<TeamCandidateByCodeQuery, TeamCandidateByCodeQueryVariables>;
export const TeamRequestErasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamRequestErasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestErasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamErasureRequestParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamErasureRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErasureRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"publicCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]} as unknown as DocumentNode<TeamRequestErasureMutation, TeamRequestErasureMutationVariables>;
export const TeamCancelErasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamCancelErasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelErasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TeamErasureRequestParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TeamErasureRequestParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErasureRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"publicCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]} as unknown as DocumentNode<TeamCancelErasureMutation, TeamCancelErasureMutationVariables>;
export const TeamRegionStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamRegionStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"activeCandidates"}},{"kind":"Field","name":{"kind":"Name","value":"activeCandidatesByTrack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractsEndingWithinSixMonths"}},{"kind":"Field","name":{"kind":"Name","value":"employers"}},{"kind":"Field","name":{"kind":"Name","value":"openVacancies"}},{"kind":"Field","name":{"kind":"Name","value":"openPositions"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}}]}}]}}]} as unknown as DocumentNode<TeamRegionStatisticsQuery, TeamRegionStatisticsQueryVariables>;
export const TeamLatestRematchRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamLatestRematchRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestRematchRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RematchRunParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RematchRunParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RematchRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"pairsScored"}}]}}]} as unknown as DocumentNode<TeamLatestRematchRunQuery, TeamLatestRematchRunQueryVariables>;
export const TeamStartRegionRematchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamStartRegionRematch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRegionRematch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RematchRunParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RematchRunParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RematchRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"pairsScored"}}]}}]} as unknown as DocumentNode<TeamStartRegionRematchMutation, TeamStartRegionRematchMutationVariables>;
export const TeamRegionMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamRegionMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionMatchFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"vacancyId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicCode"}},{"kind":"Field","name":{"kind":"Name","value":"track"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchExplanationParts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchExplanationParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchExplanation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingRequiredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreGain"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<TeamRegionMatchesQuery, TeamRegionMatchesQueryVariables>;
export const TeamCreateSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamCreateSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionSetupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMeetAndGreetSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TeamCreateSessionMutation, TeamCreateSessionMutationVariables>;
export const TeamSessionSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamSessionSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionInviteeSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"publicCode"}},{"kind":"Field","name":{"kind":"Name","value":"bestScore"}},{"kind":"Field","name":{"kind":"Name","value":"matchingEmployers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bestScore"}},{"kind":"Field","name":{"kind":"Name","value":"matchingCandidates"}}]}}]}}]}}]} as unknown as DocumentNode<TeamSessionSuggestionsQuery, TeamSessionSuggestionsQueryVariables>;
export const TeamInviteToSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamInviteToSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteToSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteToSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"employers"}}]}}]}}]} as unknown as DocumentNode<TeamInviteToSessionMutation, TeamInviteToSessionMutationVariables>;
export const TeamRegisterParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamRegisterParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participant"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToSessionInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"participant"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participant"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}}]}]}}]} as unknown as DocumentNode<TeamRegisterParticipantMutation, TeamRegisterParticipantMutationVariables>;
export const TeamPlanSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamPlanSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planMeetAndGreetSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planStatus"}},{"kind":"Field","name":{"kind":"Name","value":"planCurrent"}}]}}]}}]} as unknown as DocumentNode<TeamPlanSessionMutation, TeamPlanSessionMutationVariables>;
export const TeamPublishSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamPublishSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishMeetAndGreetSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<TeamPublishSessionMutation, TeamPublishSessionMutationVariables>;
export const TeamUnpublishSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamUnpublishSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpublishMeetAndGreetSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<TeamUnpublishSessionMutation, TeamUnpublishSessionMutationVariables>;
export const TeamLockMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamLockMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locked"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockSessionMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"locked"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locked"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}}]}}]} as unknown as DocumentNode<TeamLockMeetingMutation, TeamLockMeetingMutationVariables>;
export const TeamSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetAndGreetSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"firstSlotStart"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"planStatus"}}]}}]}}]} as unknown as DocumentNode<TeamSessionsQuery, TeamSessionsQueryVariables>;
export const TeamSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetAndGreetSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"firstSlotStart"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"slotCount"}},{"kind":"Field","name":{"kind":"Name","value":"tableCount"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"minMeetingsPerCandidate"}},{"kind":"Field","name":{"kind":"Name","value":"maxMeetingsPerCandidate"}},{"kind":"Field","name":{"kind":"Name","value":"maxMeetingsPerRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"planStatus"}},{"kind":"Field","name":{"kind":"Name","value":"planCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}},{"kind":"Field","name":{"kind":"Name","value":"planFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"candidatesBelowFloor"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"added"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionEmployers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"blockedSlots"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"publicCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"blockedSlots"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionTablePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"printUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"representative"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamSessionQuery, TeamSessionQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"employerId"}},{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;