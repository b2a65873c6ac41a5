// Skill suggestions from free text, measured on a hand-labelled sample (bench/skill-suggestions.sample.json).
// Run with `npm run bench:skill-suggestions`; the last line is one JSON object with the figures. The dev half
// was used to tune the lexicon and fit the confidence model; report the held-out half. `-- --fit` refits the
// model on the dev half and prints the coefficients to paste into CONFIDENCE_MODEL.
import { findReferenceDataDir } from '@werkbrug/config/reference-data-dir';
import { readEscoTaxonomy } from '@werkbrug/taxonomy/esco-data';
import {
  CONFIDENCE_MODEL,
  SkillSuggester,
  type SuggestionFeatures,
} from '@werkbrug/taxonomy/skill-suggestions';
import sample from './skill-suggestions.sample.json';

/** The threshold the README recommends for pre-ticking suggestions. */
const THRESHOLD = 0.5;
const TOP = 5;
/** Ridge penalty of the fit: keeps weights sane with ~25 texts (a sum over candidates, so about 1 per 1,500). */
const L2 = 1;

interface SampleText {
  id: string;
  split: string;
  language: string;
  text: string;
  expected: Array<{ id: string }>;
  acceptable: Array<{ id: string }>;
}

interface Figures {
  texts: number;
  precisionAt5: number;
  recallAt5: number;
  precisionAtThreshold: number;
  recallAtThreshold: number;
  suggestionsAtThreshold: number;
}

const round3 = (value: number): number => Math.round(value * 1000) / 1000;
const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);

/** precision@5 divides by 5 (standard); the threshold figures are micro-averaged over all suggestions. */
function evaluate(suggester: SkillSuggester, texts: readonly SampleText[]): Figures {
  let returned = 0;
  let accepted = 0;
  let found = 0;
  let expected = 0;
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (const text of texts) {
    const wanted = new Set(text.expected.map((skill) => skill.id));
    const fine = new Set([...wanted, ...text.acceptable.map((skill) => skill.id)]);
    const suggestions = suggester.suggest(text.text, { limit: 50 });
    const top = suggestions.slice(0, TOP);
    precisions.push(top.filter((s) => fine.has(s.skillId)).length / TOP);
    recalls.push(top.filter((s) => wanted.has(s.skillId)).length / wanted.size);
    const confident = suggestions.filter((s) => s.confidence >= THRESHOLD);
    returned += confident.length;
    accepted += confident.filter((s) => fine.has(s.skillId)).length;
    found += confident.filter((s) => wanted.has(s.skillId)).length;
    expected += wanted.size;
  }
  return {
    texts: texts.length,
    precisionAt5: round3(mean(precisions)),
    recallAt5: round3(mean(recalls)),
    precisionAtThreshold: round3(accepted / Math.max(returned, 1)),
    recallAtThreshold: round3(found / Math.max(expected, 1)),
    suggestionsAtThreshold: returned,
  };
}

/** What a perfect ranker would score at precision@5: texts name two or three skills, not five. */
function precisionAt5Ceiling(texts: readonly SampleText[]): number {
  return round3(mean(texts.map((t) => Math.min(t.expected.length + t.acceptable.length, TOP) / TOP)));
}

/** Does a confidence mean what it says? Share accepted among the top-10 suggestions, per confidence band. */
function calibration(suggester: SkillSuggester, texts: readonly SampleText[]) {
  const bands = [0, 0.25, 0.5, 0.75].map((from) => ({ from, to: from + 0.25, suggestions: 0, accepted: 0 }));
  for (const text of texts) {
    const fine = new Set([...text.expected, ...text.acceptable].map((skill) => skill.id));
    for (const { skillId, confidence } of suggester.suggest(text.text, { limit: 10 })) {
      const band = bands[Math.min(Math.floor(confidence * 4), 3)];
      band.suggestions++;
      if (fine.has(skillId)) band.accepted++;
    }
  }
  return bands.map(({ from, to, suggestions, accepted }) => ({
    confidence: `${from.toFixed(2)}–${to.toFixed(2)}`,
    suggestions,
    acceptedShare: round3(accepted / Math.max(suggestions, 1)),
  }));
}

function bySplitAndLanguage(suggester: SkillSuggester, texts: readonly SampleText[], split: string) {
  const inSplit = texts.filter((text) => text.split === split);
  return {
    nl: evaluate(
      suggester,
      inSplit.filter((text) => text.language === 'nl'),
    ),
    en: evaluate(
      suggester,
      inSplit.filter((text) => text.language === 'en'),
    ),
    overall: evaluate(suggester, inSplit),
    precisionAt5Ceiling: precisionAt5Ceiling(inSplit),
    calibration: calibration(suggester, inSplit),
  };
}

type Model = typeof CONFIDENCE_MODEL;
const FEATURES = Object.keys(CONFIDENCE_MODEL).filter((name) => name !== 'intercept') as Array<
  keyof SuggestionFeatures
>;

/** L2-regularised logistic regression (Newton's method) over every candidate of the dev texts. */
function fit(suggester: SkillSuggester, texts: readonly SampleText[]): Model {
  const rows: Array<{ x: number[]; y: number }> = [];
  for (const text of texts) {
    const fine = new Set([...text.expected, ...text.acceptable].map((skill) => skill.id));
    for (const candidate of suggester.candidates(text.text)) {
      const x = [1, ...FEATURES.map((name) => candidate.features[name])];
      rows.push({ x, y: fine.has(candidate.skill.id) ? 1 : 0 });
    }
  }
  const size = FEATURES.length + 1;
  let weights = new Array<number>(size).fill(0);
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = weights.map((w, j) => (j === 0 ? 0 : L2 * w));
    const hessian = weights.map((_, i) => weights.map((__, j) => (i === j && i > 0 ? L2 : 0)));
    for (const { x, y } of rows) {
      const p = 1 / (1 + Math.exp(-x.reduce((sum, xi, j) => sum + xi * weights[j], 0)));
      for (let i = 0; i < size; i++) {
        gradient[i] += (p - y) * x[i];
        for (let j = 0; j < size; j++) hessian[i][j] += p * (1 - p) * x[i] * x[j];
      }
    }
    const step = solve(hessian, gradient);
    weights = weights.map((w, j) => w - step[j]);
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  const logLoss = -mean(
    rows.map(({ x, y }) => {
      const p = 1 / (1 + Math.exp(-x.reduce((sum, xi, j) => sum + xi * weights[j], 0)));
      return y ? Math.log(p) : Math.log(1 - p);
    }),
  );
  console.error(
    `fitted on ${rows.length} candidates (${rows.filter((r) => r.y).length} accepted), log loss ${logLoss}`,
  );
  return Object.fromEntries([
    ['intercept', round3(weights[0])],
    ...FEATURES.map((name, j) => [name, round3(weights[j + 1])]),
  ]) as Model;
}

/** Gaussian elimination with partial pivoting; the system is small (one row per feature). */
function solve(matrix: number[][], vector: number[]): number[] {
  const a = matrix.map((row, i) => [...row, vector[i]]);
  const n = a.length;
  for (let col = 0; col < n; col++) {
    const pivot = a.reduce(
      (best, row, i) => (i >= col && Math.abs(row[col]) > Math.abs(a[best][col]) ? i : best),
      col,
    );
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let row = col + 1; row < n; row++) {
      const factor = a[row][col] / a[col][col];
      for (let k = col; k <= n; k++) a[row][k] -= factor * a[col][k];
    }
  }
  const result = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = a[row][n];
    for (let k = row + 1; k < n; k++) sum -= a[row][k] * result[k];
    result[row] = sum / a[row][row];
  }
  return result;
}

function printTable(title: string, figures: ReturnType<typeof bySplitAndLanguage>): void {
  console.log(`\n${title}`);
  console.log('            texts  P@5    R@5    P@0.5  R@0.5  suggestions@0.5');
  for (const name of ['nl', 'en', 'overall'] as const) {
    const f = figures[name];
    const cells = [f.precisionAt5, f.recallAt5, f.precisionAtThreshold, f.recallAtThreshold].map((v) =>
      v.toFixed(3).padEnd(6),
    );
    console.log(
      `  ${name.padEnd(8)}  ${String(f.texts).padEnd(5)}  ${cells.join(' ')} ${f.suggestionsAtThreshold}`,
    );
  }
  console.log(`  (a perfect ranker would score P@5 ${figures.precisionAt5Ceiling}: texts name 2–4 skills)`);
  const bands = figures.calibration.map((b) => `${b.confidence}: ${b.acceptedShare} of ${b.suggestions}`);
  console.log(`  accepted share of the top 10 by confidence band: ${bands.join('; ')}`);
}

function main(): void {
  const texts = sample.texts as SampleText[];
  const buildStart = performance.now();
  const suggester = new SkillSuggester(readEscoTaxonomy(findReferenceDataDir()));
  const buildMs = Math.round(performance.now() - buildStart);
  if (process.argv.includes('--fit')) {
    console.log(
      JSON.stringify(
        fit(
          suggester,
          texts.filter((text) => text.split === 'dev'),
        ),
        null,
        2,
      ),
    );
    return;
  }
  const started = performance.now();
  const heldOut = bySplitAndLanguage(suggester, texts, 'heldout');
  const dev = bySplitAndLanguage(suggester, texts, 'dev');
  const msPerText = round3((performance.now() - started) / texts.length);
  printTable('Held-out half (not used for tuning): report these', heldOut);
  printTable('Dev half (lexicon and confidence model were tuned on it: optimistic)', dev);
  console.log(
    JSON.stringify({
      bench: 'skill-suggestions',
      threshold: THRESHOLD,
      heldOut,
      dev,
      buildMs,
      msPerText,
    }),
  );
}

main();
