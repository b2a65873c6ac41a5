// Coordinate search over the skill weights and the specificity exponent, on the dev split only.
import type { ComponentName, ComponentWeights } from '@werkbrug/matching-core';
import { evaluate, objective, type EvalConfig, type EvalData } from './matching-eval-setup';

/** The components the evaluation can inform: the rest are equal for every pair in it. */
export const TUNED: readonly ComponentName[] = [
  'REQUIRED_SKILLS',
  'RELATED_SKILLS',
  'NICE_TO_HAVE',
  'STRENGTH_USE',
];
const FACTORS = [0, 0.5, 0.75, 1.33, 2];

const EXPONENTS = [0.25, 0.5, 0.75, 1, 1.5, 2];

export interface TuningResult {
  readonly best: EvalConfig;
  /** Dev objective: mean NDCG@10 of both directions. */
  readonly bestNdcg: number;
  readonly configsTried: number;
}

/**
 * Only the ratios within the skill block matter to the ranking, so the block's total is kept fixed and each
 * weight is moved in turn, until a full round finds no improvement of the dev objective (mean NDCG@10 of both
 * ranking directions, averaged over the noise levels).
 */
export function tune(
  data: readonly EvalData[],
  start: EvalConfig,
  log: (line: string) => void,
): TuningResult {
  const seen = new Map<string, number>();
  const score = (config: EvalConfig): number => {
    const key = JSON.stringify(config);
    let ndcg = seen.get(key);
    if (ndcg === undefined) {
      ndcg = data.reduce((sum, d) => sum + objective(evaluate(d, config, d.dev)), 0) / data.length;
      seen.set(key, ndcg);
      log(`${ndcg.toFixed(4)} ${key}`);
    }
    return ndcg;
  };
  let best = start;
  let bestNdcg = score(best);
  for (let round = 0; round < 6; round++) {
    let improved = false;
    for (const candidate of neighbours(best)) {
      const ndcg = score(candidate);
      if (ndcg > bestNdcg + 1e-6) {
        best = candidate;
        bestNdcg = ndcg;
        improved = true;
      }
    }
    if (!improved) break;
  }
  return { best, bestNdcg, configsTried: seen.size };
}

/**
 * Product constraints the evaluation cannot judge (see README): requirements lead, since strength use favours
 * narrow profiles; and close skills keep visible credit, since synthetic candidates hold exact ESCO skills where
 * real ones pick near-synonyms.
 */
const MIN_RELATED = 0.08;
const withinBounds = (w: ComponentWeights): boolean =>
  w.STRENGTH_USE <= w.REQUIRED_SKILLS && w.RELATED_SKILLS >= MIN_RELATED;

function neighbours(config: EvalConfig): EvalConfig[] {
  const out: EvalConfig[] = EXPONENTS.filter((e) => e !== config.specificityExponent).map((e) => ({
    ...config,
    specificityExponent: e,
  }));
  for (const name of TUNED) {
    const current = config.weights[name];
    const values = current === 0 ? [0.05, 0.1] : FACTORS.map((factor) => current * factor);
    for (const value of values) {
      const weights = rescaleBlock(config.weights, name, value);
      if (weights) out.push({ ...config, weights });
    }
  }
  return out;
}

/** Sets one skill weight and rescales the others in the block so the block's total stays the same. */
function rescaleBlock(
  weights: ComponentWeights,
  name: ComponentName,
  value: number,
): ComponentWeights | null {
  const total = TUNED.reduce((sum, n) => sum + weights[n], 0);
  const others = total - weights[name];
  if (value >= total || others <= 0) return null;
  const scale = (total - value) / others;
  const next: Record<ComponentName, number> = { ...weights };
  for (const n of TUNED) next[n] = n === name ? value : weights[n] * scale;
  for (const n of TUNED) next[n] = Math.round(next[n] * 1000) / 1000;
  return withinBounds(next) ? next : null;
}
