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

/** The plan with the names it refers to, in one request (each row names its employer and vacancy). */
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
          employer {
            id
            name
          }
          vacancy {
            id
            title
          }
        }
        totals {
          ...AllocationTotalsParts
        }
        byEmployer {
          employerId
          employer {
            id
            name
          }
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
  }
`);
