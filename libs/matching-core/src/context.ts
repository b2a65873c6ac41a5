import type { SkillLabelLookup } from './features';
import { DEFAULT_MODEL, normalisedWeights, type ScoringModel } from './model';
import type { SkillSpace } from './skill-space';
import { isoDay } from './dates';

export interface ScoringContextOptions {
  readonly space: SkillSpace;
  /**
   * Per-skill weight > 0 (see specificity.ts), computed by the caller for the region being matched; the model
   * raises it to its specificityExponent.
   */
  readonly specificity: ArrayLike<number>;
  readonly labels: SkillLabelLookup;
  /** ISO date the scores are computed for: the core never reads the clock, so a rerun gives the same scores. */
  readonly today: string;
  /** Regional policy: may candidates be matched to vacancies of their own employer? */
  readonly allowOwnEmployer: boolean;
  readonly model?: ScoringModel;
}

/**
 * Everything a score depends on besides the pair itself. Prepared candidates and vacancies belong to the context
 * that prepared them (their skill weights and interned employer keys come from it).
 */
export interface ScoringContext {
  readonly space: SkillSpace;
  /** After the model's exponent. */
  readonly specificity: Float64Array;
  readonly labels: SkillLabelLookup;
  readonly today: string;
  readonly todayDay: number;
  readonly allowOwnEmployer: boolean;
  readonly model: ScoringModel;
  /** Normalised weights in COMPONENTS order. */
  readonly weights: Float64Array;
  /** Interns employer and region ids so hard rules compare integers in the hot loop. */
  readonly keys: Map<string, number>;
  /** Reused by prepareCandidate to expand strengths into neighbour credit without allocating per skill. */
  readonly scratch: { soft: Float64Array; direct: Float64Array; via: Int32Array; touched: Int32Array };
}

export function createScoringContext(options: ScoringContextOptions): ScoringContext {
  const { space } = options;
  if (options.specificity.length !== space.size) {
    throw new RangeError(
      `specificity has ${options.specificity.length} entries, the skill space ${space.size}`,
    );
  }
  const model = options.model ?? DEFAULT_MODEL;
  const { specificityExponent } = model.params;
  const specificity = Float64Array.from(options.specificity, (w) => w ** specificityExponent);
  if (specificity.some((w) => !(w > 0) || !Number.isFinite(w))) {
    throw new RangeError('every specificity weight must be a finite number > 0');
  }
  return {
    space,
    specificity,
    labels: options.labels,
    today: options.today,
    todayDay: isoDay(options.today),
    allowOwnEmployer: options.allowOwnEmployer,
    model,
    weights: normalisedWeights(model.weights),
    keys: new Map(),
    scratch: {
      soft: new Float64Array(space.size),
      direct: new Float64Array(space.size),
      via: new Int32Array(space.size).fill(-1),
      touched: new Int32Array(space.size),
    },
  };
}

export function internKey(context: ScoringContext, key: string): number {
  let value = context.keys.get(key);
  if (value === undefined) {
    value = context.keys.size;
    context.keys.set(key, value);
  }
  return value;
}
