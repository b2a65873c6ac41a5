import { graphql } from '@web/graphql/generated';

/** One employer's exchanges in one period, as every ledger table shows them. */
export const LedgerEmployerRowParts = graphql(`
  fragment LedgerEmployerRowParts on LedgerEmployerRow {
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
`);
