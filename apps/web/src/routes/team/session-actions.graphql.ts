import { graphql } from '@web/graphql/generated';

export const CreateSessionMutation = graphql(`
  mutation TeamCreateSession($input: SessionSetupInput!, $networkId: ID) {
    createMeetAndGreetSession(input: $input, networkId: $networkId) {
      id
    }
  }
`);

export const SessionSuggestionsQuery = graphql(`
  query TeamSessionSuggestions($sessionId: ID!) {
    sessionInviteeSuggestions(sessionId: $sessionId, limit: 25) {
      candidates {
        candidateId
        publicCode
        bestScore
        matchingEmployers
      }
      employers {
        employerId
        name
        bestScore
        matchingCandidates
      }
    }
  }
`);

export const InviteToSessionMutation = graphql(`
  mutation TeamInviteToSession($sessionId: ID!, $input: InviteToSessionInput!) {
    inviteToSession(sessionId: $sessionId, input: $input) {
      candidates
      employers
    }
  }
`);

export const RegisterParticipantMutation = graphql(`
  mutation TeamRegisterParticipant(
    $sessionId: ID!
    $participant: ParticipantInput!
    $answer: SessionAnswerInput!
  ) {
    respondToSessionInvitation(sessionId: $sessionId, participant: $participant, answer: $answer)
  }
`);

export const PlanSessionMutation = graphql(`
  mutation TeamPlanSession($sessionId: ID!) {
    planMeetAndGreetSession(sessionId: $sessionId) {
      id
      planStatus
      planCurrent
    }
  }
`);

export const PublishSessionMutation = graphql(`
  mutation TeamPublishSession($sessionId: ID!) {
    publishMeetAndGreetSession(sessionId: $sessionId) {
      id
      status
      publishedAt
    }
  }
`);

export const UnpublishSessionMutation = graphql(`
  mutation TeamUnpublishSession($sessionId: ID!) {
    unpublishMeetAndGreetSession(sessionId: $sessionId) {
      id
      status
      publishedAt
    }
  }
`);

export const LockMeetingMutation = graphql(`
  mutation TeamLockMeeting($meetingId: ID!, $locked: Boolean!) {
    lockSessionMeeting(meetingId: $meetingId, locked: $locked) {
      id
      locked
    }
  }
`);

export const MarkNoShowMutation = graphql(`
  mutation TeamMarkNoShow($sessionId: ID!, $participant: ParticipantInput!) {
    markSessionNoShow(sessionId: $sessionId, participant: $participant)
  }
`);

export const MarkLateArrivalMutation = graphql(`
  mutation TeamMarkLateArrival($sessionId: ID!, $participant: ParticipantInput!, $arrivesForSlot: Int!) {
    markSessionLateArrival(sessionId: $sessionId, participant: $participant, arrivesForSlot: $arrivesForSlot)
  }
`);

export const MoveMeetingMutation = graphql(`
  mutation TeamMoveMeeting($input: MoveSessionMeetingInput!) {
    moveSessionMeeting(input: $input) {
      id
      slot
      table
      locked
    }
  }
`);

export const RecordOutcomeMutation = graphql(`
  mutation TeamRecordOutcome($input: MeetingOutcomeInput!) {
    recordMeetingOutcome(input: $input) {
      meetingId
      outcome
      matchState
    }
  }
`);

export const CloseSessionMutation = graphql(`
  mutation TeamCloseSession($sessionId: ID!) {
    closeMeetAndGreetSession(sessionId: $sessionId) {
      id
      status
    }
  }
`);
