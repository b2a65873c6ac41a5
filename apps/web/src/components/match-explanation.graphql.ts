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
