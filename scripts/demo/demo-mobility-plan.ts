import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, type Viewer } from '@werkbrug/core';
import { MobilityPlanQuestionsService, MobilityPlansService, type PlanDraft } from '@werkbrug/mobility-plans';
import { DataSource } from 'typeorm';
import { DEMO_EMPLOYERS, DEMO_JOB_SEEKER_EMAIL, DEMO_REGION } from './demo-region';

const DEMO_PLAN_VERSION = 'demo-mobility-plan-v1';

const text = (nl: string, en: string) => ({ nl, en });

function isoDay(daysAhead: number): string {
  return new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The published mobility plan of the demo job seeker's employer, added once: four paths (move with the tasks to
 * the company that takes over the kitchen and cleaning, apply at a new private employer, guidance to a job in the
 * region's network, own way with a sum), so the demo job seeker can compare them on their own figures.
 */
@Injectable()
export class DemoMobilityPlan {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly plans: MobilityPlansService,
    private readonly questions: MobilityPlanQuestionsService,
  ) {}

  async seed(): Promise<'seeded' | 'already-present'> {
    const marker: unknown[] = await this.db.query(`SELECT 1 FROM reference_data_version WHERE name = $1`, [
      DEMO_PLAN_VERSION,
    ]);
    if (marker.length > 0) return 'already-present';
    const employer = DEMO_EMPLOYERS[0];
    const [row]: { id: string; employer_id: string }[] = await this.db.query(
      `SELECT id, employer_id FROM user_account WHERE email = $1`,
      [`hr.${employer.slug}@werkbrug.demo`],
    );
    const hr: Viewer = {
      role: Role.HR_LEAD,
      userId: row.id,
      employerId: row.employer_id,
      regionCode: DEMO_REGION,
    };
    const view = await this.plans.create(hr, null, demoPlan(employer.name));
    await this.plans.publish(hr, view.plan.id);
    // One question answered in the open, as an employee of the facility services would ask it.
    const [seeker]: { id: string; candidate_id: string }[] = await this.db.query(
      `SELECT id, candidate_id FROM user_account WHERE email = $1`,
      [DEMO_JOB_SEEKER_EMAIL],
    );
    const asker: Viewer = {
      role: Role.JOB_SEEKER,
      userId: seeker.id,
      candidateId: seeker.candidate_id,
      employerId: row.employer_id,
      regionCode: DEMO_REGION,
    };
    const question = await this.questions.ask(
      asker,
      view.plan.id,
      'Telt mijn vaste eindejaarsuitkering mee voor de transitievergoeding?',
      true,
    );
    await this.questions.answer(hr, question.id, {
      nl: 'Ja. Een vaste eindejaarsuitkering telt mee in het maandloon voor de transitievergoeding, net als het vakantiegeld. Werkbrug rekent in de vergelijking alleen met salaris en vakantiegeld, dus je bedrag valt dan iets hoger uit.',
      en: 'Yes. A fixed end-of-year bonus counts in the monthly wage for the transition payment, like the holiday allowance. Werkbrug compares with salary and holiday allowance only, so your amount will be somewhat higher.',
    });
    await this.db.query(`INSERT INTO reference_data_version (name, sha256) VALUES ($1, repeat('0', 64))`, [
      DEMO_PLAN_VERSION,
    ]);
    return 'seeded';
  }
}

function demoPlan(employerName: string): PlanDraft {
  const transitionPayment = (month: number) => ({
    kind: 'TRANSITION_PAYMENT' as const,
    factor: 1,
    month,
    description: text('Wettelijke transitievergoeding', 'Statutory transition payment'),
  });
  return {
    title: text('Mobiliteitsplan facilitaire dienst 2027', 'Mobility plan facility services 2027'),
    employmentEndDate: isoDay(200),
    choiceDeadline: isoDay(120),
    helpHourValueEur: 110,
    paths: [
      {
        kind: 'TAKEOVER',
        name: text('Mee naar Facilicom Zuid', 'Move to Facilicom Zuid'),
        description: text(
          'De keuken en de schoonmaak gaan over naar Facilicom Zuid. Je gaat mee, met hetzelfde salaris en je opgebouwde dienstjaren.',
          'The kitchen and cleaning move to Facilicom Zuid. You move with them, with the same salary and your years of service.',
        ),
        trainingBudgetEur: 1000,
        mediationHours: 0,
        coachingHours: 4,
        durationMonths: 3,
        conditions: text(
          'Je werkt in dezelfde regio; je rooster kan veranderen.',
          'You work in the same region; your schedule may change.',
        ),
        keepsUnemploymentBenefit: true,
        elements: [
          {
            kind: 'EXPECTED_SALARY',
            percent: 100,
            fromMonth: 1,
            description: text('Salaris bij Facilicom Zuid', 'Salary at Facilicom Zuid'),
          },
        ],
      },
      {
        kind: 'NEW_EMPLOYER',
        name: text('Solliciteren bij een nieuwe werkgever', 'Apply at a new employer'),
        description: text(
          'Je zoekt zelf een baan bij een private werkgever. Vind je die vóór het einde van je dienstverband, dan krijg je twee maandsalarissen extra.',
          'You look for a job with a private employer yourself. If you find one before your employment ends, you get two extra monthly salaries.',
        ),
        trainingBudgetEur: 1500,
        mediationHours: 0,
        coachingHours: 8,
        durationMonths: 4,
        conditions: text(
          'De extra maandsalarissen alleen bij een nieuwe baan vóór de einddatum.',
          'The extra monthly salaries only with a new job before the end date.',
        ),
        keepsUnemploymentBenefit: true,
        elements: [
          transitionPayment(1),
          {
            kind: 'SALARY_SUPPLEMENT',
            months: 2,
            month: 1,
            description: text(
              'Twee maandsalarissen bij een nieuwe baan',
              'Two monthly salaries with a new job',
            ),
          },
          {
            kind: 'EXPECTED_SALARY',
            percent: 95,
            fromMonth: 2,
            description: text(
              'Verwacht loon bij de nieuwe werkgever (aanname van het plan)',
              'Expected wages at the new employer (an assumption of the plan)',
            ),
          },
        ],
      },
      {
        kind: 'GUIDANCE',
        name: text('Begeleiding naar werk in de regio', 'Guidance to work in the region'),
        description: text(
          `Een half jaar intensieve begeleiding door het mobiliteitsteam naar een baan bij een van de werkgevers in de regio, met doorbetaling van je salaris door ${employerName}. Je wordt kandidaat in Werkbrug, zodat het zoeken meteen begint.`,
          `Six months of intensive guidance by the mobility team to a job with one of the region's employers, with your salary paid on by ${employerName}. You become a candidate in Werkbrug, so the search starts at once.`,
        ),
        trainingBudgetEur: 3000,
        mediationHours: 24,
        coachingHours: 12,
        durationMonths: 6,
        conditions: text(
          'Je doet actief mee: gesprekken, meeloopdagen en een opleiding als die nodig is.',
          'You take an active part: interviews, work-experience days and training where needed.',
        ),
        keepsUnemploymentBenefit: true,
        elements: [
          {
            kind: 'CONTINUED_SALARY',
            months: 6,
            percent: 100,
            description: text('Salaris tijdens de begeleiding', 'Salary during the guidance'),
          },
          transitionPayment(7),
        ],
      },
      {
        kind: 'OWN_WAY',
        name: text('Eigen weg', 'Own way'),
        description: text(
          'Je vertrekt op de einddatum met 125% van de transitievergoeding en krijgt geen verdere begeleiding.',
          'You leave on the end date with 125% of the transition payment and get no further guidance.',
        ),
        trainingBudgetEur: 0,
        mediationHours: 0,
        coachingHours: 0,
        durationMonths: 0,
        conditions: text(
          'Je tekent een vaststellingsovereenkomst; het UWV kan dan een WW-uitkering weigeren, daarom telt de vergelijking die niet mee.',
          'You sign a settlement agreement; the UWV may then refuse unemployment benefit, so the comparison does not count it.',
        ),
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
        title: text('Wat er verandert', 'What changes'),
        body: text(
          `${employerName} besteedt de keuken en de schoonmaak uit. Voor de medewerkers van de facilitaire dienst verdwijnt daarmee hun functie. Dit plan beschrijft wat je kunt kiezen.`,
          `${employerName} contracts out the kitchen and cleaning. For the staff of the facility services their job disappears. This plan describes what you can choose.`,
        ),
      },
      {
        title: text('Voor iedereen hetzelfde', 'The same for everyone'),
        body: text(
          'Iedereen krijgt dezelfde keuzes, naar de rechten die je hebt opgebouwd. Er zijn geen afspraken met individuele medewerkers buiten dit plan. Vragen en antwoorden worden voor iedereen gepubliceerd.',
          'Everyone gets the same choices, according to the rights they built up. There are no arrangements with individual employees outside this plan. Questions and answers are published for everyone.',
        ),
      },
      {
        title: text('Hoe je kiest', 'How you choose'),
        body: text(
          'Vergelijk de paden op je eigen cijfers in Werkbrug en praat erover met je HR-adviseur of het mobiliteitsteam. Geef je keuze door vóór de keuzedatum.',
          'Compare the paths on your own figures in Werkbrug and talk them over with your HR adviser or the mobility team. Pass on your choice before the deadline.',
        ),
      },
    ],
  };
}
