import { graphql } from '@web/graphql/generated';

/**
 * A placement's terms as the parties agree to them — the same fields on the HR lead's placement page and on the
 * job seeker's, so what one agrees to is what the other reads — with who has agreed and what each may do now.
 */
export const PlacementTermsParts = graphql(`
  fragment PlacementTermsParts on Placement {
    workDays
    ownWorkHoursPerWeek
    salaryPaidBy
    travelCostsReimbursed
    travelCostsPaidBy
    insuranceNote
    subsidyNote
    returnOption
    lendingContact
    hostContact
    lenderAgreed
    hostAgreed
    candidateConsented
    availableActions
    version
  }
`);
