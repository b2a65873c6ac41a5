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
