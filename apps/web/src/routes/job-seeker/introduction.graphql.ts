import { graphql } from '@web/graphql/generated';

export const IntroductionConsentTextQuery = graphql(`
  query IntroductionConsentText($matchCaseId: ID!) {
    introductionConsentText(matchCaseId: $matchCaseId) {
      subjectId
      employerName
      textNl
      textEn
      textVersion
    }
  }
`);

export const AnswerIntroductionConsentMutation = graphql(`
  mutation AnswerIntroductionConsent($matchCaseId: ID!, $consent: MatchConsent!) {
    answerIntroductionConsent(matchCaseId: $matchCaseId, consent: $consent) {
      id
      state
      consent
      identityDisclosed
      version
    }
  }
`);
