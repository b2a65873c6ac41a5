import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlanVersionStatus } from '@werkbrug/mobility-plans';
import { DateTimeScalar } from '@werkbrug/gateway/graphql/date-time.scalar';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';
import { LocalisedText } from '@werkbrug/gateway/matches/models/match-explanation.model';

/** The kinds of path a plan offers; OTHER for anything the four common ones do not describe. */
export const MobilityPathKind = {
  TAKEOVER: 'TAKEOVER',
  NEW_EMPLOYER: 'NEW_EMPLOYER',
  GUIDANCE: 'GUIDANCE',
  OWN_WAY: 'OWN_WAY',
  OTHER: 'OTHER',
} as const;
registerEnumType(MobilityPathKind, {
  name: 'MobilityPathKind',
  description:
    'TAKEOVER: move with the tasks to the organisation that takes them over; NEW_EMPLOYER: apply at a new employer; ' +
    'GUIDANCE: intensive guidance to a job in the region; OWN_WAY: leave with a sum and no further help',
});

export const FinancialElementKind = {
  TRANSITION_PAYMENT: 'TRANSITION_PAYMENT',
  LUMP_SUM: 'LUMP_SUM',
  SALARY_SUPPLEMENT: 'SALARY_SUPPLEMENT',
  CONTINUED_SALARY: 'CONTINUED_SALARY',
  EXPECTED_SALARY: 'EXPECTED_SALARY',
} as const;
registerEnumType(FinancialElementKind, {
  name: 'FinancialElementKind',
  description:
    'TRANSITION_PAYMENT (factor × the statutory payment, in month), LUMP_SUM (amountEur in month), SALARY_SUPPLEMENT ' +
    '(months × the monthly wage, in month), CONTINUED_SALARY (percent of the salary for months from month 1), ' +
    'EXPECTED_SALARY (wages from a new job the plan assumes: percent of the current salary from fromMonth)',
});

export const AmountKind = { ...FinancialElementKind, UNEMPLOYMENT_BENEFIT: 'UNEMPLOYMENT_BENEFIT' } as const;
registerEnumType(AmountKind, { name: 'ComparisonAmountKind' });

registerEnumType(PlanVersionStatus, { name: 'MobilityPlanVersionStatus' });

@ObjectType({
  description: 'A sum of money a path pays, or income it assumes; months count from the end of employment',
})
export class FinancialElement {
  @Field(() => FinancialElementKind) kind!: keyof typeof FinancialElementKind;
  @Field(() => LocalisedText) description!: LocalisedText;
  @Field(() => Float, { nullable: true }) factor!: number | null;
  @Field(() => Float, { nullable: true }) amountEur!: number | null;
  @Field(() => Float, { nullable: true }) months!: number | null;
  @Field(() => Int, { nullable: true }) month!: number | null;
  @Field(() => Float, { nullable: true }) percent!: number | null;
  @Field(() => Int, { nullable: true }) fromMonth!: number | null;
}

@ObjectType({ description: 'One choice path: the help it offers and the money it pays' })
export class MobilityPath {
  @Field(() => ID) id!: string;
  @Field(() => MobilityPathKind) kind!: keyof typeof MobilityPathKind;
  @Field(() => LocalisedText) name!: LocalisedText;
  @Field(() => LocalisedText) description!: LocalisedText;
  @Field(() => Float) trainingBudgetEur!: number;
  @Field(() => Float) mediationHours!: number;
  @Field(() => Float) coachingHours!: number;
  @Field(() => Int) durationMonths!: number;
  @Field(() => LocalisedText) conditions!: LocalisedText;
  @Field({
    description: 'Whether choosing it keeps the right to unemployment benefit (WW) once no salary is paid',
  })
  keepsUnemploymentBenefit!: boolean;
  @Field({ description: "Whether the employer follows up who chose it: HR leads see those people's codes" })
  followUp!: boolean;
  @Field(() => [FinancialElement]) elements!: FinancialElement[];
}

@ObjectType({ description: "A section of the plan's information guide, in plain language" })
export class GuideSection {
  @Field(() => LocalisedText) title!: LocalisedText;
  @Field(() => LocalisedText) body!: LocalisedText;
}

@ObjectType({
  description: 'One version of a plan; a published one is frozen and read by everyone it concerns',
})
export class MobilityPlanVersion {
  @Field(() => ID) id!: string;
  @Field(() => ID) planId!: string;
  @Field(() => Int) number!: number;
  @Field(() => PlanVersionStatus) status!: PlanVersionStatus;
  @Field(() => LocalisedText) title!: LocalisedText;
  @Field(() => LocalDate, { description: 'Month 1 of every comparison is the month after this day' })
  employmentEndDate!: string;
  @Field(() => LocalDate, { description: 'The last day to choose a path' }) choiceDeadline!: string;
  @Field(() => Float, {
    description: 'What an hour of mediation or coaching is worth in the proportionality check',
  })
  helpHourValueEur!: number;
  @Field(() => [MobilityPath]) paths!: MobilityPath[];
  @Field(() => [GuideSection]) guide!: GuideSection[];
  @Field(() => DateTimeScalar) updatedAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) publishedAt!: Date | null;
}

@ObjectType({ description: "An employer's mobility plan" })
export class MobilityPlan {
  @Field(() => ID) id!: string;
  @Field(() => ID) employerId!: string;
  @Field() employerName!: string;
  @Field() regionCode!: string;
  @Field({
    description: "Whether the viewer writes it (the employer's HR leads, the region's mobility team)",
  })
  canEdit!: boolean;
  @Field(() => MobilityPlanVersion, { nullable: true, description: 'What everyone it concerns reads' })
  published!: MobilityPlanVersion | null;
  @Field(() => MobilityPlanVersion, {
    nullable: true,
    description: 'The version being written (authors only)',
  })
  draft!: MobilityPlanVersion | null;
}

@ObjectType({ description: 'A statutory figure as one calculation used it, with its date and source' })
export class StatutoryParameterUse {
  @Field() id!: string;
  @Field(() => LocalisedText) label!: LocalisedText;
  @Field() unit!: string;
  @Field(() => Float) value!: number;
  @Field(() => LocalDate) validFrom!: string;
  @Field() sourceTitle!: string;
  @Field() sourceUrl!: string;
  @Field(() => LocalisedText, { nullable: true }) note!: LocalisedText | null;
  @Field({ description: 'A newer figure was due by then but is not known yet: the last known one is used' })
  assumedToContinue!: boolean;
}

@ObjectType({ description: 'One amount on a path: from a line of the plan, or from a statutory rule' })
export class ComparisonItem {
  @Field(() => AmountKind) kind!: keyof typeof AmountKind;
  @Field(() => Int, {
    nullable: true,
    description: "The plan's element it comes from (index in the path's elements)",
  })
  elementIndex!: number | null;
  @Field(() => LocalisedText) description!: LocalisedText;
  @Field(() => LocalisedText, { description: 'How it was computed, each step checkable by hand' })
  calculation!: LocalisedText;
  @Field(() => [StatutoryParameterUse]) parameters!: StatutoryParameterUse[];
  @Field(() => Float) totalEur!: number;
}

@ObjectType()
export class ComparisonMonth {
  @Field(() => Int) month!: number;
  @Field(() => LocalDate, { description: 'The first day of this month' }) startsOn!: string;
  @Field(() => Float) totalEur!: number;
  @Field(() => [Float], { description: "Per item, in the order of the path's items" }) amountsEur!: number[];
}

@ObjectType()
export class PathComparison {
  @Field(() => ID) pathId!: string;
  @Field(() => [ComparisonItem]) items!: ComparisonItem[];
  @Field(() => [ComparisonMonth], { description: 'Month by month for two years' }) months!: ComparisonMonth[];
  @Field(() => Float) totalEur!: number;
}

@ObjectType({ description: "Every path of a version on one employee's figures; the figures are not stored" })
export class MobilityPlanComparison {
  @Field(() => MobilityPlanVersion) version!: MobilityPlanVersion;
  @Field(() => [PathComparison]) paths!: PathComparison[];
  @Field(() => LocalDate) parametersReviewedOn!: string;
  @Field(() => LocalisedText) notice!: LocalisedText;
}

@ObjectType()
export class PathValue {
  @Field(() => ID) pathId!: string;
  @Field(() => Float) moneyEur!: number;
  @Field(() => Float) helpEur!: number;
  @Field(() => Float) totalEur!: number;
  @Field(() => Float, { description: '(total − median) / median' }) fromMedian!: number;
  @Field() uneven!: boolean;
}

@ObjectType({ description: 'The value of each path for one typical employee' })
export class ProportionalityRow {
  @Field(() => LocalisedText) employee!: LocalisedText;
  @Field(() => Float) grossMonthlySalaryEur!: number;
  @Field(() => Float) yearsOfService!: number;
  @Field(() => Float) employmentHistoryYears!: number;
  @Field(() => [PathValue]) paths!: PathValue[];
}

@ObjectType({ description: "An employee's own choice of a path of a plan" })
export class MyMobilityPathChoice {
  @Field(() => ID, { nullable: true, description: 'Null until they choose' }) pathId!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) chosenAt!: Date | null;
  @Field({ description: 'False when a newer version no longer offers the chosen path: choose again' })
  stillOffered!: boolean;
  @Field({
    description:
      "True when a newer version changed the chosen path's offer since they chose: read it again and confirm (choose it again) or choose another",
  })
  changedSinceChosen!: boolean;
  @Field(() => LocalDate) deadline!: string;
  @Field({ description: 'Until the deadline the choice can change' }) canChange!: boolean;
}

@ObjectType()
export class PathChooser {
  @Field(() => ID) candidateId!: string;
  @Field() publicCode!: string;
  @Field(() => DateTimeScalar) chosenAt!: Date;
}

@ObjectType({ description: 'How many chose a path, and who only for a path the employer follows up' })
export class PathChoices {
  @Field(() => ID) pathId!: string;
  @Field({ description: 'False for a path a newer version dropped' }) offered!: boolean;
  @Field(() => Int) count!: number;
  @Field() followUp!: boolean;
  @Field(() => [PathChooser]) people!: PathChooser[];
}

@ObjectType({ description: 'The figures an employee kept for comparing paths; only they read them' })
export class KeptMobilityFigures {
  @Field(() => Float) grossMonthlySalaryEur!: number;
  @Field(() => Float) yearsOfService!: number;
  @Field(() => Float) employmentHistoryYears!: number;
  @Field(() => DateTimeScalar) savedAt!: Date;
}

@ObjectType()
export class PathChoiceCount {
  @Field(() => ID) pathId!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({
  description: 'A published plan of the region and how many chose each of its paths (counts only)',
})
export class RegionMobilityPlanFigures {
  @Field(() => MobilityPlan) plan!: MobilityPlan;
  @Field(() => [PathChoiceCount], { description: "Per path of the published version, in the plan's order" })
  paths!: PathChoiceCount[];
  @Field(() => Int, { description: 'Everyone who chose, including paths a newer version dropped' })
  chosen!: number;
  @Field(() => Int, { description: 'Choices of paths a newer version dropped: those people choose again' })
  chosenDroppedPaths!: number;
}

@ObjectType({ description: 'A question about a plan; answered ones are read by everyone the plan concerns' })
export class MobilityPlanQuestion {
  @Field(() => ID) id!: string;
  @Field() question!: string;
  @Field(() => DateTimeScalar) askedAt!: Date;
  @Field(() => LocalisedText, { nullable: true }) answer!: LocalisedText | null;
  @Field(() => DateTimeScalar, { nullable: true }) answeredAt!: Date | null;
  @Field({ description: 'The viewer asked it' }) mine!: boolean;
  @Field() anonymous!: boolean;
  @Field(() => String, {
    nullable: true,
    description: "For the plan's authors: the asker's public code, unless they asked anonymously",
  })
  askedBy!: string | null;
}
