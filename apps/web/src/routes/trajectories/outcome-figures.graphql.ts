import { graphql } from '@web/graphql/generated';

export const OutcomeFiguresQuery = graphql(`
  query OutcomeFigures($from: LocalDate!, $to: LocalDate!, $breakdown: FigureBreakdown!) {
    outcomeFigures(from: $from, to: $to, breakdown: $breakdown) {
      regionCode
      from
      to
      breakdown
      minimumCellSize
      total {
        group
        groupLabel
        figures {
          key
          value
          numerator
          denominator
          suppressed
        }
      }
      rows {
        group
        groupLabel
        figures {
          key
          value
          numerator
          denominator
          suppressed
        }
      }
      flowThroughYear
      flowThrough {
        key
        value
        numerator
        denominator
        suppressed
      }
      definitions {
        key
        nl
        en
      }
    }
  }
`);
