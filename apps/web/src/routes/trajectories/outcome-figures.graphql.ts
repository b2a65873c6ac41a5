import { graphql } from '@web/graphql/generated';

export const OutcomeFigureFragment = graphql(`
  fragment OutcomeFigureParts on OutcomeFigure {
    key
    value
    numerator
    denominator
    suppressed
  }
`);

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
          ...OutcomeFigureParts
        }
      }
      rows {
        group
        groupLabel
        figures {
          ...OutcomeFigureParts
        }
      }
      flowThroughYear
      flowThrough {
        ...OutcomeFigureParts
      }
      definitions {
        key
        nl
        en
      }
      meetAndGreet {
        steps {
          step
          count
          shareOfMeetings
          suppressed
        }
        notRecorded
        notRecordedSuppressed
        definition {
          nl
          en
        }
      }
    }
    labourShortages {
      ...ShortagesParts
    }
  }
`);

export const ShortagesFragment = graphql(`
  fragment ShortagesParts on LabourShortages {
    minimumCellSize
    bySector {
      sector
      openVacancies
      openPositions
      activeCandidates
      candidatesPerPosition
      suppressed
    }
    bySkill {
      skillId
      labelNl
      labelEn
      openVacancies
      openPositions
      activeCandidates
      candidatesPerPosition
      suppressed
    }
    bySectorDefinition {
      nl
      en
    }
    bySkillDefinition {
      nl
      en
    }
  }
`);
