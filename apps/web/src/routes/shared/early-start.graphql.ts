import { graphql } from '@web/graphql/generated';

export const EarlyStartWorklistQuery = graphql(`
  query EarlyStartWorklist {
    earlyStartWorklist {
      today
      until
      entries {
        candidateId
        publicCode
        track
        status
        contractEndDate
        daysLeft
        suggestions
        nextStep
        nextStepText {
          nl
          en
        }
      }
    }
  }
`);
