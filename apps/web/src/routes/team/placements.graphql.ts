import { graphql } from '@web/graphql/generated';

export const TeamPlacementsQuery = graphql(`
  query TeamPlacements($status: PlacementStatus) {
    placements(status: $status) {
      id
      kind
      status
      lendingEmployerId
      hostEmployerId
      startDate
      endDate
      hoursPerWeek
      requestedHoursPerWeek
      planProblem
      conflicts {
        kind
        blocking
        explanation
        explanationNl
      }
    }
    employers(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const TeamLedgerQuery = graphql(`
  query TeamLedger($from: LocalDate!, $to: LocalDate!, $byQuarter: Boolean!) {
    reciprocityLedger(from: $from, to: $to, byQuarter: $byQuarter) {
      csvUrl
      employers {
        employerId
        employerName
        period
        hoursLent
        hoursBorrowed
        placementsLent
        placementsBorrowed
        balance
        cumulativeBalance
      }
      pairs {
        period
        lendingEmployerId
        hostEmployerId
        hours
        placements
      }
    }
  }
`);
