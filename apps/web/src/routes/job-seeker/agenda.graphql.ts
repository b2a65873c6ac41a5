import { graphql } from '@web/graphql/generated';

export const MySessionsQuery = graphql(`
  query MySessions {
    meetAndGreetSessions {
      id
      title
      venue
      date
      timeZone
      status
      registrationDeadline
      slots {
        number
        startsAt
        endsAt
      }
    }
  }
`);

/** One session as its participant sees it: their answer, the employers coming, their wishes and agenda. */
export const MySessionQuery = graphql(`
  query MySession($sessionId: ID!, $participant: ParticipantInput!) {
    sessionCandidates(sessionId: $sessionId) {
      candidateId
      status
      blockedSlots
    }
    sessionEmployers(sessionId: $sessionId) {
      employerId
      name
    }
    sessionWishes(sessionId: $sessionId) {
      candidateId
      employerId
      side
      kind
    }
    sessionAgenda(sessionId: $sessionId, participant: $participant) {
      sessionId
      published
      changedSinceSeen
      calendarUrl
      entries {
        meetingId
        slot
        table
        startsAt
        endsAt
        counterpart
        vacancyTitle
      }
    }
  }
`);

export const RespondToSessionMutation = graphql(`
  mutation RespondToMySession(
    $sessionId: ID!
    $participant: ParticipantInput!
    $answer: SessionAnswerInput!
  ) {
    respondToSessionInvitation(sessionId: $sessionId, participant: $participant, answer: $answer)
  }
`);

export const CancelSessionParticipationMutation = graphql(`
  mutation CancelMySessionParticipation($sessionId: ID!, $participant: ParticipantInput!) {
    cancelSessionParticipation(sessionId: $sessionId, participant: $participant)
  }
`);

export const SetSessionWishMutation = graphql(`
  mutation SetMySessionWish($sessionId: ID!, $input: SessionWishInput!) {
    setSessionWish(sessionId: $sessionId, input: $input) {
      candidateId
      employerId
      side
      kind
    }
  }
`);

export const MarkAgendaSeenMutation = graphql(`
  mutation MarkMyAgendaSeen($sessionId: ID!, $participant: ParticipantInput!) {
    markSessionAgendaSeen(sessionId: $sessionId, participant: $participant) {
      sessionId
      changedSinceSeen
    }
  }
`);
