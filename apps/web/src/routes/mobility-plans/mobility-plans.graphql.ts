import { graphql } from '@web/graphql/generated';

export const PlanVersionPartsFragment = graphql(`
  fragment PlanVersionParts on MobilityPlanVersion {
    id
    number
    status
    title {
      nl
      en
    }
    employmentEndDate
    choiceDeadline
    helpHourValueEur
    updatedAt
    publishedAt
    paths {
      id
      kind
      name {
        nl
        en
      }
      description {
        nl
        en
      }
      trainingBudgetEur
      mediationHours
      coachingHours
      durationMonths
      conditions {
        nl
        en
      }
      keepsUnemploymentBenefit
      followUp
      elements {
        kind
        description {
          nl
          en
        }
        factor
        amountEur
        months
        month
        percent
        fromMonth
      }
    }
    guide {
      title {
        nl
        en
      }
      body {
        nl
        en
      }
    }
  }
`);

export const MobilityPlansQuery = graphql(`
  query MobilityPlans {
    mobilityPlans {
      id
      employerName
      canEdit
      published {
        id
        number
        title {
          nl
          en
        }
        choiceDeadline
      }
      draft {
        id
        number
        title {
          nl
          en
        }
        updatedAt
      }
    }
  }
`);

export const MobilityPlanQuery = graphql(`
  query MobilityPlan($id: ID!) {
    mobilityPlan(id: $id) {
      id
      employerName
      canEdit
      published {
        ...PlanVersionParts
      }
      draft {
        ...PlanVersionParts
      }
    }
    myMobilityFigures {
      ...KeptFiguresParts
    }
  }
`);

/** The figures a job seeker kept for comparing: the form starts with them (null for everyone else). */
export const KeptFiguresParts = graphql(`
  fragment KeptFiguresParts on KeptMobilityFigures {
    grossMonthlySalaryEur
    yearsOfService
    employmentHistoryYears
    savedAt
  }
`);

export const KeepMyMobilityFiguresMutation = graphql(`
  mutation KeepMyMobilityFigures($figures: EmployeeFiguresInput!) {
    keepMyMobilityFigures(figures: $figures) {
      ...KeptFiguresParts
    }
  }
`);

export const ForgetMyMobilityFiguresMutation = graphql(`
  mutation ForgetMyMobilityFigures {
    forgetMyMobilityFigures
  }
`);

export const CompareMobilityPathsQuery = graphql(`
  query CompareMobilityPaths($versionId: ID!, $figures: EmployeeFiguresInput!) {
    compareMobilityPaths(versionId: $versionId, figures: $figures) {
      parametersReviewedOn
      notice {
        nl
        en
      }
      paths {
        pathId
        totalEur
        items {
          kind
          description {
            nl
            en
          }
          calculation {
            nl
            en
          }
          totalEur
          parameters {
            id
            label {
              nl
              en
            }
            value
            unit
            validFrom
            sourceTitle
            sourceUrl
            assumedToContinue
            note {
              nl
              en
            }
          }
        }
        months {
          month
          startsOn
          totalEur
        }
      }
    }
  }
`);

export const ProportionalityQuery = graphql(`
  query MobilityPlanProportionality($versionId: ID!) {
    mobilityPlanProportionality(versionId: $versionId) {
      employee {
        nl
        en
      }
      paths {
        pathId
        moneyEur
        helpEur
        totalEur
        fromMedian
        uneven
      }
    }
  }
`);

export const CreateMobilityPlanMutation = graphql(`
  mutation CreateMobilityPlan($employerId: ID, $input: MobilityPlanDraftInput!) {
    createMobilityPlan(employerId: $employerId, input: $input) {
      id
    }
  }
`);

export const SaveMobilityPlanDraftMutation = graphql(`
  mutation SaveMobilityPlanDraft($planId: ID!, $input: MobilityPlanDraftInput!, $basedOn: DateTime) {
    saveMobilityPlanDraft(planId: $planId, input: $input, basedOn: $basedOn) {
      id
      draft {
        ...PlanVersionParts
      }
    }
  }
`);

export const PublishMobilityPlanMutation = graphql(`
  mutation PublishMobilityPlan($planId: ID!, $basedOn: DateTime) {
    publishMobilityPlan(planId: $planId, basedOn: $basedOn) {
      id
      published {
        ...PlanVersionParts
      }
      draft {
        id
      }
    }
  }
`);

export const StartMobilityPlanVersionMutation = graphql(`
  mutation StartMobilityPlanVersion($planId: ID!) {
    startMobilityPlanVersion(planId: $planId) {
      id
      draft {
        ...PlanVersionParts
      }
    }
  }
`);

export const PlanEmployersQuery = graphql(`
  query PlanEmployers {
    employers(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

/** An employee's own choice, as the choose form shows it: read on load and answered by choosing. */
export const MyChoicePartsFragment = graphql(`
  fragment MyChoiceParts on MyMobilityPathChoice {
    pathId
    chosenAt
    stillOffered
    changedSinceChosen
    deadline
    canChange
  }
`);

export const MyMobilityPathChoiceQuery = graphql(`
  query MyMobilityPathChoice($planId: ID!) {
    myMobilityPathChoice(planId: $planId) {
      ...MyChoiceParts
    }
  }
`);

export const ChooseMobilityPathMutation = graphql(`
  mutation ChooseMobilityPath($planId: ID!, $pathId: ID!, $shareProfile: Boolean) {
    chooseMobilityPath(planId: $planId, pathId: $pathId, shareProfile: $shareProfile) {
      ...MyChoiceParts
    }
  }
`);

export const MobilityPlanChoicesQuery = graphql(`
  query MobilityPlanChoices($planId: ID!) {
    mobilityPlanChoices(planId: $planId) {
      pathId
      offered
      count
      followUp
      people {
        candidateId
        publicCode
        chosenAt
      }
    }
  }
`);

export const MobilityPlanQuestionsQuery = graphql(`
  query MobilityPlanQuestions($planId: ID!) {
    mobilityPlanQuestions(planId: $planId) {
      id
      question
      askedAt
      answer {
        nl
        en
      }
      answeredAt
      mine
      anonymous
      askedBy
    }
  }
`);

export const AskMobilityPlanQuestionMutation = graphql(`
  mutation AskMobilityPlanQuestion($planId: ID!, $question: String!, $anonymous: Boolean, $confirm: Boolean) {
    askMobilityPlanQuestion(
      planId: $planId
      question: $question
      anonymous: $anonymous
      confirmPossibleNames: $confirm
    ) {
      id
    }
  }
`);

export const AnswerMobilityPlanQuestionMutation = graphql(`
  mutation AnswerMobilityPlanQuestion($questionId: ID!, $answer: LocalisedTextInput!, $confirm: Boolean) {
    answerMobilityPlanQuestion(questionId: $questionId, answer: $answer, confirmPossibleNames: $confirm) {
      id
      answer {
        nl
        en
      }
    }
  }
`);

/** The regional dashboard's part: each published plan of the region with its counts per path. */
export const RegionPlanFiguresParts = graphql(`
  fragment RegionPlanFiguresParts on RegionMobilityPlanFigures {
    plan {
      id
      employerName
      published {
        id
        title {
          nl
          en
        }
        choiceDeadline
        paths {
          id
          kind
          name {
            nl
            en
          }
        }
      }
    }
    paths {
      pathId
      count
    }
    chosen
    chosenDroppedPaths
  }
`);
