import { graphql } from '@web/graphql/generated';

export const TeamSessionsQuery = graphql(`
  query TeamSessions {
    employerNetworks {
      ...NetworkChoiceParts
    }
    meetAndGreetSessions {
      id
      networkId
      title
      venue
      date
      firstSlotStart
      status
      planStatus
    }
  }
`);

export const TeamSessionQuery = graphql(`
  query TeamSession($sessionId: ID!) {
    employerNetworks {
      ...NetworkChoiceParts
    }
    meetAndGreetSession(sessionId: $sessionId) {
      id
      networkId
      title
      venue
      date
      firstSlotStart
      slotMinutes
      slotCount
      tableCount
      registrationDeadline
      minMeetingsPerCandidate
      maxMeetingsPerCandidate
      maxMeetingsPerRepresentative
      status
      planStatus
      planCurrent
      planVersion
      plannedAt
      planFigures {
        meetings
        candidatesBelowFloor
        kept
        changed
        added
      }
      slots {
        number
        startsAt
      }
    }
    sessionEmployers(sessionId: $sessionId) {
      employerId
      name
      representatives
      status
      late
      blockedSlots
    }
    sessionCandidates(sessionId: $sessionId) {
      candidateId
      publicCode
      status
      late
      blockedSlots
    }
    sessionTablePlan(sessionId: $sessionId) {
      printUrl
      tables {
        table
        cells {
          meetingId
          employer
          representative
          candidate
          locked
          outcome
        }
      }
    }
  }
`);
