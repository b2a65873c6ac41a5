import type {
  MobilityPlanVersionEntity,
  ParameterUse,
  PathComparison as PathComparisonResult,
  PlanComparison,
  PlanView,
  ProportionalityRow as ProportionalityResult,
} from '@werkbrug/mobility-plans';
import { monthStart, needsFollowUp } from '@werkbrug/mobility-plans';
import type {
  MobilityPlan,
  MobilityPlanComparison,
  MobilityPlanVersion,
  PathComparison,
  ProportionalityRow,
  StatutoryParameterUse,
} from './models/mobility-plan.model';

export function toPlanModel(view: PlanView): MobilityPlan {
  return {
    id: view.plan.id,
    employerId: view.plan.employerId,
    employerName: view.employerName,
    regionCode: view.plan.regionCode,
    canEdit: view.access === 'EDIT',
    published: view.published && toVersionModel(view.published),
    draft: view.draft && toVersionModel(view.draft),
  };
}

export function toVersionModel(v: MobilityPlanVersionEntity): MobilityPlanVersion {
  return {
    id: v.id,
    planId: v.planId,
    number: v.number,
    status: v.status,
    title: { nl: v.titleNl, en: v.titleEn },
    employmentEndDate: v.employmentEndDate,
    choiceDeadline: v.choiceDeadline,
    helpHourValueEur: v.helpHourValueEur,
    paths: v.paths.map((p) => ({
      ...p,
      followUp: needsFollowUp(p),
      elements: p.elements.map((e) => ({
        factor: null,
        amountEur: null,
        months: null,
        month: null,
        percent: null,
        fromMonth: null,
        ...e,
      })),
    })),
    guide: v.guide,
    updatedAt: v.updatedAt,
    publishedAt: v.publishedAt,
  };
}

function toParameterModel(p: ParameterUse): StatutoryParameterUse {
  return {
    id: p.id,
    label: p.label,
    unit: p.unit,
    value: p.value,
    validFrom: p.validFrom,
    sourceTitle: p.source.title,
    sourceUrl: p.source.url,
    note: p.note ?? null,
    assumedToContinue: p.assumedToContinue,
  };
}

function toPathComparisonModel(c: PathComparisonResult, employmentEndDate: string): PathComparison {
  return {
    pathId: c.pathId,
    totalEur: c.totalEur,
    items: c.items.map((item) => ({
      kind: item.kind,
      elementIndex: item.source.kind === 'PLAN' ? item.source.elementIndex : null,
      description: item.description,
      calculation: item.calculation,
      parameters: item.parameters.map(toParameterModel),
      totalEur: item.totalEur,
    })),
    months: c.months.map((m) => ({
      ...m,
      startsOn: monthStart(employmentEndDate, m.month),
      amountsEur: [...m.amountsEur],
    })),
  };
}

/** Said with every comparison: the official calculation decides. */
const NOTICE = {
  nl:
    'Een schatting om de paden te vergelijken, bruto en vóór belasting. Voor de transitievergoeding beslist de ' +
    'berekening van je werkgever, voor de WW die van het UWV. Je cijfers worden niet bewaard.',
  en:
    'An estimate to compare the paths, gross and before tax. For the transition payment your employer’s calculation ' +
    'decides, for unemployment benefit the UWV’s. Your figures are not stored.',
};

export function toComparisonModel(c: PlanComparison): MobilityPlanComparison {
  return {
    version: toVersionModel(c.version),
    paths: c.paths.map((p) => toPathComparisonModel(p, c.version.employmentEndDate)),
    parametersReviewedOn: c.parametersReviewedOn,
    notice: NOTICE,
  };
}

export function toProportionalityModel(row: ProportionalityResult): ProportionalityRow {
  return {
    employee: row.employee.label,
    grossMonthlySalaryEur: row.employee.grossMonthlySalaryEur,
    yearsOfService: row.employee.yearsOfService,
    employmentHistoryYears: row.employee.employmentHistoryYears,
    paths: [...row.paths],
  };
}
