import { graphql } from '@web/graphql/generated';

export const AllocationTotalsParts = graphql(`
  fragment AllocationTotalsParts on PlanTotals {
    totalScore
    introductions
    candidatesReached
    vacanciesServed
    positionsFilled
    maxIntroductionsPerCandidate
    candidatesOverLimit
    attentionGini
    feasibleTotalScore
    feasiblePositionsFilled
  }
`);

/** The plan with the names it refers to, in one request: the plan itself carries only ids and codes. */
export const TeamAllocationPlanQuery = graphql(`
  query TeamAllocationPlan($introductionsPerCandidate: Int!, $minScore: Float!) {
    allocationPlan(introductionsPerCandidate: $introductionsPerCandidate, minScore: $minScore) {
      positions
      introductionsPerCandidate
      edgesUsed
      optimal {
        introductions {
          candidateId
          candidatePublicCode
          vacancyId
          employerId
          score
        }
        totals {
          ...AllocationTotalsParts
        }
        byEmployer {
          employerId
          vacancies
          positions
          introductions
          candidates
          sharedCandidates
          totalScore
        }
      }
      greedy {
        totals {
          ...AllocationTotalsParts
        }
      }
    }
    employers(first: 100) {
      nodes {
        id
        name
      }
    }
    vacancies(first: 100, status: OPEN) {
      nodes {
        id
        title
        positions
      }
    }
  }
`);
