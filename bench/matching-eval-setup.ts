// Shared set-up for the ESCO evaluation: the data once, then a cheap evaluation per model configuration.
import type { EscoTaxonomy } from '@werkbrug/taxonomy/esco-data';
import * as core from '@werkbrug/matching-core';
import {
  occupationCandidate,
  occupationVacancy,
  prng,
  shuffle,
  type NoiseSettings,
} from './matching-eval-data';
import { rankingMetrics, type Judged, type RankingMetrics } from './matching-eval-metrics';

export interface EvalData {
  readonly space: core.SkillSpace;
  readonly labels: core.SkillLabelLookup;
  readonly vacancies: readonly core.VacancyFeatures[];
  readonly iscoOf: readonly string[];
  /** Candidate features with the index of their own occupation's vacancy. */
  readonly dev: readonly EvalCandidate[];
  readonly test: readonly EvalCandidate[];
  readonly frequencies: Int32Array;
}

export interface EvalCandidate {
  readonly features: core.CandidateFeatures;
  readonly truth: number;
}

export interface EvalConfig {
  readonly weights: core.ComponentWeights;
  readonly specificityExponent: number;
}

export function buildEvalData(
  taxonomy: EscoTaxonomy,
  space: core.SkillSpace,
  seed: number,
  noise: NoiseSettings,
): EvalData {
  const random = prng(seed);
  const vacancies = taxonomy.occupations.map((o, n) => occupationVacancy(space, o, n));
  const usedSkills = [...space.occupationCount.keys()].filter((i) => space.occupationCount[i] > 0);
  const candidates: EvalCandidate[] = [];
  taxonomy.occupations.forEach((occupation, truth) => {
    if (vacancies[truth].required.length === 0) return;
    candidates.push({ features: occupationCandidate(space, occupation, random, noise, usedSkills), truth });
  });
  // Split by occupation: tuning never sees the held-out occupations' candidates.
  const shuffled = shuffle(candidates, random);
  const half = Math.floor(shuffled.length / 2);
  return {
    space,
    labels: core.escoSkillLabels(space, taxonomy),
    vacancies,
    iscoOf: taxonomy.occupations.map((o) => o.isco),
    dev: shuffled.slice(0, half),
    test: shuffled.slice(half),
    frequencies: core.countSkillFrequencies(
      space.size,
      vacancies.map((v) => [...v.required, ...v.niceToHave]),
    ),
  };
}

export interface EvalFigures {
  /** Vacancies ranked for each candidate, over all vacancies: the figures the issue asks for. */
  readonly vacanciesForCandidate: RankingMetrics;
  /** Candidates ranked for each vacancy of the split's occupations, over the split's candidates. */
  readonly candidatesForVacancy: RankingMetrics;
}

export function evaluate(data: EvalData, config: EvalConfig, split: readonly EvalCandidate[]): EvalFigures {
  const context = core.createScoringContext({
    space: data.space,
    specificity: core.specificityFromFrequencies(data.frequencies, data.vacancies.length),
    labels: data.labels,
    today: '2026-11-20',
    allowOwnEmployer: false,
    model: {
      version: `${core.MODEL_VERSION}-eval`,
      weights: config.weights,
      params: { ...core.DEFAULT_PARAMETERS, specificityExponent: config.specificityExponent },
    },
  });
  // Incomplete vacancies (an occupation without essential skills) drop out; `position` maps back to occupations.
  const prepared = data.vacancies.map((v) => core.prepareVacancy(context, v));
  const ready = prepared.filter((v): v is core.PreparedVacancy => !core.isIncomplete(v));
  const position = prepared.flatMap((v, i) => (core.isIncomplete(v) ? [] : [i]));
  const candidates = split.map(({ features }) => {
    const c = core.prepareCandidate(context, features);
    if (core.isIncomplete(c)) throw new Error(`evaluation candidate ${features.id} is incomplete`);
    return c;
  });
  const result = core.scoreMatrixTopK(candidates, ready, { k: 10 });
  const forCandidates: Judged[] = split.map(({ truth }, row) => ({
    ranked: core.rowEntries(result.byCandidate, row).map((e) => position[e.index]),
    truth,
    isco: data.iscoOf[truth],
  }));
  const candidateOf = new Map(split.map(({ truth }, i) => [truth, i]));
  const forVacancies: Judged[] = [];
  position.forEach((occupation, row) => {
    const truth = candidateOf.get(occupation);
    if (truth === undefined) return;
    const ranked = core.rowEntries(result.byVacancy, row).map((e) => e.index);
    forVacancies.push({ ranked, truth, isco: data.iscoOf[occupation] });
  });
  return {
    vacanciesForCandidate: rankingMetrics(forCandidates, data.iscoOf),
    candidatesForVacancy: rankingMetrics(
      forVacancies,
      split.map(({ truth }) => data.iscoOf[truth]),
    ),
  };
}

/** What tuning maximises: both directions matter, a job seeker's list and an HR lead's. */
export const objective = (figures: EvalFigures): number =>
  (figures.vacanciesForCandidate.ndcgAt10 + figures.candidatesForVacancy.ndcgAt10) / 2;
