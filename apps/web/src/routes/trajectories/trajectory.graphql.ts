import { graphql } from '@web/graphql/generated';

export const TrajectoryRowFragment = graphql(`
  fragment TrajectoryRowParts on Trajectory {
    id
    candidatePublicCode
    kind
    status
    clientName
    counsellor {
      id
      displayName
    }
    startedOn
    wiaApplicationDueOn
  }
`);

export const TrajectoryDetailFragment = graphql(`
  fragment TrajectoryDetailParts on Trajectory {
    id
    candidateId
    candidatePublicCode
    kind
    status
    clientName
    counsellor {
      id
      displayName
    }
    startedOn
    firstSicknessDay
    waitingPeriodEndsOn
    wiaApplicationDueOn
    plannedDismissalOn
    preconditions {
      kind
      confirmedOn
      confirmedBy {
        id
        displayName
      }
    }
    healthVisible
    assessment {
      domain
      score
      note
    }
    functionalCapacityNote
    functionalConclusion
    conclusions {
      sectors
      mobility
      training
      obstacles
      period
    }
    advice
    adviceReason
    screenedOn
    contacts {
      id
      occurredOn
      kind
      durationMinutes
      summary
      consequence
      recordedBy {
        id
        displayName
      }
    }
    plan {
      goals
      searchDirections {
        occupationId
        labelNl
        labelEn
      }
      modules
      hoursPerWeek
      updatedOn
      actions {
        id
        description
        owner
        dueOn
        doneOn
        viewerMayComplete
      }
    }
    progressNotes {
      month
      note
      writtenAt
    }
    closedOn
    outcome
    successful
    closingNote
    viewerMay {
      guide
      confirmPreconditions
      assignCounsellor
      writeProgressNote
    }
    hires {
      ...HireParts
    }
    version
  }
`);

export const TrajectoriesQuery = graphql(`
  query Trajectories($status: TrajectoryStatus, $mine: Boolean, $after: String) {
    trajectories(status: $status, mine: $mine, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...TrajectoryRowParts
      }
    }
  }
`);

export const TrajectoryReportFragment = graphql(`
  fragment TrajectoryReportParts on TrajectoryReport {
    id
    kind
    version
    generatedAt
    generatedBy {
      id
      displayName
    }
    receipts {
      userId
      displayName
    }
    url
    pdfUrl
  }
`);

export const TrajectoryQuery = graphql(`
  query Trajectory($id: ID!) {
    trajectory(id: $id) {
      ...TrajectoryDetailParts
    }
    trajectoryReports(trajectoryId: $id) {
      ...TrajectoryReportParts
    }
  }
`);

export const GenerateReportMutation = graphql(`
  mutation GenerateTrajectoryReport($trajectoryId: ID!, $kind: TrajectoryReportKind!) {
    generateTrajectoryReport(trajectoryId: $trajectoryId, kind: $kind) {
      ...TrajectoryReportParts
    }
  }
`);

export const CounsellorsQuery = graphql(`
  query Counsellors {
    counsellors {
      id
      displayName
      role
    }
  }
`);

export const OpenTrajectoryMutation = graphql(`
  mutation OpenTrajectory($input: OpenTrajectoryInput!) {
    openTrajectory(input: $input) {
      ...TrajectoryDetailParts
    }
  }
`);

export const AssignCounsellorMutation = graphql(`
  mutation AssignTrajectoryCounsellor($id: ID!, $counsellorUserId: ID!) {
    assignTrajectoryCounsellor(id: $id, counsellorUserId: $counsellorUserId) {
      ...TrajectoryDetailParts
    }
  }
`);

export const ConfirmPreconditionMutation = graphql(`
  mutation ConfirmTrajectoryPrecondition($id: ID!, $input: ConfirmPreconditionInput!) {
    confirmTrajectoryPrecondition(id: $id, input: $input) {
      ...TrajectoryDetailParts
    }
  }
`);

export const SaveScreeningMutation = graphql(`
  mutation SaveTrajectoryScreening($id: ID!, $input: SaveScreeningInput!) {
    saveTrajectoryScreening(id: $id, input: $input) {
      ...TrajectoryDetailParts
    }
  }
`);

export const LogContactMutation = graphql(`
  mutation LogTrajectoryContact($id: ID!, $input: TrajectoryContactInput!) {
    logTrajectoryContact(id: $id, input: $input) {
      ...TrajectoryDetailParts
    }
  }
`);

export const CloseTrajectoryMutation = graphql(`
  mutation CloseTrajectory($id: ID!, $input: CloseTrajectoryInput!) {
    closeTrajectory(id: $id, input: $input) {
      ...TrajectoryDetailParts
    }
  }
`);

export const HireFragment = graphql(`
  fragment HireParts on Hire {
    id
    employerName
    selfEmployed
    external
    contractType
    startedOn
    durationMonths
    source
    followUps {
      id
      months
      dueOn
      status
      answeredOn
      stillEmployed
      sameEmployer
      reminderCount
    }
  }
`);

export const HireEmployersQuery = graphql(`
  query HireEmployers {
    employers(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const RecordHireMutation = graphql(`
  mutation RecordHire($input: RecordHireInput!) {
    recordHire(input: $input) {
      ...HireParts
    }
  }
`);

export const AnswerFollowUpMutation = graphql(`
  mutation AnswerFollowUp($id: ID!, $input: FollowUpAnswerInput!) {
    answerFollowUp(id: $id, input: $input) {
      id
      status
      answeredOn
      stillEmployed
      sameEmployer
    }
  }
`);

export const SaveTrajectoryPlanMutation = graphql(`
  mutation SaveTrajectoryPlan($id: ID!, $input: SaveTrajectoryPlanInput!) {
    saveTrajectoryPlan(id: $id, input: $input) {
      ...TrajectoryDetailParts
    }
  }
`);

export const AddPlanActionMutation = graphql(`
  mutation AddTrajectoryPlanAction($id: ID!, $input: PlanActionInput!) {
    addTrajectoryPlanAction(id: $id, input: $input) {
      ...TrajectoryDetailParts
    }
  }
`);

export const CompletePlanActionMutation = graphql(`
  mutation CompleteTrajectoryPlanAction($actionId: ID!) {
    completeTrajectoryPlanAction(actionId: $actionId) {
      ...TrajectoryDetailParts
    }
  }
`);

export const WriteProgressNoteMutation = graphql(`
  mutation WriteTrajectoryProgressNote($id: ID!, $input: ProgressNoteInput!) {
    writeTrajectoryProgressNote(id: $id, input: $input) {
      ...TrajectoryDetailParts
    }
  }
`);
