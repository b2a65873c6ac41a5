/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditTrail($action: AuditAction, $before: ID, $first: Int!) {\n    auditTrail(action: $action, before: $before, first: $first) {\n      id\n      at\n      action\n      actorName\n      actorRole\n      subjectType\n      subjectId\n      regionCode\n      requestId\n      detailsJson\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  fragment LedgerEmployerRowParts on LedgerEmployerRow {\n    employerId\n    employerName\n    period\n    hoursLent\n    hoursBorrowed\n    placementsLent\n    placementsBorrowed\n    balance\n    cumulativeBalance\n  }\n": typeof types.LedgerEmployerRowPartsFragmentDoc,
    "\n  fragment MatchExplanationParts on MatchExplanation {\n    distanceKm\n    breakdown {\n      component\n      contribution\n      explanation {\n        nl\n        en\n      }\n    }\n    matchedSkills {\n      level\n      skill {\n        skillId\n        labelNl\n        labelEn\n      }\n    }\n    missingRequiredSkills {\n      skillId\n      labelNl\n      labelEn\n    }\n    improvements {\n      scoreGain\n      skill {\n        skillId\n      }\n      explanation {\n        nl\n        en\n      }\n    }\n  }\n": typeof types.MatchExplanationPartsFragmentDoc,
    "\n  fragment PlacementRowParts on Placement {\n    id\n    kind\n    status\n    lendingEmployerId\n    hostEmployerId\n    startDate\n    endDate\n    hoursPerWeek\n    requestedHoursPerWeek\n    conflicts {\n      kind\n      blocking\n      explanation\n      explanationNl\n    }\n  }\n": typeof types.PlacementRowPartsFragmentDoc,
    "\n  query SearchSkills($query: String!, $limit: Int!) {\n    searchSkills(query: $query, limit: $limit) {\n      skillId\n      preferredLabelNl\n      preferredLabelEn\n      matchedLabel\n    }\n  }\n": typeof types.SearchSkillsDocument,
    "\n  query UnreadNotifications {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationsDocument,
    "\n  fragment VacancyMatchParts on Match {\n    candidateId\n    vacancyId\n    score\n    vacancy {\n      id\n      title\n      hoursMin\n      hoursMax\n      employer {\n        id\n        name\n      }\n    }\n    case {\n      id\n      state\n    }\n    explanation {\n      ...MatchExplanationParts\n    }\n  }\n": typeof types.VacancyMatchPartsFragmentDoc,
    "\n  fragment StaffAccountResultParts on StaffAccountResult {\n    account {\n      id\n      displayName\n      status\n    }\n    activation {\n      code\n      expiresAt\n    }\n  }\n": typeof types.StaffAccountResultPartsFragmentDoc,
    "\n  query PendingStaffAccounts {\n    pendingStaffAccounts {\n      approvalBasis\n      requestedAt\n      requestedBy {\n        id\n        displayName\n        role\n      }\n      account {\n        id\n        displayName\n        email\n        role\n        regionCode\n        employerId\n        status\n      }\n    }\n  }\n": typeof types.PendingStaffAccountsDocument,
    "\n  query StaffAccountEvents {\n    staffAccountEvents(limit: 50) {\n      id\n      at\n      kind\n      reason\n      text {\n        nl\n        en\n      }\n      actor {\n        id\n        displayName\n        role\n      }\n      account {\n        id\n        displayName\n        email\n        role\n      }\n    }\n  }\n": typeof types.StaffAccountEventsDocument,
    "\n  query StaffAccountChoices {\n    regions {\n      code\n      name\n    }\n    employers(first: 100) {\n      nodes {\n        id\n        name\n        regionCode\n      }\n    }\n  }\n": typeof types.StaffAccountChoicesDocument,
    "\n  mutation ApproveStaffAccount($id: ID!) {\n    approveStaffAccount(id: $id) {\n      ...StaffAccountResultParts\n    }\n  }\n": typeof types.ApproveStaffAccountDocument,
    "\n  mutation RejectStaffAccount($id: ID!, $reason: String) {\n    rejectStaffAccount(id: $id, reason: $reason) {\n      id\n      displayName\n      status\n    }\n  }\n": typeof types.RejectStaffAccountDocument,
    "\n  mutation CreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      ...StaffAccountResultParts\n    }\n  }\n": typeof types.CreateStaffAccountDocument,
    "\n  query CandidateMatches($candidateId: ID!, $first: Int!) {\n    candidateMatches(candidateId: $candidateId, first: $first) {\n      totalCount\n      nodes {\n        ...VacancyMatchParts\n      }\n    }\n  }\n": typeof types.CandidateMatchesDocument,
    "\n  query ConsentRecords($candidateId: ID!) {\n    consentRecords(candidateId: $candidateId) {\n      id\n      kind\n      givenAt\n      givenByRole\n      inForce\n      withdrawnAt\n      textNl\n      textEn\n      employers {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsentRecordsDocument,
    "\n  query IdentityAccessLog($candidateId: ID!) {\n    identityAccessLog(candidateId: $candidateId) {\n      id\n      accessedAt\n      action\n      fields\n      purpose\n      accessorName\n      accessorEmployerName\n    }\n  }\n": typeof types.IdentityAccessLogDocument,
    "\n  query CandidateIdentity($candidateId: ID!, $purpose: String!) {\n    candidateIdentity(candidateId: $candidateId, purpose: $purpose) {\n      candidateId\n      fullName\n      email\n      phone\n      dateOfBirth\n    }\n  }\n": typeof types.CandidateIdentityDocument,
    "\n  mutation InviteJobSeeker($candidateId: ID!) {\n    createJobSeekerInvitation(candidateId: $candidateId) {\n      sentTo\n      expiresAt\n    }\n  }\n": typeof types.InviteJobSeekerDocument,
    "\n  fragment CandidateProfileParts on CandidateProfile {\n    id\n    publicCode\n    status\n    consentStatus\n    version\n    track\n    sketchStrengths\n    sketchAttentionPoints\n    hoursMin\n    hoursMax\n    homePc4\n    maxTravelKm\n    travelMode\n    sectorsOpen\n    contractTypes\n    availableFrom\n    contractEndDate\n    supportNeeds\n    targetGroups\n    sharingScope\n    sharedWithEmployerIds\n    updatedAt\n    strengths {\n      skillId\n      level\n      evidenceNote\n      skill {\n        id\n        labelNl\n        labelEn\n      }\n    }\n    developmentSkills {\n      id\n      labelNl\n      labelEn\n    }\n  }\n": typeof types.CandidateProfilePartsFragmentDoc,
    "\n  query Candidate($id: ID!) {\n    candidateProfile(id: $id) {\n      ...CandidateProfileParts\n    }\n  }\n": typeof types.CandidateDocument,
    "\n  query RegionEmployers {\n    employers(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RegionEmployersDocument,
    "\n  mutation CreateCandidate($input: CreateCandidateInput!) {\n    createCandidateProfile(input: $input) {\n      ...CandidateProfileParts\n    }\n  }\n": typeof types.CreateCandidateDocument,
    "\n  mutation UpdateCandidate($id: ID!, $input: UpdateCandidateInput!) {\n    updateCandidateProfile(id: $id, input: $input) {\n      ...CandidateProfileParts\n    }\n  }\n": typeof types.UpdateCandidateDocument,
    "\n  mutation ChangeCandidateStatus($id: ID!, $status: CandidateStatus!) {\n    changeCandidateStatus(id: $id, status: $status) {\n      ...CandidateProfileParts\n    }\n  }\n": typeof types.ChangeCandidateStatusDocument,
    "\n  mutation RecordCandidateConsent($id: ID!, $given: Boolean!) {\n    recordCandidateConsent(id: $id, given: $given) {\n      ...CandidateProfileParts\n    }\n  }\n": typeof types.RecordCandidateConsentDocument,
    "\n  query OwnCandidates($first: Int!, $after: String) {\n    candidateProfiles(first: $first, after: $after, ownership: OWN) {\n      totalCount\n      nodes {\n        id\n        publicCode\n        status\n        track\n        hoursMin\n        hoursMax\n        updatedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OwnCandidatesDocument,
    "\n  query Ledger($from: LocalDate!, $to: LocalDate!, $byQuarter: Boolean!) {\n    reciprocityLedger(from: $from, to: $to, byQuarter: $byQuarter) {\n      csvUrl\n      employers {\n        ...LedgerEmployerRowParts\n      }\n    }\n  }\n": typeof types.LedgerDocument,
    "\n  query Placements($status: PlacementStatus) {\n    placements(status: $status) {\n      ...PlacementRowParts\n      candidateId\n    }\n    employers(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PlacementsDocument,
    "\n  query OwnVacancies($employerId: ID!, $first: Int!) {\n    vacancies(employerId: $employerId, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        kind\n        status\n        hoursMin\n        hoursMax\n      }\n    }\n  }\n": typeof types.OwnVacanciesDocument,
    "\n  query VacancyMatches($vacancyId: ID!, $first: Int!) {\n    vacancy(id: $vacancyId) {\n      id\n      title\n    }\n    vacancyMatches(vacancyId: $vacancyId, first: $first) {\n      totalCount\n      nodes {\n        candidateId\n        vacancyId\n        score\n        candidate {\n          id\n          publicCode\n          hoursMin\n          hoursMax\n        }\n        case {\n          id\n          state\n          employerInterest\n          employerReason\n          candidateInterest\n        }\n        explanation {\n          ...MatchExplanationParts\n        }\n      }\n    }\n  }\n": typeof types.VacancyMatchesDocument,
    "\n  fragment VacancyParts on Vacancy {\n    id\n    version\n    title\n    description\n    kind\n    status\n    contractType\n    contractDurationMonths\n    hoursMin\n    hoursMax\n    locationPc4\n    positions\n    startDate\n    workDays\n    shifts\n    requiredSkills {\n      id\n      labelNl\n      labelEn\n    }\n    niceToHaveSkills {\n      id\n      labelNl\n      labelEn\n    }\n    trainedOnTheJobSkills {\n      id\n      labelNl\n      labelEn\n    }\n  }\n": typeof types.VacancyPartsFragmentDoc,
    "\n  query Vacancy($id: ID!) {\n    vacancy(id: $id) {\n      ...VacancyParts\n    }\n  }\n": typeof types.VacancyDocument,
    "\n  mutation CreateVacancy($input: CreateVacancyInput!) {\n    createVacancy(input: $input) {\n      ...VacancyParts\n    }\n  }\n": typeof types.CreateVacancyDocument,
    "\n  mutation UpdateVacancy($id: ID!, $input: UpdateVacancyInput!) {\n    updateVacancy(id: $id, input: $input) {\n      ...VacancyParts\n    }\n  }\n": typeof types.UpdateVacancyDocument,
    "\n  mutation ChangeVacancyStatus($id: ID!, $status: VacancyStatus!) {\n    changeVacancyStatus(id: $id, status: $status) {\n      ...VacancyParts\n    }\n  }\n": typeof types.ChangeVacancyStatusDocument,
    "\n  mutation RespondAsEmployer($input: MatchResponseInput!) {\n    respondToMatchAsEmployer(input: $input) {\n      id\n      state\n      employerInterest\n      employerReason\n    }\n  }\n": typeof types.RespondAsEmployerDocument,
    "\n  query MyConsentsPage {\n    myCandidateProfile {\n      id\n      consentStatus\n      emailNotifications\n      targetGroupShared\n    }\n    myConsents {\n      id\n      kind\n      employers {\n        id\n        name\n      }\n      givenAt\n      givenByRole\n      inForce\n      textNl\n      textEn\n      textVersion\n      statementId\n      withdrawnAt\n      withdrawnByRole\n      withdrawalReason\n    }\n    myConsentStatements {\n      id\n      kind\n      givenOn\n      givenToName\n      method\n      inForce\n      revokedAt\n      textNl\n      textEn\n    }\n  }\n": typeof types.MyConsentsPageDocument,
    "\n  query CurrentConsentText($kind: ConsentKind!) {\n    consentText(kind: $kind) {\n      kind\n      textNl\n      textEn\n      textVersion\n    }\n  }\n": typeof types.CurrentConsentTextDocument,
    "\n  mutation WithdrawConsent($id: ID!) {\n    withdrawConsent(id: $id) {\n      id\n      inForce\n      withdrawnAt\n      withdrawnByRole\n      withdrawalReason\n    }\n  }\n": typeof types.WithdrawConsentDocument,
    "\n  mutation RevokeConsentStatement($id: ID!) {\n    revokeConsentStatement(id: $id) {\n      id\n      inForce\n      revokedAt\n    }\n  }\n": typeof types.RevokeConsentStatementDocument,
    "\n  mutation SetEmailNotifications($on: Boolean!) {\n    setEmailNotifications(on: $on) {\n      id\n      emailNotifications\n    }\n  }\n": typeof types.SetEmailNotificationsDocument,
    "\n  mutation ShareTargetGroup($candidateId: ID!, $share: Boolean!, $textVersion: String) {\n    shareTargetGroup(candidateId: $candidateId, share: $share, textVersion: $textVersion) {\n      id\n      targetGroupShared\n    }\n  }\n": typeof types.ShareTargetGroupDocument,
    "\n  query IntroductionConsentText($matchCaseId: ID!) {\n    introductionConsentText(matchCaseId: $matchCaseId) {\n      subjectId\n      employerName\n      textNl\n      textEn\n      textVersion\n    }\n  }\n": typeof types.IntroductionConsentTextDocument,
    "\n  mutation AnswerIntroductionConsent($matchCaseId: ID!, $consent: MatchConsent!) {\n    answerIntroductionConsent(matchCaseId: $matchCaseId, consent: $consent) {\n      id\n      state\n      consent\n      identityDisclosed\n      version\n    }\n  }\n": typeof types.AnswerIntroductionConsentDocument,
    "\n  query MyDataPage($candidateId: ID!) {\n    erasureGraceDays\n    myDataExports {\n      ...DataExportParts\n    }\n    erasureRequests(candidateId: $candidateId) {\n      ...ErasureRequestParts\n    }\n    identityAccessLog(candidateId: $candidateId) {\n      id\n      accessedAt\n      action\n      fields\n      purpose\n      accessorRole\n      accessorName\n      accessorEmployerName\n      accessorDescription {\n        nl\n        en\n      }\n    }\n    auditTrail(candidateId: $candidateId, first: 20) {\n      id\n      action\n      at\n      actorRole\n    }\n  }\n": typeof types.MyDataPageDocument,
    "\n  fragment DataExportParts on DataExport {\n    id\n    requestedAt\n    readyAt\n    failed\n    expiresAt\n    jsonDownloadedAt\n    htmlDownloadedAt\n  }\n": typeof types.DataExportPartsFragmentDoc,
    "\n  fragment ErasureRequestParts on ErasureRequest {\n    id\n    status\n    requestedAt\n    requestedByRole\n    scheduledFor\n    cancelledAt\n  }\n": typeof types.ErasureRequestPartsFragmentDoc,
    "\n  mutation RequestMyDataExport {\n    requestMyDataExport {\n      jsonPath\n      htmlPath\n      export {\n        ...DataExportParts\n      }\n    }\n  }\n": typeof types.RequestMyDataExportDocument,
    "\n  mutation RequestErasure($candidateId: ID!, $reason: String) {\n    requestErasure(candidateId: $candidateId, reason: $reason) {\n      ...ErasureRequestParts\n    }\n  }\n": typeof types.RequestErasureDocument,
    "\n  mutation CancelErasure($requestId: ID!) {\n    cancelErasure(requestId: $requestId) {\n      ...ErasureRequestParts\n    }\n  }\n": typeof types.CancelErasureDocument,
    "\n  query MyNotifications {\n    myNotifications(limit: 50) {\n      id\n      kind\n      createdAt\n      readAt\n      textNl\n      textEn\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query MyProfile {\n    myCandidateProfile {\n      id\n      publicCode\n      status\n      sketchStrengths\n      sketchAttentionPoints\n      hoursMin\n      hoursMax\n      maxTravelKm\n      contractEndDate\n      strengths {\n        skillId\n        level\n        skill {\n          id\n          labelNl\n          labelEn\n        }\n      }\n      developmentSkills {\n        id\n        labelNl\n        labelEn\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  query MySuggestions($first: Int!) {\n    mySuggestions(first: $first) {\n      totalCount\n      updatedAt\n      nodes {\n        ...VacancyMatchParts\n        vacancy {\n          kind\n        }\n        case {\n          candidateInterest\n          consent\n          identityDisclosed\n          version\n        }\n      }\n    }\n  }\n": typeof types.MySuggestionsDocument,
    "\n  mutation RespondToMatch($input: MatchResponseInput!) {\n    respondToMatchAsCandidate(input: $input) {\n      id\n      state\n      candidateInterest\n      consent\n      identityDisclosed\n      version\n    }\n  }\n": typeof types.RespondToMatchDocument,
    "\n  query TeamLedger($from: LocalDate!, $to: LocalDate!, $byQuarter: Boolean!) {\n    reciprocityLedger(from: $from, to: $to, byQuarter: $byQuarter) {\n      csvUrl\n      employers {\n        ...LedgerEmployerRowParts\n      }\n      pairs {\n        period\n        lendingEmployerId\n        hostEmployerId\n        hours\n      }\n    }\n  }\n": typeof types.TeamLedgerDocument,
    "\n  query TeamPlacements($status: PlacementStatus) {\n    placements(status: $status) {\n      ...PlacementRowParts\n    }\n    employers(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TeamPlacementsDocument,
    "\n  fragment TeamErasureRequestParts on ErasureRequest {\n    id\n    candidateId\n    publicCode\n    status\n    reason\n    requestedAt\n    requestedByRole\n    scheduledFor\n    cancelledAt\n    completedAt\n    removed {\n      kind\n      rows\n    }\n  }\n": typeof types.TeamErasureRequestPartsFragmentDoc,
    "\n  query TeamErasureRequests {\n    erasureRequests {\n      ...TeamErasureRequestParts\n    }\n  }\n": typeof types.TeamErasureRequestsDocument,
    "\n  query TeamCandidateByCode($publicCode: String!) {\n    candidateProfiles(first: 1, publicCode: $publicCode) {\n      nodes {\n        id\n        publicCode\n      }\n    }\n  }\n": typeof types.TeamCandidateByCodeDocument,
    "\n  mutation TeamRequestErasure($candidateId: ID!, $reason: String) {\n    requestErasure(candidateId: $candidateId, reason: $reason) {\n      ...TeamErasureRequestParts\n    }\n  }\n": typeof types.TeamRequestErasureDocument,
    "\n  mutation TeamCancelErasure($requestId: ID!) {\n    cancelErasure(requestId: $requestId) {\n      ...TeamErasureRequestParts\n    }\n  }\n": typeof types.TeamCancelErasureDocument,
    "\n  query TeamRegionStatistics($regionCode: String!) {\n    regionStatistics(regionCode: $regionCode) {\n      regionCode\n      activeCandidates\n      activeCandidatesByTrack {\n        track\n        count\n      }\n      contractsEndingWithinSixMonths\n      employers\n      openVacancies\n      openPositions\n      computedAt\n    }\n  }\n": typeof types.TeamRegionStatisticsDocument,
    "\n  fragment RematchRunParts on RematchRun {\n    id\n    status\n    progress\n    requestedAt\n    finishedAt\n    candidates\n    vacancies\n    pairsScored\n  }\n": typeof types.RematchRunPartsFragmentDoc,
    "\n  query TeamLatestRematchRun {\n    latestRematchRun {\n      ...RematchRunParts\n    }\n  }\n": typeof types.TeamLatestRematchRunDocument,
    "\n  mutation TeamStartRegionRematch {\n    startRegionRematch {\n      ...RematchRunParts\n    }\n  }\n": typeof types.TeamStartRegionRematchDocument,
    "\n  query TeamRegionMatches($filter: RegionMatchFilterInput, $first: Int, $after: String) {\n    regionMatches(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        candidateId\n        vacancyId\n        score\n        candidate {\n          id\n          publicCode\n          track\n        }\n        vacancy {\n          id\n          title\n          employer {\n            id\n            name\n          }\n        }\n        case {\n          id\n          state\n        }\n        explanation {\n          ...MatchExplanationParts\n        }\n      }\n    }\n  }\n": typeof types.TeamRegionMatchesDocument,
    "\n  mutation TeamCreateSession($input: SessionSetupInput!) {\n    createMeetAndGreetSession(input: $input) {\n      id\n    }\n  }\n": typeof types.TeamCreateSessionDocument,
    "\n  query TeamSessionSuggestions($sessionId: ID!) {\n    sessionInviteeSuggestions(sessionId: $sessionId, limit: 25) {\n      candidates {\n        candidateId\n        publicCode\n        bestScore\n        matchingEmployers\n      }\n      employers {\n        employerId\n        name\n        bestScore\n        matchingCandidates\n      }\n    }\n  }\n": typeof types.TeamSessionSuggestionsDocument,
    "\n  mutation TeamInviteToSession($sessionId: ID!, $input: InviteToSessionInput!) {\n    inviteToSession(sessionId: $sessionId, input: $input) {\n      candidates\n      employers\n    }\n  }\n": typeof types.TeamInviteToSessionDocument,
    "\n  mutation TeamRegisterParticipant(\n    $sessionId: ID!\n    $participant: ParticipantInput!\n    $answer: SessionAnswerInput!\n  ) {\n    respondToSessionInvitation(sessionId: $sessionId, participant: $participant, answer: $answer)\n  }\n": typeof types.TeamRegisterParticipantDocument,
    "\n  mutation TeamPlanSession($sessionId: ID!) {\n    planMeetAndGreetSession(sessionId: $sessionId) {\n      id\n      planStatus\n      planCurrent\n    }\n  }\n": typeof types.TeamPlanSessionDocument,
    "\n  mutation TeamPublishSession($sessionId: ID!) {\n    publishMeetAndGreetSession(sessionId: $sessionId) {\n      id\n      status\n      publishedAt\n    }\n  }\n": typeof types.TeamPublishSessionDocument,
    "\n  mutation TeamUnpublishSession($sessionId: ID!) {\n    unpublishMeetAndGreetSession(sessionId: $sessionId) {\n      id\n      status\n      publishedAt\n    }\n  }\n": typeof types.TeamUnpublishSessionDocument,
    "\n  mutation TeamLockMeeting($meetingId: ID!, $locked: Boolean!) {\n    lockSessionMeeting(meetingId: $meetingId, locked: $locked) {\n      id\n      locked\n    }\n  }\n": typeof types.TeamLockMeetingDocument,
    "\n  query TeamSessions {\n    meetAndGreetSessions {\n      id\n      title\n      venue\n      date\n      firstSlotStart\n      status\n      planStatus\n    }\n  }\n": typeof types.TeamSessionsDocument,
    "\n  query TeamSession($sessionId: ID!) {\n    meetAndGreetSession(sessionId: $sessionId) {\n      id\n      title\n      venue\n      date\n      firstSlotStart\n      slotMinutes\n      slotCount\n      tableCount\n      registrationDeadline\n      minMeetingsPerCandidate\n      maxMeetingsPerCandidate\n      maxMeetingsPerRepresentative\n      status\n      planStatus\n      planCurrent\n      planVersion\n      planFigures {\n        meetings\n        candidatesBelowFloor\n        kept\n        changed\n        added\n      }\n      slots {\n        number\n        startsAt\n      }\n    }\n    sessionEmployers(sessionId: $sessionId) {\n      employerId\n      name\n      representatives\n      status\n      late\n      blockedSlots\n    }\n    sessionCandidates(sessionId: $sessionId) {\n      candidateId\n      publicCode\n      status\n      late\n      blockedSlots\n    }\n    sessionTablePlan(sessionId: $sessionId) {\n      printUrl\n      tables {\n        table\n        cells {\n          meetingId\n          employer\n          representative\n          candidate\n          locked\n        }\n      }\n    }\n  }\n": typeof types.TeamSessionDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      role\n      employerId\n      candidateId\n      regionCode\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  query AuditTrail($action: AuditAction, $before: ID, $first: Int!) {\n    auditTrail(action: $action, before: $before, first: $first) {\n      id\n      at\n      action\n      actorName\n      actorRole\n      subjectType\n      subjectId\n      regionCode\n      requestId\n      detailsJson\n    }\n  }\n": types.AuditTrailDocument,
    "\n  fragment LedgerEmployerRowParts on LedgerEmployerRow {\n    employerId\n    employerName\n    period\n    hoursLent\n    hoursBorrowed\n    placementsLent\n    placementsBorrowed\n    balance\n    cumulativeBalance\n  }\n": types.LedgerEmployerRowPartsFragmentDoc,
    "\n  fragment MatchExplanationParts on MatchExplanation {\n    distanceKm\n    breakdown {\n      component\n      contribution\n      explanation {\n        nl\n        en\n      }\n    }\n    matchedSkills {\n      level\n      skill {\n        skillId\n        labelNl\n        labelEn\n      }\n    }\n    missingRequiredSkills {\n      skillId\n      labelNl\n      labelEn\n    }\n    improvements {\n      scoreGain\n      skill {\n        skillId\n      }\n      explanation {\n        nl\n        en\n      }\n    }\n  }\n": types.MatchExplanationPartsFragmentDoc,
    "\n  fragment PlacementRowParts on Placement {\n    id\n    kind\n    status\n    lendingEmployerId\n    hostEmployerId\n    startDate\n    endDate\n    hoursPerWeek\n    requestedHoursPerWeek\n    conflicts {\n      kind\n      blocking\n      explanation\n      explanationNl\n    }\n  }\n": types.PlacementRowPartsFragmentDoc,
    "\n  query SearchSkills($query: String!, $limit: Int!) {\n    searchSkills(query: $query, limit: $limit) {\n      skillId\n      preferredLabelNl\n      preferredLabelEn\n      matchedLabel\n    }\n  }\n": types.SearchSkillsDocument,
    "\n  query UnreadNotifications {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationsDocument,
    "\n  fragment VacancyMatchParts on Match {\n    candidateId\n    vacancyId\n    score\n    vacancy {\n      id\n      title\n      hoursMin\n      hoursMax\n      employer {\n        id\n        name\n      }\n    }\n    case {\n      id\n      state\n    }\n    explanation {\n      ...MatchExplanationParts\n    }\n  }\n": types.VacancyMatchPartsFragmentDoc,
    "\n  fragment StaffAccountResultParts on StaffAccountResult {\n    account {\n      id\n      displayName\n      status\n    }\n    activation {\n      code\n      expiresAt\n    }\n  }\n": types.StaffAccountResultPartsFragmentDoc,
    "\n  query PendingStaffAccounts {\n    pendingStaffAccounts {\n      approvalBasis\n      requestedAt\n      requestedBy {\n        id\n        displayName\n        role\n      }\n      account {\n        id\n        displayName\n        email\n        role\n        regionCode\n        employerId\n        status\n      }\n    }\n  }\n": types.PendingStaffAccountsDocument,
    "\n  query StaffAccountEvents {\n    staffAccountEvents(limit: 50) {\n      id\n      at\n      kind\n      reason\n      text {\n        nl\n        en\n      }\n      actor {\n        id\n        displayName\n        role\n      }\n      account {\n        id\n        displayName\n        email\n        role\n      }\n    }\n  }\n": types.StaffAccountEventsDocument,
    "\n  query StaffAccountChoices {\n    regions {\n      code\n      name\n    }\n    employers(first: 100) {\n      nodes {\n        id\n        name\n        regionCode\n      }\n    }\n  }\n": types.StaffAccountChoicesDocument,
    "\n  mutation ApproveStaffAccount($id: ID!) {\n    approveStaffAccount(id: $id) {\n      ...StaffAccountResultParts\n    }\n  }\n": types.ApproveStaffAccountDocument,
    "\n  mutation RejectStaffAccount($id: ID!, $reason: String) {\n    rejectStaffAccount(id: $id, reason: $reason) {\n      id\n      displayName\n      status\n    }\n  }\n": types.RejectStaffAccountDocument,
    "\n  mutation CreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      ...StaffAccountResultParts\n    }\n  }\n": types.CreateStaffAccountDocument,
    "\n  query CandidateMatches($candidateId: ID!, $first: Int!) {\n    candidateMatches(candidateId: $candidateId, first: $first) {\n      totalCount\n      nodes {\n        ...VacancyMatchParts\n      }\n    }\n  }\n": types.CandidateMatchesDocument,
    "\n  query ConsentRecords($candidateId: ID!) {\n    consentRecords(candidateId: $candidateId) {\n      id\n      kind\n      givenAt\n      givenByRole\n      inForce\n      withdrawnAt\n      textNl\n      textEn\n      employers {\n        id\n        name\n      }\n    }\n  }\n": types.ConsentRecordsDocument,
    "\n  query IdentityAccessLog($candidateId: ID!) {\n    identityAccessLog(candidateId: $candidateId) {\n      id\n      accessedAt\n      action\n      fields\n      purpose\n      accessorName\n      accessorEmployerName\n    }\n  }\n": types.IdentityAccessLogDocument,
    "\n  query CandidateIdentity($candidateId: ID!, $purpose: String!) {\n    candidateIdentity(candidateId: $candidateId, purpose: $purpose) {\n      candidateId\n      fullName\n      email\n      phone\n      dateOfBirth\n    }\n  }\n": types.CandidateIdentityDocument,
    "\n  mutation InviteJobSeeker($candidateId: ID!) {\n    createJobSeekerInvitation(candidateId: $candidateId) {\n      sentTo\n      expiresAt\n    }\n  }\n": types.InviteJobSeekerDocument,
    "\n  fragment CandidateProfileParts on CandidateProfile {\n    id\n    publicCode\n    status\n    consentStatus\n    version\n    track\n    sketchStrengths\n    sketchAttentionPoints\n    hoursMin\n    hoursMax\n    homePc4\n    maxTravelKm\n    travelMode\n    sectorsOpen\n    contractTypes\n    availableFrom\n    contractEndDate\n    supportNeeds\n    targetGroups\n    sharingScope\n    sharedWithEmployerIds\n    updatedAt\n    strengths {\n      skillId\n      level\n      evidenceNote\n      skill {\n        id\n        labelNl\n        labelEn\n      }\n    }\n    developmentSkills {\n      id\n      labelNl\n      labelEn\n    }\n  }\n": types.CandidateProfilePartsFragmentDoc,
    "\n  query Candidate($id: ID!) {\n    candidateProfile(id: $id) {\n      ...CandidateProfileParts\n    }\n  }\n": types.CandidateDocument,
    "\n  query RegionEmployers {\n    employers(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.RegionEmployersDocument,
    "\n  mutation CreateCandidate($input: CreateCandidateInput!) {\n    createCandidateProfile(input: $input) {\n      ...CandidateProfileParts\n    }\n  }\n": types.CreateCandidateDocument,
    "\n  mutation UpdateCandidate($id: ID!, $input: UpdateCandidateInput!) {\n    updateCandidateProfile(id: $id, input: $input) {\n      ...CandidateProfileParts\n    }\n  }\n": types.UpdateCandidateDocument,
    "\n  mutation ChangeCandidateStatus($id: ID!, $status: CandidateStatus!) {\n    changeCandidateStatus(id: $id, status: $status) {\n      ...CandidateProfileParts\n    }\n  }\n": types.ChangeCandidateStatusDocument,
    "\n  mutation RecordCandidateConsent($id: ID!, $given: Boolean!) {\n    recordCandidateConsent(id: $id, given: $given) {\n      ...CandidateProfileParts\n    }\n  }\n": types.RecordCandidateConsentDocument,
    "\n  query OwnCandidates($first: Int!, $after: String) {\n    candidateProfiles(first: $first, after: $after, ownership: OWN) {\n      totalCount\n      nodes {\n        id\n        publicCode\n        status\n        track\n        hoursMin\n        hoursMax\n        updatedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OwnCandidatesDocument,
    "\n  query Ledger($from: LocalDate!, $to: LocalDate!, $byQuarter: Boolean!) {\n    reciprocityLedger(from: $from, to: $to, byQuarter: $byQuarter) {\n      csvUrl\n      employers {\n        ...LedgerEmployerRowParts\n      }\n    }\n  }\n": types.LedgerDocument,
    "\n  query Placements($status: PlacementStatus) {\n    placements(status: $status) {\n      ...PlacementRowParts\n      candidateId\n    }\n    employers(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.PlacementsDocument,
    "\n  query OwnVacancies($employerId: ID!, $first: Int!) {\n    vacancies(employerId: $employerId, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        kind\n        status\n        hoursMin\n        hoursMax\n      }\n    }\n  }\n": types.OwnVacanciesDocument,
    "\n  query VacancyMatches($vacancyId: ID!, $first: Int!) {\n    vacancy(id: $vacancyId) {\n      id\n      title\n    }\n    vacancyMatches(vacancyId: $vacancyId, first: $first) {\n      totalCount\n      nodes {\n        candidateId\n        vacancyId\n        score\n        candidate {\n          id\n          publicCode\n          hoursMin\n          hoursMax\n        }\n        case {\n          id\n          state\n          employerInterest\n          employerReason\n          candidateInterest\n        }\n        explanation {\n          ...MatchExplanationParts\n        }\n      }\n    }\n  }\n": types.VacancyMatchesDocument,
    "\n  fragment VacancyParts on Vacancy {\n    id\n    version\n    title\n    description\n    kind\n    status\n    contractType\n    contractDurationMonths\n    hoursMin\n    hoursMax\n    locationPc4\n    positions\n    startDate\n    workDays\n    shifts\n    requiredSkills {\n      id\n      labelNl\n      labelEn\n    }\n    niceToHaveSkills {\n      id\n      labelNl\n      labelEn\n    }\n    trainedOnTheJobSkills {\n      id\n      labelNl\n      labelEn\n    }\n  }\n": types.VacancyPartsFragmentDoc,
    "\n  query Vacancy($id: ID!) {\n    vacancy(id: $id) {\n      ...VacancyParts\n    }\n  }\n": types.VacancyDocument,
    "\n  mutation CreateVacancy($input: CreateVacancyInput!) {\n    createVacancy(input: $input) {\n      ...VacancyParts\n    }\n  }\n": types.CreateVacancyDocument,
    "\n  mutation UpdateVacancy($id: ID!, $input: UpdateVacancyInput!) {\n    updateVacancy(id: $id, input: $input) {\n      ...VacancyParts\n    }\n  }\n": types.UpdateVacancyDocument,
    "\n  mutation ChangeVacancyStatus($id: ID!, $status: VacancyStatus!) {\n    changeVacancyStatus(id: $id, status: $status) {\n      ...VacancyParts\n    }\n  }\n": types.ChangeVacancyStatusDocument,
    "\n  mutation RespondAsEmployer($input: MatchResponseInput!) {\n    respondToMatchAsEmployer(input: $input) {\n      id\n      state\n      employerInterest\n      employerReason\n    }\n  }\n": types.RespondAsEmployerDocument,
    "\n  query MyConsentsPage {\n    myCandidateProfile {\n      id\n      consentStatus\n      emailNotifications\n      targetGroupShared\n    }\n    myConsents {\n      id\n      kind\n      employers {\n        id\n        name\n      }\n      givenAt\n      givenByRole\n      inForce\n      textNl\n      textEn\n      textVersion\n      statementId\n      withdrawnAt\n      withdrawnByRole\n      withdrawalReason\n    }\n    myConsentStatements {\n      id\n      kind\n      givenOn\n      givenToName\n      method\n      inForce\n      revokedAt\n      textNl\n      textEn\n    }\n  }\n": types.MyConsentsPageDocument,
    "\n  query CurrentConsentText($kind: ConsentKind!) {\n    consentText(kind: $kind) {\n      kind\n      textNl\n      textEn\n      textVersion\n    }\n  }\n": types.CurrentConsentTextDocument,
    "\n  mutation WithdrawConsent($id: ID!) {\n    withdrawConsent(id: $id) {\n      id\n      inForce\n      withdrawnAt\n      withdrawnByRole\n      withdrawalReason\n    }\n  }\n": types.WithdrawConsentDocument,
    "\n  mutation RevokeConsentStatement($id: ID!) {\n    revokeConsentStatement(id: $id) {\n      id\n      inForce\n      revokedAt\n    }\n  }\n": types.RevokeConsentStatementDocument,
    "\n  mutation SetEmailNotifications($on: Boolean!) {\n    setEmailNotifications(on: $on) {\n      id\n      emailNotifications\n    }\n  }\n": types.SetEmailNotificationsDocument,
    "\n  mutation ShareTargetGroup($candidateId: ID!, $share: Boolean!, $textVersion: String) {\n    shareTargetGroup(candidateId: $candidateId, share: $share, textVersion: $textVersion) {\n      id\n      targetGroupShared\n    }\n  }\n": types.ShareTargetGroupDocument,
    "\n  query IntroductionConsentText($matchCaseId: ID!) {\n    introductionConsentText(matchCaseId: $matchCaseId) {\n      subjectId\n      employerName\n      textNl\n      textEn\n      textVersion\n    }\n  }\n": types.IntroductionConsentTextDocument,
    "\n  mutation AnswerIntroductionConsent($matchCaseId: ID!, $consent: MatchConsent!) {\n    answerIntroductionConsent(matchCaseId: $matchCaseId, consent: $consent) {\n      id\n      state\n      consent\n      identityDisclosed\n      version\n    }\n  }\n": types.AnswerIntroductionConsentDocument,
    "\n  query MyDataPage($candidateId: ID!) {\n    erasureGraceDays\n    myDataExports {\n      ...DataExportParts\n    }\n    erasureRequests(candidateId: $candidateId) {\n      ...ErasureRequestParts\n    }\n    identityAccessLog(candidateId: $candidateId) {\n      id\n      accessedAt\n      action\n      fields\n      purpose\n      accessorRole\n      accessorName\n      accessorEmployerName\n      accessorDescription {\n        nl\n        en\n      }\n    }\n    auditTrail(candidateId: $candidateId, first: 20) {\n      id\n      action\n      at\n      actorRole\n    }\n  }\n": types.MyDataPageDocument,
    "\n  fragment DataExportParts on DataExport {\n    id\n    requestedAt\n    readyAt\n    failed\n    expiresAt\n    jsonDownloadedAt\n    htmlDownloadedAt\n  }\n": types.DataExportPartsFragmentDoc,
    "\n  fragment ErasureRequestParts on ErasureRequest {\n    id\n    status\n    requestedAt\n    requestedByRole\n    scheduledFor\n    cancelledAt\n  }\n": types.ErasureRequestPartsFragmentDoc,
    "\n  mutation RequestMyDataExport {\n    requestMyDataExport {\n      jsonPath\n      htmlPath\n      export {\n        ...DataExportParts\n      }\n    }\n  }\n": types.RequestMyDataExportDocument,
    "\n  mutation RequestErasure($candidateId: ID!, $reason: String) {\n    requestErasure(candidateId: $candidateId, reason: $reason) {\n      ...ErasureRequestParts\n    }\n  }\n": types.RequestErasureDocument,
    "\n  mutation CancelErasure($requestId: ID!) {\n    cancelErasure(requestId: $requestId) {\n      ...ErasureRequestParts\n    }\n  }\n": types.CancelErasureDocument,
    "\n  query MyNotifications {\n    myNotifications(limit: 50) {\n      id\n      kind\n      createdAt\n      readAt\n      textNl\n      textEn\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query MyProfile {\n    myCandidateProfile {\n      id\n      publicCode\n      status\n      sketchStrengths\n      sketchAttentionPoints\n      hoursMin\n      hoursMax\n      maxTravelKm\n      contractEndDate\n      strengths {\n        skillId\n        level\n        skill {\n          id\n          labelNl\n          labelEn\n        }\n      }\n      developmentSkills {\n        id\n        labelNl\n        labelEn\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  query MySuggestions($first: Int!) {\n    mySuggestions(first: $first) {\n      totalCount\n      updatedAt\n      nodes {\n        ...VacancyMatchParts\n        vacancy {\n          kind\n        }\n        case {\n          candidateInterest\n          consent\n          identityDisclosed\n          version\n        }\n      }\n    }\n  }\n": types.MySuggestionsDocument,
    "\n  mutation RespondToMatch($input: MatchResponseInput!) {\n    respondToMatchAsCandidate(input: $input) {\n      id\n      state\n      candidateInterest\n      consent\n      identityDisclosed\n      version\n    }\n  }\n": types.RespondToMatchDocument,
    "\n  query TeamLedger($from: LocalDate!, $to: LocalDate!, $byQuarter: Boolean!) {\n    reciprocityLedger(from: $from, to: $to, byQuarter: $byQuarter) {\n      csvUrl\n      employers {\n        ...LedgerEmployerRowParts\n      }\n      pairs {\n        period\n        lendingEmployerId\n        hostEmployerId\n        hours\n      }\n    }\n  }\n": types.TeamLedgerDocument,
    "\n  query TeamPlacements($status: PlacementStatus) {\n    placements(status: $status) {\n      ...PlacementRowParts\n    }\n    employers(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.TeamPlacementsDocument,
    "\n  fragment TeamErasureRequestParts on ErasureRequest {\n    id\n    candidateId\n    publicCode\n    status\n    reason\n    requestedAt\n    requestedByRole\n    scheduledFor\n    cancelledAt\n    completedAt\n    removed {\n      kind\n      rows\n    }\n  }\n": types.TeamErasureRequestPartsFragmentDoc,
    "\n  query TeamErasureRequests {\n    erasureRequests {\n      ...TeamErasureRequestParts\n    }\n  }\n": types.TeamErasureRequestsDocument,
    "\n  query TeamCandidateByCode($publicCode: String!) {\n    candidateProfiles(first: 1, publicCode: $publicCode) {\n      nodes {\n        id\n        publicCode\n      }\n    }\n  }\n": types.TeamCandidateByCodeDocument,
    "\n  mutation TeamRequestErasure($candidateId: ID!, $reason: String) {\n    requestErasure(candidateId: $candidateId, reason: $reason) {\n      ...TeamErasureRequestParts\n    }\n  }\n": types.TeamRequestErasureDocument,
    "\n  mutation TeamCancelErasure($requestId: ID!) {\n    cancelErasure(requestId: $requestId) {\n      ...TeamErasureRequestParts\n    }\n  }\n": types.TeamCancelErasureDocument,
    "\n  query TeamRegionStatistics($regionCode: String!) {\n    regionStatistics(regionCode: $regionCode) {\n      regionCode\n      activeCandidates\n      activeCandidatesByTrack {\n        track\n        count\n      }\n      contractsEndingWithinSixMonths\n      employers\n      openVacancies\n      openPositions\n      computedAt\n    }\n  }\n": types.TeamRegionStatisticsDocument,
    "\n  fragment RematchRunParts on RematchRun {\n    id\n    status\n    progress\n    requestedAt\n    finishedAt\n    candidates\n    vacancies\n    pairsScored\n  }\n": types.RematchRunPartsFragmentDoc,
    "\n  query TeamLatestRematchRun {\n    latestRematchRun {\n      ...RematchRunParts\n    }\n  }\n": types.TeamLatestRematchRunDocument,
    "\n  mutation TeamStartRegionRematch {\n    startRegionRematch {\n      ...RematchRunParts\n    }\n  }\n": types.TeamStartRegionRematchDocument,
    "\n  query TeamRegionMatches($filter: RegionMatchFilterInput, $first: Int, $after: String) {\n    regionMatches(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        candidateId\n        vacancyId\n        score\n        candidate {\n          id\n          publicCode\n          track\n        }\n        vacancy {\n          id\n          title\n          employer {\n            id\n            name\n          }\n        }\n        case {\n          id\n          state\n        }\n        explanation {\n          ...MatchExplanationParts\n        }\n      }\n    }\n  }\n": types.TeamRegionMatchesDocument,
    "\n  mutation TeamCreateSession($input: SessionSetupInput!) {\n    createMeetAndGreetSession(input: $input) {\n      id\n    }\n  }\n": types.TeamCreateSessionDocument,
    "\n  query TeamSessionSuggestions($sessionId: ID!) {\n    sessionInviteeSuggestions(sessionId: $sessionId, limit: 25) {\n      candidates {\n        candidateId\n        publicCode\n        bestScore\n        matchingEmployers\n      }\n      employers {\n        employerId\n        name\n        bestScore\n        matchingCandidates\n      }\n    }\n  }\n": types.TeamSessionSuggestionsDocument,
    "\n  mutation TeamInviteToSession($sessionId: ID!, $input: InviteToSessionInput!) {\n    inviteToSession(sessionId: $sessionId, input: $input) {\n      candidates\n      employers\n    }\n  }\n": types.TeamInviteToSessionDocument,
    "\n  mutation TeamRegisterParticipant(\n    $sessionId: ID!\n    $participant: ParticipantInput!\n    $answer: SessionAnswerInput!\n  ) {\n    respondToSessionInvitation(sessionId: $sessionId, participant: $participant, answer: $answer)\n  }\n": types.TeamRegisterParticipantDocument,
    "\n  mutation TeamPlanSession($sessionId: ID!) {\n    planMeetAndGreetSession(sessionId: $sessionId) {\n      id\n      planStatus\n      planCurrent\n    }\n  }\n": types.TeamPlanSessionDocument,
    "\n  mutation TeamPublishSession($sessionId: ID!) {\n    publishMeetAndGreetSession(sessionId: $sessionId) {\n      id\n      status\n      publishedAt\n    }\n  }\n": types.TeamPublishSessionDocument,
    "\n  mutation TeamUnpublishSession($sessionId: ID!) {\n    unpublishMeetAndGreetSession(sessionId: $sessionId) {\n      id\n      status\n      publishedAt\n    }\n  }\n": types.TeamUnpublishSessionDocument,
    "\n  mutation TeamLockMeeting($meetingId: ID!, $locked: Boolean!) {\n    lockSessionMeeting(meetingId: $meetingId, locked: $locked) {\n      id\n      locked\n    }\n  }\n": types.TeamLockMeetingDocument,
    "\n  query TeamSessions {\n    meetAndGreetSessions {\n      id\n      title\n      venue\n      date\n      firstSlotStart\n      status\n      planStatus\n    }\n  }\n": types.TeamSessionsDocument,
    "\n  query TeamSession($sessionId: ID!) {\n    meetAndGreetSession(sessionId: $sessionId) {\n      id\n      title\n      venue\n      date\n      firstSlotStart\n      slotMinutes\n      slotCount\n      tableCount\n      registrationDeadline\n      minMeetingsPerCandidate\n      maxMeetingsPerCandidate\n      maxMeetingsPerRepresentative\n      status\n      planStatus\n      planCurrent\n      planVersion\n      planFigures {\n        meetings\n        candidatesBelowFloor\n        kept\n        changed\n        added\n      }\n      slots {\n        number\n        startsAt\n      }\n    }\n    sessionEmployers(sessionId: $sessionId) {\n      employerId\n      name\n      representatives\n      status\n      late\n      blockedSlots\n    }\n    sessionCandidates(sessionId: $sessionId) {\n      candidateId\n      publicCode\n      status\n      late\n      blockedSlots\n    }\n    sessionTablePlan(sessionId: $sessionId) {\n      printUrl\n      tables {\n        table\n        cells {\n          meetingId\n          employer\n          representative\n          candidate\n          locked\n        }\n      }\n    }\n  }\n": types.TeamSessionDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      role\n      employerId\n      candidateId\n      regionCode\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($action: AuditAction, $before: ID, $first: Int!) {\n    auditTrail(action: $action, before: $before, first: $first) {\n      id\n      at\n      action\n      actorName\n      actorRole\n      subjectType\n      subjectId\n      regionCode\n      requestId\n      detailsJson\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($action: AuditAction, $before: ID, $first: Int!) {\n    auditTrail(action: $action, before: $before, first: $first) {\n      id\n      at\n      action\n      actorName\n      actorRole\n      subjectType\n      subjectId\n      regionCode\n      requestId\n      detailsJson\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LedgerEmployerRowParts on LedgerEmployerRow {\n    employerId\n    employerName\n    period\n    hoursLent\n    hoursBorrowed\n    placementsLent\n    placementsBorrowed\n    balance\n    cumulativeBalance\n  }\n"): (typeof documents)["\n  fragment LedgerEmployerRowParts on LedgerEmployerRow {\n    employerId\n    employerName\n    period\n    hoursLent\n    hoursBorrowed\n    placementsLent\n    placementsBorrowed\n    balance\n    cumulativeBalance\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchExplanationParts on MatchExplanation {\n    distanceKm\n    breakdown {\n      component\n      contribution\n      explanation {\n        nl\n        en\n      }\n    }\n    matchedSkills {\n      level\n      skill {\n        skillId\n        labelNl\n        labelEn\n      }\n    }\n    missingRequiredSkills {\n      skillId\n      labelNl\n      labelEn\n    }\n    improvements {\n      scoreGain\n      skill {\n        skillId\n      }\n      explanation {\n        nl\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MatchExplanationParts on MatchExplanation {\n    distanceKm\n    breakdown {\n      component\n      contribution\n      explanation {\n        nl\n        en\n      }\n    }\n    matchedSkills {\n      level\n      skill {\n        skillId\n        labelNl\n        labelEn\n      }\n    }\n    missingRequiredSkills {\n      skillId\n      labelNl\n      labelEn\n    }\n    improvements {\n      scoreGain\n      skill {\n        skillId\n      }\n      explanation {\n        nl\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlacementRowParts on Placement {\n    id\n    kind\n    status\n    lendingEmployerId\n    hostEmployerId\n    startDate\n    endDate\n    hoursPerWeek\n    requestedHoursPerWeek\n    conflicts {\n      kind\n      blocking\n      explanation\n      explanationNl\n    }\n  }\n"): (typeof documents)["\n  fragment PlacementRowParts on Placement {\n    id\n    kind\n    status\n    lendingEmployerId\n    hostEmployerId\n    startDate\n    endDate\n    hoursPerWeek\n    requestedHoursPerWeek\n    conflicts {\n      kind\n      blocking\n      explanation\n      explanationNl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSkills($query: String!, $limit: Int!) {\n    searchSkills(query: $query, limit: $limit) {\n      skillId\n      preferredLabelNl\n      preferredLabelEn\n      matchedLabel\n    }\n  }\n"): (typeof documents)["\n  query SearchSkills($query: String!, $limit: Int!) {\n    searchSkills(query: $query, limit: $limit) {\n      skillId\n      preferredLabelNl\n      preferredLabelEn\n      matchedLabel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotifications {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotifications {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VacancyMatchParts on Match {\n    candidateId\n    vacancyId\n    score\n    vacancy {\n      id\n      title\n      hoursMin\n      hoursMax\n      employer {\n        id\n        name\n      }\n    }\n    case {\n      id\n      state\n    }\n    explanation {\n      ...MatchExplanationParts\n    }\n  }\n"): (typeof documents)["\n  fragment VacancyMatchParts on Match {\n    candidateId\n    vacancyId\n    score\n    vacancy {\n      id\n      title\n      hoursMin\n      hoursMax\n      employer {\n        id\n        name\n      }\n    }\n    case {\n      id\n      state\n    }\n    explanation {\n      ...MatchExplanationParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffAccountResultParts on StaffAccountResult {\n    account {\n      id\n      displayName\n      status\n    }\n    activation {\n      code\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  fragment StaffAccountResultParts on StaffAccountResult {\n    account {\n      id\n      displayName\n      status\n    }\n    activation {\n      code\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingStaffAccounts {\n    pendingStaffAccounts {\n      approvalBasis\n      requestedAt\n      requestedBy {\n        id\n        displayName\n        role\n      }\n      account {\n        id\n        displayName\n        email\n        role\n        regionCode\n        employerId\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingStaffAccounts {\n    pendingStaffAccounts {\n      approvalBasis\n      requestedAt\n      requestedBy {\n        id\n        displayName\n        role\n      }\n      account {\n        id\n        displayName\n        email\n        role\n        regionCode\n        employerId\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAccountEvents {\n    staffAccountEvents(limit: 50) {\n      id\n      at\n      kind\n      reason\n      text {\n        nl\n        en\n      }\n      actor {\n        id\n        displayName\n        role\n      }\n      account {\n        id\n        displayName\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffAccountEvents {\n    staffAccountEvents(limit: 50) {\n      id\n      at\n      kind\n      reason\n      text {\n        nl\n        en\n      }\n      actor {\n        id\n        displayName\n        role\n      }\n      account {\n        id\n        displayName\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAccountChoices {\n    regions {\n      code\n      name\n    }\n    employers(first: 100) {\n      nodes {\n        id\n        name\n        regionCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffAccountChoices {\n    regions {\n      code\n      name\n    }\n    employers(first: 100) {\n      nodes {\n        id\n        name\n        regionCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveStaffAccount($id: ID!) {\n    approveStaffAccount(id: $id) {\n      ...StaffAccountResultParts\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveStaffAccount($id: ID!) {\n    approveStaffAccount(id: $id) {\n      ...StaffAccountResultParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectStaffAccount($id: ID!, $reason: String) {\n    rejectStaffAccount(id: $id, reason: $reason) {\n      id\n      displayName\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RejectStaffAccount($id: ID!, $reason: String) {\n    rejectStaffAccount(id: $id, reason: $reason) {\n      id\n      displayName\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      ...StaffAccountResultParts\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      ...StaffAccountResultParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateMatches($candidateId: ID!, $first: Int!) {\n    candidateMatches(candidateId: $candidateId, first: $first) {\n      totalCount\n      nodes {\n        ...VacancyMatchParts\n      }\n    }\n  }\n"): (typeof documents)["\n  query CandidateMatches($candidateId: ID!, $first: Int!) {\n    candidateMatches(candidateId: $candidateId, first: $first) {\n      totalCount\n      nodes {\n        ...VacancyMatchParts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentRecords($candidateId: ID!) {\n    consentRecords(candidateId: $candidateId) {\n      id\n      kind\n      givenAt\n      givenByRole\n      inForce\n      withdrawnAt\n      textNl\n      textEn\n      employers {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsentRecords($candidateId: ID!) {\n    consentRecords(candidateId: $candidateId) {\n      id\n      kind\n      givenAt\n      givenByRole\n      inForce\n      withdrawnAt\n      textNl\n      textEn\n      employers {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityAccessLog($candidateId: ID!) {\n    identityAccessLog(candidateId: $candidateId) {\n      id\n      accessedAt\n      action\n      fields\n      purpose\n      accessorName\n      accessorEmployerName\n    }\n  }\n"): (typeof documents)["\n  query IdentityAccessLog($candidateId: ID!) {\n    identityAccessLog(candidateId: $candidateId) {\n      id\n      accessedAt\n      action\n      fields\n      purpose\n      accessorName\n      accessorEmployerName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateIdentity($candidateId: ID!, $purpose: String!) {\n    candidateIdentity(candidateId: $candidateId, purpose: $purpose) {\n      candidateId\n      fullName\n      email\n      phone\n      dateOfBirth\n    }\n  }\n"): (typeof documents)["\n  query CandidateIdentity($candidateId: ID!, $purpose: String!) {\n    candidateIdentity(candidateId: $candidateId, purpose: $purpose) {\n      candidateId\n      fullName\n      email\n      phone\n      dateOfBirth\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteJobSeeker($candidateId: ID!) {\n    createJobSeekerInvitation(candidateId: $candidateId) {\n      sentTo\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteJobSeeker($candidateId: ID!) {\n    createJobSeekerInvitation(candidateId: $candidateId) {\n      sentTo\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CandidateProfileParts on CandidateProfile {\n    id\n    publicCode\n    status\n    consentStatus\n    version\n    track\n    sketchStrengths\n    sketchAttentionPoints\n    hoursMin\n    hoursMax\n    homePc4\n    maxTravelKm\n    travelMode\n    sectorsOpen\n    contractTypes\n    availableFrom\n    contractEndDate\n    supportNeeds\n    targetGroups\n    sharingScope\n    sharedWithEmployerIds\n    updatedAt\n    strengths {\n      skillId\n      level\n      evidenceNote\n      skill {\n        id\n        labelNl\n        labelEn\n      }\n    }\n    developmentSkills {\n      id\n      labelNl\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  fragment CandidateProfileParts on CandidateProfile {\n    id\n    publicCode\n    status\n    consentStatus\n    version\n    track\n    sketchStrengths\n    sketchAttentionPoints\n    hoursMin\n    hoursMax\n    homePc4\n    maxTravelKm\n    travelMode\n    sectorsOpen\n    contractTypes\n    availableFrom\n    contractEndDate\n    supportNeeds\n    targetGroups\n    sharingScope\n    sharedWithEmployerIds\n    updatedAt\n    strengths {\n      skillId\n      level\n      evidenceNote\n      skill {\n        id\n        labelNl\n        labelEn\n      }\n    }\n    developmentSkills {\n      id\n      labelNl\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Candidate($id: ID!) {\n    candidateProfile(id: $id) {\n      ...CandidateProfileParts\n    }\n  }\n"): (typeof documents)["\n  query Candidate($id: ID!) {\n    candidateProfile(id: $id) {\n      ...CandidateProfileParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionEmployers {\n    employers(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionEmployers {\n    employers(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCandidate($input: CreateCandidateInput!) {\n    createCandidateProfile(input: $input) {\n      ...CandidateProfileParts\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCandidate($input: CreateCandidateInput!) {\n    createCandidateProfile(input: $input) {\n      ...CandidateProfileParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCandidate($id: ID!, $input: UpdateCandidateInput!) {\n    updateCandidateProfile(id: $id, input: $input) {\n      ...CandidateProfileParts\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCandidate($id: ID!, $input: UpdateCandidateInput!) {\n    updateCandidateProfile(id: $id, input: $input) {\n      ...CandidateProfileParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeCandidateStatus($id: ID!, $status: CandidateStatus!) {\n    changeCandidateStatus(id: $id, status: $status) {\n      ...CandidateProfileParts\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeCandidateStatus($id: ID!, $status: CandidateStatus!) {\n    changeCandidateStatus(id: $id, status: $status) {\n      ...CandidateProfileParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCandidateConsent($id: ID!, $given: Boolean!) {\n    recordCandidateConsent(id: $id, given: $given) {\n      ...CandidateProfileParts\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCandidateConsent($id: ID!, $given: Boolean!) {\n    recordCandidateConsent(id: $id, given: $given) {\n      ...CandidateProfileParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnCandidates($first: Int!, $after: String) {\n    candidateProfiles(first: $first, after: $after, ownership: OWN) {\n      totalCount\n      nodes {\n        id\n        publicCode\n        status\n        track\n        hoursMin\n        hoursMax\n        updatedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnCandidates($first: Int!, $after: String) {\n    candidateProfiles(first: $first, after: $after, ownership: OWN) {\n      totalCount\n      nodes {\n        id\n        publicCode\n        status\n        track\n        hoursMin\n        hoursMax\n        updatedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ledger($from: LocalDate!, $to: LocalDate!, $byQuarter: Boolean!) {\n    reciprocityLedger(from: $from, to: $to, byQuarter: $byQuarter) {\n      csvUrl\n      employers {\n        ...LedgerEmployerRowParts\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ledger($from: LocalDate!, $to: LocalDate!, $byQuarter: Boolean!) {\n    reciprocityLedger(from: $from, to: $to, byQuarter: $byQuarter) {\n      csvUrl\n      employers {\n        ...LedgerEmployerRowParts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Placements($status: PlacementStatus) {\n    placements(status: $status) {\n      ...PlacementRowParts\n      candidateId\n    }\n    employers(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Placements($status: PlacementStatus) {\n    placements(status: $status) {\n      ...PlacementRowParts\n      candidateId\n    }\n    employers(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnVacancies($employerId: ID!, $first: Int!) {\n    vacancies(employerId: $employerId, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        kind\n        status\n        hoursMin\n        hoursMax\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnVacancies($employerId: ID!, $first: Int!) {\n    vacancies(employerId: $employerId, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        kind\n        status\n        hoursMin\n        hoursMax\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VacancyMatches($vacancyId: ID!, $first: Int!) {\n    vacancy(id: $vacancyId) {\n      id\n      title\n    }\n    vacancyMatches(vacancyId: $vacancyId, first: $first) {\n      totalCount\n      nodes {\n        candidateId\n        vacancyId\n        score\n        candidate {\n          id\n          publicCode\n          hoursMin\n          hoursMax\n        }\n        case {\n          id\n          state\n          employerInterest\n          employerReason\n          candidateInterest\n        }\n        explanation {\n          ...MatchExplanationParts\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VacancyMatches($vacancyId: ID!, $first: Int!) {\n    vacancy(id: $vacancyId) {\n      id\n      title\n    }\n    vacancyMatches(vacancyId: $vacancyId, first: $first) {\n      totalCount\n      nodes {\n        candidateId\n        vacancyId\n        score\n        candidate {\n          id\n          publicCode\n          hoursMin\n          hoursMax\n        }\n        case {\n          id\n          state\n          employerInterest\n          employerReason\n          candidateInterest\n        }\n        explanation {\n          ...MatchExplanationParts\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VacancyParts on Vacancy {\n    id\n    version\n    title\n    description\n    kind\n    status\n    contractType\n    contractDurationMonths\n    hoursMin\n    hoursMax\n    locationPc4\n    positions\n    startDate\n    workDays\n    shifts\n    requiredSkills {\n      id\n      labelNl\n      labelEn\n    }\n    niceToHaveSkills {\n      id\n      labelNl\n      labelEn\n    }\n    trainedOnTheJobSkills {\n      id\n      labelNl\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  fragment VacancyParts on Vacancy {\n    id\n    version\n    title\n    description\n    kind\n    status\n    contractType\n    contractDurationMonths\n    hoursMin\n    hoursMax\n    locationPc4\n    positions\n    startDate\n    workDays\n    shifts\n    requiredSkills {\n      id\n      labelNl\n      labelEn\n    }\n    niceToHaveSkills {\n      id\n      labelNl\n      labelEn\n    }\n    trainedOnTheJobSkills {\n      id\n      labelNl\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Vacancy($id: ID!) {\n    vacancy(id: $id) {\n      ...VacancyParts\n    }\n  }\n"): (typeof documents)["\n  query Vacancy($id: ID!) {\n    vacancy(id: $id) {\n      ...VacancyParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVacancy($input: CreateVacancyInput!) {\n    createVacancy(input: $input) {\n      ...VacancyParts\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVacancy($input: CreateVacancyInput!) {\n    createVacancy(input: $input) {\n      ...VacancyParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVacancy($id: ID!, $input: UpdateVacancyInput!) {\n    updateVacancy(id: $id, input: $input) {\n      ...VacancyParts\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVacancy($id: ID!, $input: UpdateVacancyInput!) {\n    updateVacancy(id: $id, input: $input) {\n      ...VacancyParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeVacancyStatus($id: ID!, $status: VacancyStatus!) {\n    changeVacancyStatus(id: $id, status: $status) {\n      ...VacancyParts\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeVacancyStatus($id: ID!, $status: VacancyStatus!) {\n    changeVacancyStatus(id: $id, status: $status) {\n      ...VacancyParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondAsEmployer($input: MatchResponseInput!) {\n    respondToMatchAsEmployer(input: $input) {\n      id\n      state\n      employerInterest\n      employerReason\n    }\n  }\n"): (typeof documents)["\n  mutation RespondAsEmployer($input: MatchResponseInput!) {\n    respondToMatchAsEmployer(input: $input) {\n      id\n      state\n      employerInterest\n      employerReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConsentsPage {\n    myCandidateProfile {\n      id\n      consentStatus\n      emailNotifications\n      targetGroupShared\n    }\n    myConsents {\n      id\n      kind\n      employers {\n        id\n        name\n      }\n      givenAt\n      givenByRole\n      inForce\n      textNl\n      textEn\n      textVersion\n      statementId\n      withdrawnAt\n      withdrawnByRole\n      withdrawalReason\n    }\n    myConsentStatements {\n      id\n      kind\n      givenOn\n      givenToName\n      method\n      inForce\n      revokedAt\n      textNl\n      textEn\n    }\n  }\n"): (typeof documents)["\n  query MyConsentsPage {\n    myCandidateProfile {\n      id\n      consentStatus\n      emailNotifications\n      targetGroupShared\n    }\n    myConsents {\n      id\n      kind\n      employers {\n        id\n        name\n      }\n      givenAt\n      givenByRole\n      inForce\n      textNl\n      textEn\n      textVersion\n      statementId\n      withdrawnAt\n      withdrawnByRole\n      withdrawalReason\n    }\n    myConsentStatements {\n      id\n      kind\n      givenOn\n      givenToName\n      method\n      inForce\n      revokedAt\n      textNl\n      textEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentConsentText($kind: ConsentKind!) {\n    consentText(kind: $kind) {\n      kind\n      textNl\n      textEn\n      textVersion\n    }\n  }\n"): (typeof documents)["\n  query CurrentConsentText($kind: ConsentKind!) {\n    consentText(kind: $kind) {\n      kind\n      textNl\n      textEn\n      textVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsent($id: ID!) {\n    withdrawConsent(id: $id) {\n      id\n      inForce\n      withdrawnAt\n      withdrawnByRole\n      withdrawalReason\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawConsent($id: ID!) {\n    withdrawConsent(id: $id) {\n      id\n      inForce\n      withdrawnAt\n      withdrawnByRole\n      withdrawalReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeConsentStatement($id: ID!) {\n    revokeConsentStatement(id: $id) {\n      id\n      inForce\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeConsentStatement($id: ID!) {\n    revokeConsentStatement(id: $id) {\n      id\n      inForce\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEmailNotifications($on: Boolean!) {\n    setEmailNotifications(on: $on) {\n      id\n      emailNotifications\n    }\n  }\n"): (typeof documents)["\n  mutation SetEmailNotifications($on: Boolean!) {\n    setEmailNotifications(on: $on) {\n      id\n      emailNotifications\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareTargetGroup($candidateId: ID!, $share: Boolean!, $textVersion: String) {\n    shareTargetGroup(candidateId: $candidateId, share: $share, textVersion: $textVersion) {\n      id\n      targetGroupShared\n    }\n  }\n"): (typeof documents)["\n  mutation ShareTargetGroup($candidateId: ID!, $share: Boolean!, $textVersion: String) {\n    shareTargetGroup(candidateId: $candidateId, share: $share, textVersion: $textVersion) {\n      id\n      targetGroupShared\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntroductionConsentText($matchCaseId: ID!) {\n    introductionConsentText(matchCaseId: $matchCaseId) {\n      subjectId\n      employerName\n      textNl\n      textEn\n      textVersion\n    }\n  }\n"): (typeof documents)["\n  query IntroductionConsentText($matchCaseId: ID!) {\n    introductionConsentText(matchCaseId: $matchCaseId) {\n      subjectId\n      employerName\n      textNl\n      textEn\n      textVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerIntroductionConsent($matchCaseId: ID!, $consent: MatchConsent!) {\n    answerIntroductionConsent(matchCaseId: $matchCaseId, consent: $consent) {\n      id\n      state\n      consent\n      identityDisclosed\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerIntroductionConsent($matchCaseId: ID!, $consent: MatchConsent!) {\n    answerIntroductionConsent(matchCaseId: $matchCaseId, consent: $consent) {\n      id\n      state\n      consent\n      identityDisclosed\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDataPage($candidateId: ID!) {\n    erasureGraceDays\n    myDataExports {\n      ...DataExportParts\n    }\n    erasureRequests(candidateId: $candidateId) {\n      ...ErasureRequestParts\n    }\n    identityAccessLog(candidateId: $candidateId) {\n      id\n      accessedAt\n      action\n      fields\n      purpose\n      accessorRole\n      accessorName\n      accessorEmployerName\n      accessorDescription {\n        nl\n        en\n      }\n    }\n    auditTrail(candidateId: $candidateId, first: 20) {\n      id\n      action\n      at\n      actorRole\n    }\n  }\n"): (typeof documents)["\n  query MyDataPage($candidateId: ID!) {\n    erasureGraceDays\n    myDataExports {\n      ...DataExportParts\n    }\n    erasureRequests(candidateId: $candidateId) {\n      ...ErasureRequestParts\n    }\n    identityAccessLog(candidateId: $candidateId) {\n      id\n      accessedAt\n      action\n      fields\n      purpose\n      accessorRole\n      accessorName\n      accessorEmployerName\n      accessorDescription {\n        nl\n        en\n      }\n    }\n    auditTrail(candidateId: $candidateId, first: 20) {\n      id\n      action\n      at\n      actorRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataExportParts on DataExport {\n    id\n    requestedAt\n    readyAt\n    failed\n    expiresAt\n    jsonDownloadedAt\n    htmlDownloadedAt\n  }\n"): (typeof documents)["\n  fragment DataExportParts on DataExport {\n    id\n    requestedAt\n    readyAt\n    failed\n    expiresAt\n    jsonDownloadedAt\n    htmlDownloadedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ErasureRequestParts on ErasureRequest {\n    id\n    status\n    requestedAt\n    requestedByRole\n    scheduledFor\n    cancelledAt\n  }\n"): (typeof documents)["\n  fragment ErasureRequestParts on ErasureRequest {\n    id\n    status\n    requestedAt\n    requestedByRole\n    scheduledFor\n    cancelledAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMyDataExport {\n    requestMyDataExport {\n      jsonPath\n      htmlPath\n      export {\n        ...DataExportParts\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestMyDataExport {\n    requestMyDataExport {\n      jsonPath\n      htmlPath\n      export {\n        ...DataExportParts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestErasure($candidateId: ID!, $reason: String) {\n    requestErasure(candidateId: $candidateId, reason: $reason) {\n      ...ErasureRequestParts\n    }\n  }\n"): (typeof documents)["\n  mutation RequestErasure($candidateId: ID!, $reason: String) {\n    requestErasure(candidateId: $candidateId, reason: $reason) {\n      ...ErasureRequestParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelErasure($requestId: ID!) {\n    cancelErasure(requestId: $requestId) {\n      ...ErasureRequestParts\n    }\n  }\n"): (typeof documents)["\n  mutation CancelErasure($requestId: ID!) {\n    cancelErasure(requestId: $requestId) {\n      ...ErasureRequestParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications {\n    myNotifications(limit: 50) {\n      id\n      kind\n      createdAt\n      readAt\n      textNl\n      textEn\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications {\n    myNotifications(limit: 50) {\n      id\n      kind\n      createdAt\n      readAt\n      textNl\n      textEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    myCandidateProfile {\n      id\n      publicCode\n      status\n      sketchStrengths\n      sketchAttentionPoints\n      hoursMin\n      hoursMax\n      maxTravelKm\n      contractEndDate\n      strengths {\n        skillId\n        level\n        skill {\n          id\n          labelNl\n          labelEn\n        }\n      }\n      developmentSkills {\n        id\n        labelNl\n        labelEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    myCandidateProfile {\n      id\n      publicCode\n      status\n      sketchStrengths\n      sketchAttentionPoints\n      hoursMin\n      hoursMax\n      maxTravelKm\n      contractEndDate\n      strengths {\n        skillId\n        level\n        skill {\n          id\n          labelNl\n          labelEn\n        }\n      }\n      developmentSkills {\n        id\n        labelNl\n        labelEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySuggestions($first: Int!) {\n    mySuggestions(first: $first) {\n      totalCount\n      updatedAt\n      nodes {\n        ...VacancyMatchParts\n        vacancy {\n          kind\n        }\n        case {\n          candidateInterest\n          consent\n          identityDisclosed\n          version\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySuggestions($first: Int!) {\n    mySuggestions(first: $first) {\n      totalCount\n      updatedAt\n      nodes {\n        ...VacancyMatchParts\n        vacancy {\n          kind\n        }\n        case {\n          candidateInterest\n          consent\n          identityDisclosed\n          version\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToMatch($input: MatchResponseInput!) {\n    respondToMatchAsCandidate(input: $input) {\n      id\n      state\n      candidateInterest\n      consent\n      identityDisclosed\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToMatch($input: MatchResponseInput!) {\n    respondToMatchAsCandidate(input: $input) {\n      id\n      state\n      candidateInterest\n      consent\n      identityDisclosed\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamLedger($from: LocalDate!, $to: LocalDate!, $byQuarter: Boolean!) {\n    reciprocityLedger(from: $from, to: $to, byQuarter: $byQuarter) {\n      csvUrl\n      employers {\n        ...LedgerEmployerRowParts\n      }\n      pairs {\n        period\n        lendingEmployerId\n        hostEmployerId\n        hours\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamLedger($from: LocalDate!, $to: LocalDate!, $byQuarter: Boolean!) {\n    reciprocityLedger(from: $from, to: $to, byQuarter: $byQuarter) {\n      csvUrl\n      employers {\n        ...LedgerEmployerRowParts\n      }\n      pairs {\n        period\n        lendingEmployerId\n        hostEmployerId\n        hours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPlacements($status: PlacementStatus) {\n    placements(status: $status) {\n      ...PlacementRowParts\n    }\n    employers(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamPlacements($status: PlacementStatus) {\n    placements(status: $status) {\n      ...PlacementRowParts\n    }\n    employers(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamErasureRequestParts on ErasureRequest {\n    id\n    candidateId\n    publicCode\n    status\n    reason\n    requestedAt\n    requestedByRole\n    scheduledFor\n    cancelledAt\n    completedAt\n    removed {\n      kind\n      rows\n    }\n  }\n"): (typeof documents)["\n  fragment TeamErasureRequestParts on ErasureRequest {\n    id\n    candidateId\n    publicCode\n    status\n    reason\n    requestedAt\n    requestedByRole\n    scheduledFor\n    cancelledAt\n    completedAt\n    removed {\n      kind\n      rows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamErasureRequests {\n    erasureRequests {\n      ...TeamErasureRequestParts\n    }\n  }\n"): (typeof documents)["\n  query TeamErasureRequests {\n    erasureRequests {\n      ...TeamErasureRequestParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamCandidateByCode($publicCode: String!) {\n    candidateProfiles(first: 1, publicCode: $publicCode) {\n      nodes {\n        id\n        publicCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamCandidateByCode($publicCode: String!) {\n    candidateProfiles(first: 1, publicCode: $publicCode) {\n      nodes {\n        id\n        publicCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamRequestErasure($candidateId: ID!, $reason: String) {\n    requestErasure(candidateId: $candidateId, reason: $reason) {\n      ...TeamErasureRequestParts\n    }\n  }\n"): (typeof documents)["\n  mutation TeamRequestErasure($candidateId: ID!, $reason: String) {\n    requestErasure(candidateId: $candidateId, reason: $reason) {\n      ...TeamErasureRequestParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamCancelErasure($requestId: ID!) {\n    cancelErasure(requestId: $requestId) {\n      ...TeamErasureRequestParts\n    }\n  }\n"): (typeof documents)["\n  mutation TeamCancelErasure($requestId: ID!) {\n    cancelErasure(requestId: $requestId) {\n      ...TeamErasureRequestParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamRegionStatistics($regionCode: String!) {\n    regionStatistics(regionCode: $regionCode) {\n      regionCode\n      activeCandidates\n      activeCandidatesByTrack {\n        track\n        count\n      }\n      contractsEndingWithinSixMonths\n      employers\n      openVacancies\n      openPositions\n      computedAt\n    }\n  }\n"): (typeof documents)["\n  query TeamRegionStatistics($regionCode: String!) {\n    regionStatistics(regionCode: $regionCode) {\n      regionCode\n      activeCandidates\n      activeCandidatesByTrack {\n        track\n        count\n      }\n      contractsEndingWithinSixMonths\n      employers\n      openVacancies\n      openPositions\n      computedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RematchRunParts on RematchRun {\n    id\n    status\n    progress\n    requestedAt\n    finishedAt\n    candidates\n    vacancies\n    pairsScored\n  }\n"): (typeof documents)["\n  fragment RematchRunParts on RematchRun {\n    id\n    status\n    progress\n    requestedAt\n    finishedAt\n    candidates\n    vacancies\n    pairsScored\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamLatestRematchRun {\n    latestRematchRun {\n      ...RematchRunParts\n    }\n  }\n"): (typeof documents)["\n  query TeamLatestRematchRun {\n    latestRematchRun {\n      ...RematchRunParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamStartRegionRematch {\n    startRegionRematch {\n      ...RematchRunParts\n    }\n  }\n"): (typeof documents)["\n  mutation TeamStartRegionRematch {\n    startRegionRematch {\n      ...RematchRunParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamRegionMatches($filter: RegionMatchFilterInput, $first: Int, $after: String) {\n    regionMatches(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        candidateId\n        vacancyId\n        score\n        candidate {\n          id\n          publicCode\n          track\n        }\n        vacancy {\n          id\n          title\n          employer {\n            id\n            name\n          }\n        }\n        case {\n          id\n          state\n        }\n        explanation {\n          ...MatchExplanationParts\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamRegionMatches($filter: RegionMatchFilterInput, $first: Int, $after: String) {\n    regionMatches(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        candidateId\n        vacancyId\n        score\n        candidate {\n          id\n          publicCode\n          track\n        }\n        vacancy {\n          id\n          title\n          employer {\n            id\n            name\n          }\n        }\n        case {\n          id\n          state\n        }\n        explanation {\n          ...MatchExplanationParts\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamCreateSession($input: SessionSetupInput!) {\n    createMeetAndGreetSession(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TeamCreateSession($input: SessionSetupInput!) {\n    createMeetAndGreetSession(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamSessionSuggestions($sessionId: ID!) {\n    sessionInviteeSuggestions(sessionId: $sessionId, limit: 25) {\n      candidates {\n        candidateId\n        publicCode\n        bestScore\n        matchingEmployers\n      }\n      employers {\n        employerId\n        name\n        bestScore\n        matchingCandidates\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamSessionSuggestions($sessionId: ID!) {\n    sessionInviteeSuggestions(sessionId: $sessionId, limit: 25) {\n      candidates {\n        candidateId\n        publicCode\n        bestScore\n        matchingEmployers\n      }\n      employers {\n        employerId\n        name\n        bestScore\n        matchingCandidates\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamInviteToSession($sessionId: ID!, $input: InviteToSessionInput!) {\n    inviteToSession(sessionId: $sessionId, input: $input) {\n      candidates\n      employers\n    }\n  }\n"): (typeof documents)["\n  mutation TeamInviteToSession($sessionId: ID!, $input: InviteToSessionInput!) {\n    inviteToSession(sessionId: $sessionId, input: $input) {\n      candidates\n      employers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamRegisterParticipant(\n    $sessionId: ID!\n    $participant: ParticipantInput!\n    $answer: SessionAnswerInput!\n  ) {\n    respondToSessionInvitation(sessionId: $sessionId, participant: $participant, answer: $answer)\n  }\n"): (typeof documents)["\n  mutation TeamRegisterParticipant(\n    $sessionId: ID!\n    $participant: ParticipantInput!\n    $answer: SessionAnswerInput!\n  ) {\n    respondToSessionInvitation(sessionId: $sessionId, participant: $participant, answer: $answer)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamPlanSession($sessionId: ID!) {\n    planMeetAndGreetSession(sessionId: $sessionId) {\n      id\n      planStatus\n      planCurrent\n    }\n  }\n"): (typeof documents)["\n  mutation TeamPlanSession($sessionId: ID!) {\n    planMeetAndGreetSession(sessionId: $sessionId) {\n      id\n      planStatus\n      planCurrent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamPublishSession($sessionId: ID!) {\n    publishMeetAndGreetSession(sessionId: $sessionId) {\n      id\n      status\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation TeamPublishSession($sessionId: ID!) {\n    publishMeetAndGreetSession(sessionId: $sessionId) {\n      id\n      status\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamUnpublishSession($sessionId: ID!) {\n    unpublishMeetAndGreetSession(sessionId: $sessionId) {\n      id\n      status\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation TeamUnpublishSession($sessionId: ID!) {\n    unpublishMeetAndGreetSession(sessionId: $sessionId) {\n      id\n      status\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TeamLockMeeting($meetingId: ID!, $locked: Boolean!) {\n    lockSessionMeeting(meetingId: $meetingId, locked: $locked) {\n      id\n      locked\n    }\n  }\n"): (typeof documents)["\n  mutation TeamLockMeeting($meetingId: ID!, $locked: Boolean!) {\n    lockSessionMeeting(meetingId: $meetingId, locked: $locked) {\n      id\n      locked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamSessions {\n    meetAndGreetSessions {\n      id\n      title\n      venue\n      date\n      firstSlotStart\n      status\n      planStatus\n    }\n  }\n"): (typeof documents)["\n  query TeamSessions {\n    meetAndGreetSessions {\n      id\n      title\n      venue\n      date\n      firstSlotStart\n      status\n      planStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamSession($sessionId: ID!) {\n    meetAndGreetSession(sessionId: $sessionId) {\n      id\n      title\n      venue\n      date\n      firstSlotStart\n      slotMinutes\n      slotCount\n      tableCount\n      registrationDeadline\n      minMeetingsPerCandidate\n      maxMeetingsPerCandidate\n      maxMeetingsPerRepresentative\n      status\n      planStatus\n      planCurrent\n      planVersion\n      planFigures {\n        meetings\n        candidatesBelowFloor\n        kept\n        changed\n        added\n      }\n      slots {\n        number\n        startsAt\n      }\n    }\n    sessionEmployers(sessionId: $sessionId) {\n      employerId\n      name\n      representatives\n      status\n      late\n      blockedSlots\n    }\n    sessionCandidates(sessionId: $sessionId) {\n      candidateId\n      publicCode\n      status\n      late\n      blockedSlots\n    }\n    sessionTablePlan(sessionId: $sessionId) {\n      printUrl\n      tables {\n        table\n        cells {\n          meetingId\n          employer\n          representative\n          candidate\n          locked\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamSession($sessionId: ID!) {\n    meetAndGreetSession(sessionId: $sessionId) {\n      id\n      title\n      venue\n      date\n      firstSlotStart\n      slotMinutes\n      slotCount\n      tableCount\n      registrationDeadline\n      minMeetingsPerCandidate\n      maxMeetingsPerCandidate\n      maxMeetingsPerRepresentative\n      status\n      planStatus\n      planCurrent\n      planVersion\n      planFigures {\n        meetings\n        candidatesBelowFloor\n        kept\n        changed\n        added\n      }\n      slots {\n        number\n        startsAt\n      }\n    }\n    sessionEmployers(sessionId: $sessionId) {\n      employerId\n      name\n      representatives\n      status\n      late\n      blockedSlots\n    }\n    sessionCandidates(sessionId: $sessionId) {\n      candidateId\n      publicCode\n      status\n      late\n      blockedSlots\n    }\n    sessionTablePlan(sessionId: $sessionId) {\n      printUrl\n      tables {\n        table\n        cells {\n          meetingId\n          employer\n          representative\n          candidate\n          locked\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      role\n      employerId\n      candidateId\n      regionCode\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      role\n      employerId\n      candidateId\n      regionCode\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;