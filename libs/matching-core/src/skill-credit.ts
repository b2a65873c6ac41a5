import type { ScoringContext } from './context';
import type { SkillStrength } from './features';
import type { SkillSpace } from './skill-space';

/**
 * A candidate's skills expanded into credit per skill, sorted by skill index: the candidate's own skills
 * (direct credit by level) and their close skills (soft credit by similarity). Scoring a vacancy is then a
 * lookup per required skill, or one pass over inverted lists in the matrix path.
 */
export interface SkillCredit {
  readonly strengthSkill: Int32Array;
  readonly strengthLevel: Uint8Array;
  readonly credSkill: Int32Array;
  /** Level factor for the candidate's own skills, 0 for skills only reached through a neighbour. */
  readonly credDirect: Float64Array;
  /** 1 for own skills, else the best similarity to one of them. */
  readonly credSoft: Float64Array;
  /** The own skill that earned the soft credit (itself for own skills). */
  readonly credVia: Int32Array;
  /** Specificity of own skills (0 for neighbours), summed over the vacancy's skills for strength use. */
  readonly credUse: Float64Array;
  readonly strengthSpecificity: number;
}

function checkSkill(space: SkillSpace, skill: number): void {
  if (!Number.isInteger(skill) || skill < 0 || skill >= space.size) {
    throw new RangeError(`skill index ${skill} is outside the skill space (size ${space.size})`);
  }
}

/** Sorted, de-duplicated, range-checked. */
export function normaliseSkillList(space: SkillSpace, skills: readonly number[]): Int32Array {
  for (const skill of skills) checkSkill(space, skill);
  return Int32Array.from(new Set(skills)).sort();
}

export function expandStrengths(context: ScoringContext, strengths: readonly SkillStrength[]): SkillCredit {
  const { space, specificity } = context;
  const { levelFactor } = context.model.params;
  const levels = new Map<number, number>();
  for (const { skill, level: value } of strengths) {
    checkSkill(space, skill);
    // Features may come from untyped sources (a queue payload), so the enum is checked as a number.
    const level: number = value;
    if (!Number.isInteger(level) || level < 1 || level > 4)
      throw new RangeError(`skill level ${level} is not 1–4`);
    levels.set(skill, Math.max(level, levels.get(skill) ?? 0));
  }
  const own = [...levels.keys()].sort((a, b) => a - b);
  const { soft, direct, via, touched } = context.scratch;
  let count = 0;
  let strengthSpecificity = 0;
  for (const s of own) {
    direct[s] = levelFactor[levels.get(s) ?? 0];
    strengthSpecificity += specificity[s];
    soft[s] = 1;
    via[s] = s;
    touched[count++] = s;
  }
  // Neighbours in skill order, and only a strictly better credit replaces: ties resolve the same way every time.
  const { neighbourStart, neighbourSkill, neighbourSim } = space;
  for (const s of own) {
    for (let p = neighbourStart[s], end = neighbourStart[s + 1]; p < end; p++) {
      const k = neighbourSkill[p];
      if (via[k] === -1) touched[count++] = k;
      if (neighbourSim[p] > soft[k]) {
        soft[k] = neighbourSim[p];
        via[k] = s;
      }
    }
  }
  const arrays = allocate(count, own.length);
  const { credSkill, credDirect, credSoft, credVia, credUse, strengthSkill, strengthLevel } = arrays;
  credSkill.set(touched.subarray(0, count));
  credSkill.sort();
  for (let j = 0; j < count; j++) {
    const k = credSkill[j];
    credDirect[j] = direct[k];
    credSoft[j] = soft[k];
    credVia[j] = via[k];
    credUse[j] = direct[k] > 0 ? specificity[k] : 0;
    direct[k] = 0;
    soft[k] = 0;
    via[k] = -1;
  }
  own.forEach((s, i) => {
    strengthSkill[i] = s;
    strengthLevel[i] = levels.get(s) ?? 0;
  });
  return { ...arrays, strengthSpecificity };
}

/**
 * All of a candidate's arrays as views on one buffer: a typed array of this size gets its own off-heap backing
 * store, and seven of them made preparing a candidate three times slower.
 */
function allocate(count: number, strengths: number) {
  const buffer = new ArrayBuffer(count * 32 + strengths * 5);
  let offset = 0;
  const view = <T>(
    make: (buffer: ArrayBuffer, offset: number, length: number) => T,
    n: number,
    bytes: number,
  ) => {
    const array = make(buffer, offset, n);
    offset += n * bytes;
    return array;
  };
  const f64 = (b: ArrayBuffer, o: number, n: number) => new Float64Array(b, o, n);
  const i32 = (b: ArrayBuffer, o: number, n: number) => new Int32Array(b, o, n);
  return {
    credDirect: view(f64, count, 8),
    credSoft: view(f64, count, 8),
    credUse: view(f64, count, 8),
    credSkill: view(i32, count, 4),
    credVia: view(i32, count, 4),
    strengthSkill: view(i32, strengths, 4),
    strengthLevel: view((b, o, n) => new Uint8Array(b, o, n), strengths, 1),
  };
}

/** Position of `skill` in the sorted credit list, or -1. */
export function findCredit(credit: SkillCredit, skill: number): number {
  const list = credit.credSkill;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = list[mid];
    if (value === skill) return mid;
    if (value < skill) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
