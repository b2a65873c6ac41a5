import type {
  MobilityPlanDraftInput,
  MobilityPathInput,
  PlanVersionPartsFragment,
} from '@web/graphql/generated/graphql';

/** The draft form's values: the API's input, which the form edits in place. */
export type DraftValues = MobilityPlanDraftInput;

const text = (nl: string, en: string) => ({ nl, en });

function isoDay(daysAhead: number): string {
  return new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The four paths most mobility plans offer, as a start an author adapts: content in both languages (everyone
 * reads the plan in their own), figures that are common in practice but the author's to set.
 */
export function planTemplate(): DraftValues {
  return {
    title: text('Mobiliteitsplan', 'Mobility plan'),
    employmentEndDate: isoDay(180),
    choiceDeadline: isoDay(90),
    helpHourValueEur: 100,
    paths: [
      {
        kind: 'TAKEOVER',
        name: text('Mee met de taken', 'Move with the tasks'),
        description: text(
          'Je gaat mee naar de organisatie die de taken overneemt, met behoud van salaris.',
          'You move to the organisation that takes over the tasks, keeping your salary.',
        ),
        trainingBudgetEur: 1000,
        mediationHours: 0,
        coachingHours: 4,
        durationMonths: 3,
        conditions: text(
          'Een passende functie bij de nieuwe organisatie.',
          'A suitable job at the new organisation.',
        ),
        keepsUnemploymentBenefit: true,
        elements: [
          {
            kind: 'EXPECTED_SALARY',
            percent: 100,
            fromMonth: 1,
            description: text('Salaris bij de nieuwe organisatie', 'Salary at the new organisation'),
          },
        ],
      },
      {
        kind: 'NEW_EMPLOYER',
        name: text('Nieuwe werkgever', 'New employer'),
        description: text(
          'Je solliciteert zelf bij een nieuwe werkgever; tot je vertrek loopt je salaris door.',
          'You apply at a new employer yourself; your salary continues until you leave.',
        ),
        trainingBudgetEur: 1500,
        mediationHours: 0,
        coachingHours: 6,
        durationMonths: 3,
        conditions: text(
          'Je vertrekt zodra je een nieuwe baan hebt.',
          'You leave as soon as you have a new job.',
        ),
        keepsUnemploymentBenefit: true,
        elements: [
          {
            kind: 'TRANSITION_PAYMENT',
            factor: 1,
            month: 1,
            description: text('Wettelijke transitievergoeding', 'Statutory transition payment'),
          },
        ],
      },
      {
        kind: 'GUIDANCE',
        name: text('Begeleiding naar werk in de regio', 'Guidance to work in the region'),
        description: text(
          'Een half jaar intensieve begeleiding naar een baan bij een werkgever in het regionale netwerk, met doorbetaling van salaris.',
          'Six months of intensive guidance to a job with an employer in the regional network, with your salary paid on.',
        ),
        trainingBudgetEur: 3000,
        mediationHours: 20,
        coachingHours: 10,
        durationMonths: 6,
        conditions: text(
          'Je doet actief mee aan de begeleiding.',
          'You take an active part in the guidance.',
        ),
        keepsUnemploymentBenefit: true,
        elements: [
          {
            kind: 'CONTINUED_SALARY',
            months: 6,
            percent: 100,
            description: text('Salaris tijdens de begeleiding', 'Salary during the guidance'),
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
          'Je vertrekt met een vast bedrag en krijgt geen verdere hulp.',
          'You leave with a fixed sum and get no further help.',
        ),
        trainingBudgetEur: 0,
        mediationHours: 0,
        coachingHours: 0,
        durationMonths: 0,
        conditions: text('Je ziet af van de andere paden.', 'You give up the other paths.'),
        keepsUnemploymentBenefit: false,
        elements: [
          {
            kind: 'TRANSITION_PAYMENT',
            factor: 1.25,
            month: 1,
            description: text('125% van de transitievergoeding', '125% of the transition payment'),
          },
        ],
      },
    ],
    guide: [
      {
        title: text('Waarom dit plan', 'Why this plan'),
        body: text(
          'Hier leg je in gewone woorden uit wat er verandert en waarom.',
          'Explain here in plain words what changes and why.',
        ),
      },
    ],
  };
}

/** A stored version as the form's starting values (the fields the API sends back but does not take are left out). */
export function draftValuesOf(version: PlanVersionPartsFragment): DraftValues {
  const localised = (value: { nl: string; en: string }) => ({ nl: value.nl, en: value.en });
  return {
    title: localised(version.title),
    employmentEndDate: version.employmentEndDate,
    choiceDeadline: version.choiceDeadline,
    helpHourValueEur: version.helpHourValueEur,
    paths: version.paths.map((p): MobilityPathInput => ({
      id: p.id,
      kind: p.kind,
      name: localised(p.name),
      description: localised(p.description),
      trainingBudgetEur: p.trainingBudgetEur,
      mediationHours: p.mediationHours,
      coachingHours: p.coachingHours,
      durationMonths: p.durationMonths,
      conditions: localised(p.conditions),
      keepsUnemploymentBenefit: p.keepsUnemploymentBenefit,
      followUp: p.followUp,
      elements: p.elements.map((e) => ({
        kind: e.kind,
        description: localised(e.description),
        factor: e.factor,
        amountEur: e.amountEur,
        months: e.months,
        month: e.month,
        percent: e.percent,
        fromMonth: e.fromMonth,
      })),
    })),
    guide: version.guide.map((s) => ({ title: localised(s.title), body: localised(s.body) })),
  };
}
