// Throughput of the pure matching core on one core: a synthetic region scored all-pairs with top-K on both
// sides. Run with `npm run bench:matching-eval-throughput -- --candidates 10000 --vacancies 10000`; the last
// line is one JSON object. This is the core alone; the end-to-end worker benchmark is bench:matching.
import { findReferenceDataDir } from '@werkbrug/config/reference-data-dir';
import { readGeoReference } from '@werkbrug/geo/geo-data';
import { readEscoTaxonomy } from '@werkbrug/taxonomy/esco-data';
import * as core from '@werkbrug/matching-core';
import { prng } from './matching-eval-data';
import { regionCandidates, regionVacancies } from './matching-eval-region';

function argument(name: string, fallback: number | string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : String(fallback);
}

const seconds = (ms: number): number => Math.round(ms) / 1000;

function main(): void {
  const candidateCount = Number(argument('candidates', 10_000));
  const vacancyCount = Number(argument('vacancies', 10_000));
  const regionCode = argument('region', 'AM18');
  const k = Number(argument('k', 50));
  const rounds = Number(argument('rounds', 3));
  const today = '2026-11-20';
  const dir = findReferenceDataDir();
  const taxonomy = readEscoTaxonomy(dir);
  const areas = readGeoReference(dir).postcodeAreas.filter((a) => a.regionCode === regionCode);
  if (areas.length === 0) throw new Error(`no PC4 areas in region ${regionCode}`);

  let started = performance.now();
  const space = core.buildSkillSpace(taxonomy);
  const spaceSeconds = seconds(performance.now() - started);
  const random = prng(Number(argument('seed', 7)));
  const source = { space, occupations: taxonomy.occupations, areas, regionCode, today };
  const vacancyFeatures = regionVacancies(source, vacancyCount, random);
  const candidateFeatures = regionCandidates(source, candidateCount, random);
  const context = core.createScoringContext({
    space,
    specificity: core.specificityFromFrequencies(
      core.countSkillFrequencies(
        space.size,
        vacancyFeatures.map((v) => [...v.required, ...v.niceToHave]),
      ),
      vacancyFeatures.length,
    ),
    labels: core.escoSkillLabels(space, taxonomy),
    today,
    allowOwnEmployer: false,
  });

  started = performance.now();
  const vacancies = core.prepareVacancies(context, vacancyFeatures);
  const candidates = core.prepareCandidates(context, candidateFeatures);
  const prepareSeconds = seconds(performance.now() - started);

  const timings: number[] = [];
  let result: core.MatrixResult | undefined;
  for (let round = 0; round < rounds; round++) {
    started = performance.now();
    result = core.scoreMatrixTopK(candidates.ready, vacancies.ready, { k });
    timings.push(performance.now() - started);
  }
  const best = Math.min(...timings);
  started = performance.now();
  let explained = 0;
  for (let row = 0; row < Math.min(100, candidates.ready.length) && result; row++) {
    for (const { index } of core.rowEntries(result.byCandidate, row)) {
      core.explainMatch(candidates.ready[row], vacancies.ready[index]);
      explained++;
    }
  }
  const explainMs = performance.now() - started;
  const pairs = result?.pairsScored ?? 0;
  console.log(
    JSON.stringify({
      candidates: candidates.ready.length,
      vacancies: vacancies.ready.length,
      regionCode,
      k,
      pairsScored: pairs,
      pairsEligible: result?.pairsEligible,
      rejections: result?.rejections,
      matrixSeconds: seconds(best),
      matrixSecondsPerRound: timings.map(seconds),
      pairsPerSecond: Math.round(pairs / (best / 1000)),
      prepareSeconds,
      skillSpaceSeconds: spaceSeconds,
      explanationsPerSecond: Math.round(explained / (explainMs / 1000)),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

main();
