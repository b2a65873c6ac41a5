import { ALL_OK, type Case, isoDate, only, visibleTo } from './matrix.types';

/** A plan of two paths, valid to publish: what the matrix and the end-to-end tests write. */
export function planDraft(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const text = (nl: string, en: string) => ({ nl, en });
  return {
    title: text('Mobiliteitsplan reorganisatie', 'Mobility plan reorganisation'),
    employmentEndDate: isoDate(180),
    choiceDeadline: isoDate(60),
    helpHourValueEur: 100,
    paths: [
      {
        kind: 'GUIDANCE',
        name: text('Begeleiding naar werk', 'Guidance to work'),
        description: text(
          'Intensieve begeleiding naar een baan in de regio.',
          'Intensive guidance to a job in the region.',
        ),
        trainingBudgetEur: 3000,
        mediationHours: 20,
        coachingHours: 10,
        durationMonths: 6,
        conditions: text('Je doet actief mee.', 'You take an active part.'),
        keepsUnemploymentBenefit: true,
        elements: [
          {
            kind: 'CONTINUED_SALARY',
            months: 6,
            percent: 100,
            description: text('Loon tijdens de begeleiding', 'Salary during guidance'),
          },
          {
            kind: 'TRANSITION_PAYMENT',
            factor: 1,
            month: 7,
            description: text('Wettelijke transitievergoeding', 'Statutory transition payment'),
          },
        ],
      },
      {
        kind: 'OWN_WAY',
        name: text('Eigen weg', 'Own way'),
        description: text(
          'Je vertrekt met een bedrag, zonder verdere hulp.',
          'You leave with a sum, without further help.',
        ),
        trainingBudgetEur: 0,
        mediationHours: 0,
        coachingHours: 0,
        durationMonths: 0,
        conditions: text('Geen.', 'None.'),
        keepsUnemploymentBenefit: false,
        elements: [
          {
            kind: 'LUMP_SUM',
            amountEur: 15000,
            month: 1,
            description: text('Vertrekpremie', 'Leaving bonus'),
          },
        ],
      },
    ],
    guide: [
      {
        title: text('Waarom dit plan', 'Why this plan'),
        body: text('De organisatie verandert.', 'The organisation changes.'),
      },
    ],
    ...overrides,
  };
}

const FIGURES = { grossMonthlySalaryEur: 3000, yearsOfService: 8, employmentHistoryYears: 15 };
const PLAN = `{ id canEdit published { id number } draft { id number } }`;
/** Employer A's plan: its HR leads and the region's team write it; employer A's job seeker reads what is published. */
const AUTHORS = { HR_A: 'OK', RMT27: 'OK', JS_A: 'FORBIDDEN' } as const;

export const MOBILITY_PLAN_CASES: Case[] = [
  {
    name: 'mobilityPlans',
    query: `{ mobilityPlans ${PLAN} }`,
    variables: () => ({}),
    // A list: everyone gets one, scoped to what they may see (the matrix's test below checks whose).
    expect: { default: 'OK', ANON: 'UNAUTHENTICATED' },
  },
  {
    name: 'mobilityPlan',
    query: `query($id: ID!) { mobilityPlan(id: $id) ${PLAN} }`,
    variables: (ids) => ({ id: ids.mobilityPlanId }),
    expect: visibleTo({ HR_A: 'OK', RMT27: 'OK', JS_A: 'OK' }),
    probe: 'mobilityPlanId',
  },
  {
    name: 'compareMobilityPaths (published)',
    query: `query($v: ID!, $f: EmployeeFiguresInput!) { compareMobilityPaths(versionId: $v, figures: $f) { paths { pathId totalEur } } }`,
    variables: (ids) => ({ v: ids.mobilityPlanVersionId, f: FIGURES }),
    expect: visibleTo({ HR_A: 'OK', RMT27: 'OK', JS_A: 'OK' }),
    probe: 'mobilityPlanVersionId',
  },
  {
    name: 'compareMobilityPaths (draft)',
    query: `query($v: ID!, $f: EmployeeFiguresInput!) { compareMobilityPaths(versionId: $v, figures: $f) { paths { pathId totalEur } } }`,
    variables: (ids) => ({ v: ids.mobilityPlanDraftVersionId, f: FIGURES }),
    // Authors try a draft out; employees read only what is published.
    expect: visibleTo({ HR_A: 'OK', RMT27: 'OK' }),
    probe: 'mobilityPlanDraftVersionId',
  },
  {
    name: 'mobilityPlanProportionality',
    query: `query($v: ID!) { mobilityPlanProportionality(versionId: $v) { employee { nl } paths { pathId uneven } } }`,
    variables: (ids) => ({ v: ids.mobilityPlanDraftVersionId }),
    expect: visibleTo({ HR_A: 'OK', RMT27: 'OK' }),
    probe: 'mobilityPlanDraftVersionId',
  },
  {
    name: 'createMobilityPlan (for employer A)',
    query: `mutation($e: ID, $input: MobilityPlanDraftInput!) { createMobilityPlan(employerId: $e, input: $input) ${PLAN} }`,
    variables: (ids) => ({ e: ids.employerA, input: planDraft() }),
    // Another employer's HR lead or another region's team cannot write it, whether employer A exists or not.
    expect: only('HR_A', 'RMT27'),
    probe: 'employerA',
    hiddenFrom: ['HR_B', 'HR_C', 'RMT01'],
  },
  {
    name: 'saveMobilityPlanDraft',
    query: `mutation($id: ID!, $input: MobilityPlanDraftInput!) { saveMobilityPlanDraft(planId: $id, input: $input) ${PLAN} }`,
    variables: (ids) => ({ id: ids.mobilityPlanId, input: planDraft() }),
    expect: visibleTo(AUTHORS),
    probe: 'mobilityPlanId',
  },
  {
    name: 'publishMobilityPlan',
    query: `mutation($id: ID!) { publishMobilityPlan(planId: $id) ${PLAN} }`,
    variables: (ids) => ({ id: ids.mobilityPlanToPublish }),
    // HR_A publishes the draft; then the team finds no draft left to publish, and the job seeker reads it but
    // does not write it.
    expect: visibleTo({ HR_A: 'OK', RMT27: 'CONFLICT', JS_A: 'FORBIDDEN' }),
    probe: 'mobilityPlanToPublish',
  },
  {
    name: 'startMobilityPlanVersion',
    query: `mutation($id: ID!) { startMobilityPlanVersion(planId: $id) ${PLAN} }`,
    variables: (ids) => ({ id: ids.mobilityPlanToPublish }),
    // HR_A starts version 2; the team then finds that draft already there. The job seeker never writes.
    expect: visibleTo({ HR_A: 'OK', RMT27: 'CONFLICT', JS_A: 'FORBIDDEN' }),
    probe: 'mobilityPlanToPublish',
  },
  {
    name: 'chooseMobilityPath',
    query: `mutation($id: ID!, $path: ID!) { chooseMobilityPath(planId: $id, pathId: $path) { pathId canChange } }`,
    variables: (ids) => ({ id: ids.mobilityPlanId, path: ids.mobilityPlanPathId }),
    // The employee's own choice: the plan's authors read it but do not choose for them.
    expect: visibleTo({ JS_A: 'OK', HR_A: 'FORBIDDEN', RMT27: 'FORBIDDEN' }),
    probe: 'mobilityPlanId',
  },
  {
    name: 'myMobilityPathChoice',
    query: `query($id: ID!) { myMobilityPathChoice(planId: $id) { pathId stillOffered } }`,
    variables: (ids) => ({ id: ids.mobilityPlanId }),
    expect: visibleTo({ JS_A: 'OK', HR_A: 'FORBIDDEN', RMT27: 'FORBIDDEN' }),
    probe: 'mobilityPlanId',
  },
  {
    name: 'keepMyMobilityFigures',
    query: `mutation { keepMyMobilityFigures(figures: { grossMonthlySalaryEur: 3200, yearsOfService: 8, employmentHistoryYears: 20 }) { savedAt } }`,
    variables: () => ({}),
    // The employee's own figures: nobody keeps them on someone's behalf.
    expect: only('JS_A', 'JS_B'),
  },
  {
    name: 'myMobilityFigures',
    query: `{ myMobilityFigures { grossMonthlySalaryEur } }`,
    variables: () => ({}),
    // Null for everyone but the employee themselves (tested apart): never another person's.
    expect: ALL_OK,
  },
  {
    name: 'forgetMyMobilityFigures',
    query: `mutation { forgetMyMobilityFigures }`,
    variables: () => ({}),
    expect: only('JS_A', 'JS_B'),
  },
  {
    name: 'mobilityPlanChoices',
    query: `query($id: ID!) { mobilityPlanChoices(planId: $id) { pathId count people { publicCode } } }`,
    variables: (ids) => ({ id: ids.mobilityPlanId }),
    expect: visibleTo({ HR_A: 'OK', RMT27: 'OK', JS_A: 'FORBIDDEN' }),
    probe: 'mobilityPlanId',
  },
  {
    name: 'regionMobilityPlanFigures (AM27)',
    query: `{ regionMobilityPlanFigures(regionCode: "AM27") { plan { id } paths { pathId count } chosen } }`,
    variables: () => ({}),
    // The dashboard of the region's plans is the team's; an HR lead reads their own plan's choices.
    expect: only('RMT27'),
  },
  {
    name: 'mobilityPlanQuestions',
    query: `query($id: ID!) { mobilityPlanQuestions(planId: $id) { id question answer { nl } askedBy } }`,
    variables: (ids) => ({ id: ids.mobilityPlanId }),
    expect: visibleTo({ HR_A: 'OK', RMT27: 'OK', JS_A: 'OK' }),
    probe: 'mobilityPlanId',
  },
  {
    name: 'askMobilityPlanQuestion',
    query: `mutation($id: ID!) { askMobilityPlanQuestion(planId: $id, question: "Telt overwerk mee voor het maandloon?") { id } }`,
    variables: (ids) => ({ id: ids.mobilityPlanId }),
    // Employees ask; the plan's authors answer.
    expect: visibleTo({ JS_A: 'OK', HR_A: 'FORBIDDEN', RMT27: 'FORBIDDEN' }),
    probe: 'mobilityPlanId',
  },
  {
    name: 'answerMobilityPlanQuestion',
    query: `mutation($id: ID!, $answer: LocalisedTextInput!) { answerMobilityPlanQuestion(questionId: $id, answer: $answer) { answer { nl } } }`,
    variables: (ids) => ({
      id: ids.mobilityPlanQuestionId,
      answer: { nl: 'Ja, tot een jaar na de einddatum.', en: 'Yes, up to a year after the end date.' },
    }),
    expect: visibleTo({ HR_A: 'OK', RMT27: 'OK', JS_A: 'FORBIDDEN' }),
    probe: 'mobilityPlanQuestionId',
  },
];
