import type { SkillLevel } from '@werkbrug/core/domain-enums';
import { hoursValue, roundScore, searchDirectionCredit } from './components';
import { COMPONENT_TEXTS } from './explanation-texts';
import type { MatchedSkill, MatchExplanation, SkillRef, SkillRole, Substitution } from './explanation-types';
import { brokenRules, travelKm } from './hard-rules';
import { bestImprovements } from './improvements';
import { COMPONENTS, SEARCH_DIRECTION_INDEX, type ComponentName } from './model';
import { baseScore, componentValues, weightedScore, type ComponentValues } from './pair-score';
import type { PreparedCandidate, PreparedVacancy } from './prepare';
import { ruleText } from './rule-texts';
import { findCredit } from './skill-credit';

export interface ExplainOptions {
  /** Rescores with each missing skill to find the best changes; off when only the breakdown is needed. */
  readonly improvements?: boolean;
  /**
   * Explains the vacancy as one part of combined part-time work offering these weekly hours together: the hours
   * rule then only checks that the part alone is within the candidate's maximum, and HOURS is evaluated on the
   * combined range. No improvements: they rescore the vacancy as a single job, which a part is not.
   */
  readonly partOf?: CombinedHours;
  /**
   * Who reads it. Another employer without need-to-know reads availability and whether it is urgent, never the
   * contract's end date or the urgency that follows from the track (spoor 2 would show through).
   */
  readonly audience?: ExplanationAudience;
}

export type ExplanationAudience = 'NEED_TO_KNOW' | 'OTHER_EMPLOYER';

export interface CombinedHours {
  readonly hoursMin: number;
  readonly hoursMax: number;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export function assertSameContext(c: PreparedCandidate, v: PreparedVacancy): void {
  if (c.context !== v.context)
    throw new Error('candidate and vacancy were prepared in different scoring contexts');
}

/** The full, bilingual explanation of one pair. Its score equals the matrix path's score for the same pair. */
export function explainMatch(
  c: PreparedCandidate,
  v: PreparedVacancy,
  options: ExplainOptions = {},
): MatchExplanation {
  assertSameContext(c, v);
  const { context } = c;
  const km = travelKm(c, v);
  const partOf = options.partOf ?? null;
  const rules = brokenRules(c, v, partOf === null ? 'PAIR' : 'PART');
  const single = componentValues(c, v, km);
  const values = partOf === null ? single : { ...single, hours: hoursValue(c.hoursMax, partOf.hoursMax) };
  const eligible = rules.length === 0;
  const score = eligible ? roundScore(weightedScore(c, values)) : null;
  const ref = (skill: number): SkillRef => ({ skill, label: context.labels(skill) });
  const skills = skillLists(c, v, ref);
  const grown = [...c.developmentSkill].filter((s) => v.trainedSkill.includes(s)).map(ref);
  const { matched, substitutions } = skills;
  const audience = options.audience ?? 'NEED_TO_KNOW';
  const texts = { c, v, values, km, matched, substitutions, grown, combined: partOf, audience };
  const byComponent = componentArray(values);
  // Shown as it counted: the direction's credit, or the pair's own base score where that is higher.
  if (!Number.isNaN(values.searchDirection))
    byComponent[SEARCH_DIRECTION_INDEX] = searchDirectionCredit(
      baseScore(c, values, values.hours),
      values.searchDirection,
    );
  return {
    candidateId: c.features.id,
    vacancyId: v.features.id,
    modelVersion: context.model.version,
    skillSpaceVersion: context.space.version,
    eligible,
    score,
    brokenRules: rules.map((rule) => ({ rule, explanation: ruleText(rule, c, v, km) })),
    distanceKm: Math.round(km * 10) / 10,
    breakdown: breakdownOf(context.weights, byComponent).map(({ component, weight, value }) => ({
      component,
      value: round3(value),
      weight: round3(weight),
      contribution: Math.round(weight * value * 1000) / 10,
      explanation: COMPONENT_TEXTS[component](texts),
    })),
    matchedSkills: skills.matched,
    missingRequired: skills.missingRequired,
    trainedGaps: [...v.trainedSkill].filter((s) => !c.strengthSkill.includes(s)).map(ref),
    substitutions: skills.substitutions,
    improvements:
      score !== null && partOf === null && options.improvements !== false
        ? bestImprovements(c, v, score, skills.missing, skills.missingRequired)
        : [],
  };
}

/**
 * The components that make up this pair's score with the weight each had: SEARCH_DIRECTION only where it counted,
 * and then the base weights scaled down by its share, so the weights shown always sum to 1 (see combine).
 */
function breakdownOf(
  weights: Float64Array,
  values: readonly number[],
): { component: ComponentName; weight: number; value: number }[] {
  const direction = values[SEARCH_DIRECTION_INDEX];
  const counted = !Number.isNaN(direction);
  const scale = counted ? 1 - weights[SEARCH_DIRECTION_INDEX] : 1;
  return COMPONENTS.flatMap((component, i) => {
    if (i === SEARCH_DIRECTION_INDEX)
      return counted ? [{ component, weight: weights[i], value: direction }] : [];
    return [{ component, weight: weights[i] * scale, value: values[i] }];
  });
}

function componentArray(x: ComponentValues): number[] {
  return [
    x.required,
    x.related,
    x.niceToHave,
    x.strengthUse,
    x.growth,
    x.distance,
    x.hours,
    x.timing,
    x.sector,
    x.searchDirection,
  ];
}

function skillLists(c: PreparedCandidate, v: PreparedVacancy, ref: (skill: number) => SkillRef) {
  const matched: MatchedSkill[] = [];
  const missing: SkillRef[] = [];
  const missingRequired: SkillRef[] = [];
  const substitutions: Substitution[] = [];
  const visit = (skill: number, role: SkillRole) => {
    const j = findCredit(c, skill);
    if (j >= 0 && c.credDirect[j] > 0) {
      const level = c.strengthLevel[c.strengthSkill.indexOf(skill)] as SkillLevel;
      matched.push({ ...ref(skill), level, role });
      return;
    }
    missing.push(ref(skill));
    if (role === 'REQUIRED') missingRequired.push(ref(skill));
    if (j >= 0) {
      substitutions.push({ role, wanted: ref(skill), by: ref(c.credVia[j]), credit: round3(c.credSoft[j]) });
    }
  };
  for (const skill of v.requiredSkill) visit(skill, 'REQUIRED');
  for (const skill of v.niceSkill) visit(skill, 'NICE_TO_HAVE');
  // Strongest stand-ins first: they are the ones an explanation names.
  substitutions.sort((a, b) => b.credit - a.credit || a.wanted.skill - b.wanted.skill);
  return { matched, missing, missingRequired, substitutions };
}
