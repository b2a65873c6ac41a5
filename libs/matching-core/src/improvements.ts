import { dutchName } from './labels';
import { SkillLevel } from '@werkbrug/core/domain-enums';
import { roundScore } from './components';
import type { Improvement, SkillRef } from './explanation-types';
import { rawPairScore } from './pair-score';
import { findCredit } from './skill-credit';
import {
  isIncomplete,
  prepareCandidate,
  prepareVacancy,
  type PreparedCandidate,
  type PreparedVacancy,
} from './prepare';

const PER_AUDIENCE = 2;
/** Exact rescoring is limited to the most promising few; re-preparing for every gap made explaining slow. */
const RESCORED = 4;
const nlNumber = (x: number): string => x.toFixed(1).replace('.', ',');
const enNumber = (x: number): string => x.toFixed(1);

/**
 * The changes that would raise the score most. A job seeker is told which missing skill to develop (assumed
 * learnt to INDEPENDENT level); an employer which required skill it could train on the job instead. Gaps are
 * ranked by their first-order effect on the skill components, and the best few rescored exactly, so every gain
 * shown is a real score difference.
 */
export function bestImprovements(
  c: PreparedCandidate,
  v: PreparedVacancy,
  score: number,
  missing: readonly SkillRef[],
  missingRequired: readonly SkillRef[],
): Improvement[] {
  const { context } = c;
  const develop: Improvement[] = [];
  for (const ref of mostPromising(c, v, missing, developEstimate)) {
    const next = prepareCandidate(context, {
      ...c.features,
      strengths: [...c.features.strengths, { skill: ref.skill, level: SkillLevel.INDEPENDENT }],
    });
    if (isIncomplete(next)) continue;
    const after = rawPairScore(next, v);
    if (after !== null) develop.push(developSkill(ref, score, roundScore(after)));
  }
  const train: Improvement[] = [];
  for (const ref of mostPromising(c, v, missingRequired, trainEstimate)) {
    const next = prepareVacancy(context, {
      ...v.features,
      required: v.features.required.filter((s) => s !== ref.skill),
      trainedOnTheJob: [...v.features.trainedOnTheJob, ref.skill],
    });
    if (isIncomplete(next)) continue;
    const after = rawPairScore(c, next);
    if (after !== null) train.push(trainOnTheJob(ref, score, roundScore(after)));
  }
  return [...top(develop), ...top(train)].sort((a, b) => b.scoreGain - a.scoreGain);
}

type Estimate = (c: PreparedCandidate, v: PreparedVacancy, skill: number) => number;

function mostPromising(
  c: PreparedCandidate,
  v: PreparedVacancy,
  gaps: readonly SkillRef[],
  estimate: Estimate,
) {
  return gaps
    .map((ref) => ({ ref, gain: estimate(c, v, ref.skill) }))
    .sort((a, b) => b.gain - a.gain || a.ref.skill - b.ref.skill)
    .slice(0, RESCORED)
    .map(({ ref }) => ref);
}

const softCredit = (c: PreparedCandidate, skill: number): number => {
  const j = findCredit(c, skill);
  return j >= 0 ? c.credSoft[j] : 0;
};

/** Having the skill adds its share to required coverage and lifts its related credit to 1. */
const developEstimate: Estimate = (c, v, skill) => {
  const w = c.context.weights;
  const { levelFactor } = c.context.model.params;
  const r = v.requiredSkill.indexOf(skill);
  if (r >= 0) {
    const share = v.requiredWeight[r];
    return w[0] * share * levelFactor[SkillLevel.INDEPENDENT] + w[1] * share * (1 - softCredit(c, skill));
  }
  const n = v.niceSkill.indexOf(skill);
  return n >= 0 ? w[2] * v.niceWeight[n] * (1 - softCredit(c, skill)) : 0;
};

/** Dropping a missing required skill rescales the others' shares by 1 / (1 − its share). */
const trainEstimate: Estimate = (c, v, skill) => {
  const r = v.requiredSkill.indexOf(skill);
  if (r < 0) return 0;
  const share = v.requiredWeight[r];
  return share / (1 - share + 1e-9) + (1 - softCredit(c, skill)) * share;
};

function top(list: Improvement[]): Improvement[] {
  return list
    .filter((x) => x.scoreGain > 0)
    .sort((a, b) => b.scoreGain - a.scoreGain || a.skill.skill - b.skill.skill)
    .slice(0, PER_AUDIENCE);
}

function developSkill(ref: SkillRef, score: number, after: number): Improvement {
  const gain = roundScore(after - score);
  const nl = dutchName(ref.label);
  return {
    kind: 'DEVELOP_SKILL',
    audience: 'CANDIDATE',
    skill: ref,
    scoreAfter: after,
    scoreGain: gain,
    explanation: {
      nl: `'${nl}' ontwikkelen tot zelfstandig niveau verhoogt de score met ${nlNumber(gain)} punten, naar ${nlNumber(after)}.`,
      en: `Developing '${ref.label.en}' to an independent level raises the score by ${enNumber(gain)} points, to ${enNumber(after)}.`,
    },
  };
}

function trainOnTheJob(ref: SkillRef, score: number, after: number): Improvement {
  const gain = roundScore(after - score);
  const nl = dutchName(ref.label);
  return {
    kind: 'TRAIN_ON_THE_JOB',
    audience: 'EMPLOYER',
    skill: ref,
    scoreAfter: after,
    scoreGain: gain,
    explanation: {
      nl: `Als de werkgever '${nl}' op de werkplek aanleert in plaats van het te vragen, stijgt de score met ${nlNumber(gain)} punten, naar ${nlNumber(after)}.`,
      en: `If the employer trains '${ref.label.en}' on the job instead of requiring it, the score rises by ${enNumber(gain)} points, to ${enNumber(after)}.`,
    },
  };
}
