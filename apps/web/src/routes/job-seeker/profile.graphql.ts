import { graphql } from '@web/graphql/generated';

export const MyProfileQuery = graphql(`
  query MyProfile {
    myCandidateProfile {
      id
      publicCode
      status
      sketchStrengths
      sketchAttentionPoints
      hoursMin
      hoursMax
      maxTravelKm
      contractEndDate
      strengths {
        skillId
        level
        skill {
          id
          labelNl
          labelEn
        }
      }
      developmentSkills {
        id
        labelNl
        labelEn
      }
    }
  }
`);
