/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment MatchExplanationParts on MatchExplanation {\n    distanceKm\n    breakdown {\n      component\n      contribution\n      explanation {\n        nl\n        en\n      }\n    }\n    matchedSkills {\n      level\n      skill {\n        skillId\n        labelNl\n        labelEn\n      }\n    }\n    missingRequiredSkills {\n      skillId\n      labelNl\n      labelEn\n    }\n    improvements {\n      scoreGain\n      skill {\n        skillId\n      }\n      explanation {\n        nl\n        en\n      }\n    }\n  }\n": typeof types.MatchExplanationPartsFragmentDoc,
    "\n  query OwnCandidates($first: Int!, $after: String) {\n    candidateProfiles(first: $first, after: $after, ownership: OWN) {\n      totalCount\n      nodes {\n        id\n        publicCode\n        status\n        track\n        hoursMin\n        hoursMax\n        updatedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OwnCandidatesDocument,
    "\n  query OwnVacancies($employerId: ID!, $first: Int!) {\n    vacancies(employerId: $employerId, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        kind\n        status\n        hoursMin\n        hoursMax\n      }\n    }\n  }\n": typeof types.OwnVacanciesDocument,
    "\n  query VacancyMatches($vacancyId: ID!, $first: Int!) {\n    vacancy(id: $vacancyId) {\n      id\n      title\n    }\n    vacancyMatches(vacancyId: $vacancyId, first: $first) {\n      totalCount\n      nodes {\n        candidateId\n        vacancyId\n        score\n        candidate {\n          id\n          publicCode\n          hoursMin\n          hoursMax\n        }\n        case {\n          id\n          state\n        }\n        explanation {\n          ...MatchExplanationParts\n        }\n      }\n    }\n  }\n": typeof types.VacancyMatchesDocument,
    "\n  query MyProfile {\n    myCandidateProfile {\n      id\n      publicCode\n      status\n      sketchStrengths\n      sketchAttentionPoints\n      hoursMin\n      hoursMax\n      maxTravelKm\n      contractEndDate\n      strengths {\n        skillId\n        level\n        skill {\n          id\n          labelNl\n          labelEn\n        }\n      }\n      developmentSkills {\n        id\n        labelNl\n        labelEn\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  query MySuggestions($first: Int!) {\n    mySuggestions(first: $first) {\n      totalCount\n      updatedAt\n      nodes {\n        candidateId\n        vacancyId\n        score\n        vacancy {\n          id\n          title\n          hoursMin\n          hoursMax\n          kind\n          employer {\n            id\n            name\n          }\n        }\n        case {\n          id\n          state\n          candidateInterest\n        }\n        explanation {\n          ...MatchExplanationParts\n        }\n      }\n    }\n  }\n": typeof types.MySuggestionsDocument,
    "\n  mutation RespondToMatch($input: MatchResponseInput!) {\n    respondToMatchAsCandidate(input: $input) {\n      id\n      state\n      candidateInterest\n    }\n  }\n": typeof types.RespondToMatchDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      role\n      employerId\n      candidateId\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  fragment MatchExplanationParts on MatchExplanation {\n    distanceKm\n    breakdown {\n      component\n      contribution\n      explanation {\n        nl\n        en\n      }\n    }\n    matchedSkills {\n      level\n      skill {\n        skillId\n        labelNl\n        labelEn\n      }\n    }\n    missingRequiredSkills {\n      skillId\n      labelNl\n      labelEn\n    }\n    improvements {\n      scoreGain\n      skill {\n        skillId\n      }\n      explanation {\n        nl\n        en\n      }\n    }\n  }\n": types.MatchExplanationPartsFragmentDoc,
    "\n  query OwnCandidates($first: Int!, $after: String) {\n    candidateProfiles(first: $first, after: $after, ownership: OWN) {\n      totalCount\n      nodes {\n        id\n        publicCode\n        status\n        track\n        hoursMin\n        hoursMax\n        updatedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OwnCandidatesDocument,
    "\n  query OwnVacancies($employerId: ID!, $first: Int!) {\n    vacancies(employerId: $employerId, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        kind\n        status\n        hoursMin\n        hoursMax\n      }\n    }\n  }\n": types.OwnVacanciesDocument,
    "\n  query VacancyMatches($vacancyId: ID!, $first: Int!) {\n    vacancy(id: $vacancyId) {\n      id\n      title\n    }\n    vacancyMatches(vacancyId: $vacancyId, first: $first) {\n      totalCount\n      nodes {\n        candidateId\n        vacancyId\n        score\n        candidate {\n          id\n          publicCode\n          hoursMin\n          hoursMax\n        }\n        case {\n          id\n          state\n        }\n        explanation {\n          ...MatchExplanationParts\n        }\n      }\n    }\n  }\n": types.VacancyMatchesDocument,
    "\n  query MyProfile {\n    myCandidateProfile {\n      id\n      publicCode\n      status\n      sketchStrengths\n      sketchAttentionPoints\n      hoursMin\n      hoursMax\n      maxTravelKm\n      contractEndDate\n      strengths {\n        skillId\n        level\n        skill {\n          id\n          labelNl\n          labelEn\n        }\n      }\n      developmentSkills {\n        id\n        labelNl\n        labelEn\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  query MySuggestions($first: Int!) {\n    mySuggestions(first: $first) {\n      totalCount\n      updatedAt\n      nodes {\n        candidateId\n        vacancyId\n        score\n        vacancy {\n          id\n          title\n          hoursMin\n          hoursMax\n          kind\n          employer {\n            id\n            name\n          }\n        }\n        case {\n          id\n          state\n          candidateInterest\n        }\n        explanation {\n          ...MatchExplanationParts\n        }\n      }\n    }\n  }\n": types.MySuggestionsDocument,
    "\n  mutation RespondToMatch($input: MatchResponseInput!) {\n    respondToMatchAsCandidate(input: $input) {\n      id\n      state\n      candidateInterest\n    }\n  }\n": types.RespondToMatchDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      role\n      employerId\n      candidateId\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchExplanationParts on MatchExplanation {\n    distanceKm\n    breakdown {\n      component\n      contribution\n      explanation {\n        nl\n        en\n      }\n    }\n    matchedSkills {\n      level\n      skill {\n        skillId\n        labelNl\n        labelEn\n      }\n    }\n    missingRequiredSkills {\n      skillId\n      labelNl\n      labelEn\n    }\n    improvements {\n      scoreGain\n      skill {\n        skillId\n      }\n      explanation {\n        nl\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MatchExplanationParts on MatchExplanation {\n    distanceKm\n    breakdown {\n      component\n      contribution\n      explanation {\n        nl\n        en\n      }\n    }\n    matchedSkills {\n      level\n      skill {\n        skillId\n        labelNl\n        labelEn\n      }\n    }\n    missingRequiredSkills {\n      skillId\n      labelNl\n      labelEn\n    }\n    improvements {\n      scoreGain\n      skill {\n        skillId\n      }\n      explanation {\n        nl\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnCandidates($first: Int!, $after: String) {\n    candidateProfiles(first: $first, after: $after, ownership: OWN) {\n      totalCount\n      nodes {\n        id\n        publicCode\n        status\n        track\n        hoursMin\n        hoursMax\n        updatedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnCandidates($first: Int!, $after: String) {\n    candidateProfiles(first: $first, after: $after, ownership: OWN) {\n      totalCount\n      nodes {\n        id\n        publicCode\n        status\n        track\n        hoursMin\n        hoursMax\n        updatedAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnVacancies($employerId: ID!, $first: Int!) {\n    vacancies(employerId: $employerId, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        kind\n        status\n        hoursMin\n        hoursMax\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnVacancies($employerId: ID!, $first: Int!) {\n    vacancies(employerId: $employerId, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        kind\n        status\n        hoursMin\n        hoursMax\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VacancyMatches($vacancyId: ID!, $first: Int!) {\n    vacancy(id: $vacancyId) {\n      id\n      title\n    }\n    vacancyMatches(vacancyId: $vacancyId, first: $first) {\n      totalCount\n      nodes {\n        candidateId\n        vacancyId\n        score\n        candidate {\n          id\n          publicCode\n          hoursMin\n          hoursMax\n        }\n        case {\n          id\n          state\n        }\n        explanation {\n          ...MatchExplanationParts\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VacancyMatches($vacancyId: ID!, $first: Int!) {\n    vacancy(id: $vacancyId) {\n      id\n      title\n    }\n    vacancyMatches(vacancyId: $vacancyId, first: $first) {\n      totalCount\n      nodes {\n        candidateId\n        vacancyId\n        score\n        candidate {\n          id\n          publicCode\n          hoursMin\n          hoursMax\n        }\n        case {\n          id\n          state\n        }\n        explanation {\n          ...MatchExplanationParts\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    myCandidateProfile {\n      id\n      publicCode\n      status\n      sketchStrengths\n      sketchAttentionPoints\n      hoursMin\n      hoursMax\n      maxTravelKm\n      contractEndDate\n      strengths {\n        skillId\n        level\n        skill {\n          id\n          labelNl\n          labelEn\n        }\n      }\n      developmentSkills {\n        id\n        labelNl\n        labelEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    myCandidateProfile {\n      id\n      publicCode\n      status\n      sketchStrengths\n      sketchAttentionPoints\n      hoursMin\n      hoursMax\n      maxTravelKm\n      contractEndDate\n      strengths {\n        skillId\n        level\n        skill {\n          id\n          labelNl\n          labelEn\n        }\n      }\n      developmentSkills {\n        id\n        labelNl\n        labelEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySuggestions($first: Int!) {\n    mySuggestions(first: $first) {\n      totalCount\n      updatedAt\n      nodes {\n        candidateId\n        vacancyId\n        score\n        vacancy {\n          id\n          title\n          hoursMin\n          hoursMax\n          kind\n          employer {\n            id\n            name\n          }\n        }\n        case {\n          id\n          state\n          candidateInterest\n        }\n        explanation {\n          ...MatchExplanationParts\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySuggestions($first: Int!) {\n    mySuggestions(first: $first) {\n      totalCount\n      updatedAt\n      nodes {\n        candidateId\n        vacancyId\n        score\n        vacancy {\n          id\n          title\n          hoursMin\n          hoursMax\n          kind\n          employer {\n            id\n            name\n          }\n        }\n        case {\n          id\n          state\n          candidateInterest\n        }\n        explanation {\n          ...MatchExplanationParts\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToMatch($input: MatchResponseInput!) {\n    respondToMatchAsCandidate(input: $input) {\n      id\n      state\n      candidateInterest\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToMatch($input: MatchResponseInput!) {\n    respondToMatchAsCandidate(input: $input) {\n      id\n      state\n      candidateInterest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      role\n      employerId\n      candidateId\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      role\n      employerId\n      candidateId\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;