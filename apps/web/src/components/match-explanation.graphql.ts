import { graphql } from '@web/graphql/generated';

export const MatchExplanationParts = graphql(`
  fragment MatchExplanationParts on MatchExplanation {
    distanceKm
    breakdown {
      component
      contribution
      explanation {
        nl
        en
      }
    }
    matchedSkills {
      level
      skill {
        skillId
        labelNl
        labelEn
      }
    }
    missingRequiredSkills {
      skillId
      labelNl
      labelEn
    }
    improvements {
      scoreGain
      skill {
        skillId
      }
      explanation {
        nl
        en
      }
    }
  }
`);

/** One suggestion's explanation, read when someone opens it: a list of twenty would otherwise carry 100 kB of it. */
export const MatchExplanationQuery = graphql(`
  query MatchExplanation($candidateId: ID!, $vacancyId: ID!) {
    match(candidateId: $candidateId, vacancyId: $vacancyId) {
      candidateId
      vacancyId
      explanation {
        ...MatchExplanationParts
      }
    }
  }
`);
