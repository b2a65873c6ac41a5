import { graphql } from '@web/graphql/generated';

export const SearchSkillsQuery = graphql(`
  query SearchSkills($query: String!, $limit: Int!) {
    searchSkills(query: $query, limit: $limit) {
      skillId
      preferredLabelNl
      preferredLabelEn
      matchedLabel
    }
  }
`);

export const SearchOccupationsQuery = graphql(`
  query SearchOccupations($query: String!, $limit: Int!) {
    searchOccupations(query: $query, limit: $limit) {
      id
      labelNl
      labelEn
    }
  }
`);

export const SuggestSkillsQuery = graphql(`
  query SuggestSkills($text: String!) {
    suggestSkillsFromText(text: $text, limit: 12) {
      skillId
      preferredLabelNl
      preferredLabelEn
      matchedText
      intent
      confidence
    }
  }
`);
