import { graphql } from '@web/graphql/generated';

export const LedgerQuery = graphql(`
  query Ledger($from: LocalDate!, $to: LocalDate!, $byQuarter: Boolean!) {
    reciprocityLedger(from: $from, to: $to, byQuarter: $byQuarter) {
      csvUrl
      periods
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
    }
  }
`);

export const PlacementsQuery = graphql(`
  query Placements($status: PlacementStatus) {
    placements(status: $status) {
      id
      kind
      status
      candidateId
      lendingEmployerId
      hostEmployerId
      startDate
      endDate
      hoursPerWeek
      requestedHoursPerWeek
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
