// ESCO evaluation of the matching core. Run with `npm run bench:matching-eval`; prints progress on stderr and, as
// its last line on stdout, one JSON object with the figures. Deterministic for a given --seed.
import { findReferenceDataDir } from '@werkbrug/config/reference-data-dir';
import { readEscoTaxonomy } from '@werkbrug/taxonomy/esco-data';
import {
  buildSkillSpace,
  DEFAULT_PARAMETERS,
  DEFAULT_WEIGHTS,
  MODEL_VERSION,
  type ComponentWeights,
} from '@werkbrug/matching-core';
import { DEFAULT_NOISE, HARD_NOISE } from './matching-eval-data';
import { round4, rounded } from './matching-eval-metrics';
import { buildEvalData, evaluate, objective, type EvalConfig, type EvalData } from './matching-eval-setup';
import { TUNED, tune } from './matching-eval-tuning';

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

function ablation(weights: ComponentWeights, only: readonly string[]): ComponentWeights {
  return Object.fromEntries(
    Object.entries(weights).map(([name, w]) => [
      name,
      (TUNED as readonly string[]).includes(name) && !only.includes(name) ? 0 : w,
    ]),
  ) as ComponentWeights;
}

function report(data: EvalData, config: EvalConfig, split: 'dev' | 'test') {
  const figures = evaluate(data, config, data[split]);
  return {
    objective: round4(objective(figures)),
    vacanciesForCandidate: rounded(figures.vacanciesForCandidate),
    candidatesForVacancy: rounded(figures.candidatesForVacancy),
  };
}

function main(): void {
  const started = performance.now();
  const seed = argument('seed', 20261120);
  const taxonomy = readEscoTaxonomy(findReferenceDataDir());
  const space = buildSkillSpace(taxonomy);
  const data = buildEvalData(taxonomy, space, seed, DEFAULT_NOISE);
  const hard = buildEvalData(taxonomy, space, seed + 1, HARD_NOISE);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  log(
    `space ${space.version}: ${space.size} skills; ${data.dev.length} dev / ${data.test.length} test candidates`,
  );

  const shipped: EvalConfig = {
    weights: DEFAULT_WEIGHTS,
    specificityExponent: DEFAULT_PARAMETERS.specificityExponent,
  };
  const tuning = tune([data, hard], shipped, log);
  const configs: Record<string, EvalConfig> = {
    shipped,
    tunedOnDev: tuning.best,
    requiredOnly: { ...shipped, weights: ablation(DEFAULT_WEIGHTS, ['REQUIRED_SKILLS']) },
    withoutRelated: {
      ...shipped,
      weights: ablation(DEFAULT_WEIGHTS, ['REQUIRED_SKILLS', 'NICE_TO_HAVE', 'STRENGTH_USE']),
    },
    withoutStrengthUse: {
      ...shipped,
      weights: ablation(DEFAULT_WEIGHTS, ['REQUIRED_SKILLS', 'RELATED_SKILLS', 'NICE_TO_HAVE']),
    },
    uniformSpecificity: { ...shipped, specificityExponent: 0 },
  };
  const figures = Object.fromEntries(
    Object.entries(configs).map(([name, config]) => [
      name,
      {
        dev: report(data, config, 'dev'),
        test: report(data, config, 'test'),
        hardDev: report(hard, config, 'dev'),
        hardTest: report(hard, config, 'test'),
      },
    ]),
  );
  console.log(
    JSON.stringify({
      modelVersion: MODEL_VERSION,
      skillSpaceVersion: space.version,
      seed,
      occupations: taxonomy.occupations.length,
      vacancies: data.vacancies.length,
      devCandidates: data.dev.length,
      testCandidates: data.test.length,
      noise: { default: DEFAULT_NOISE, hard: HARD_NOISE },
      heldOut: figures.shipped.test,
      heldOutHard: figures.shipped.hardTest,
      tunedOnDev: {
        ...tuning.best,
        devObjective: round4(tuning.bestNdcg),
        configsTried: tuning.configsTried,
      },
      figures,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    }),
  );
}

main();
