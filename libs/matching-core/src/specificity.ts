import type { SkillSpace } from './skill-space';

/**
 * How many of the given skill lists (e.g. a region's open vacancies) mention each skill. The caller computes it
 * per region, because a skill that is rare in one region ("operate a reach truck" in a port region) is common
 * in another.
 */
export function countSkillFrequencies(size: number, lists: Iterable<readonly number[]>): Int32Array {
  const counts = new Int32Array(size);
  const seen = new Int32Array(size).fill(-1);
  let list = 0;
  for (const skills of lists) {
    for (const skill of skills) {
      if (seen[skill] === list) continue;
      seen[skill] = list;
      counts[skill]++;
    }
    list++;
  }
  return counts;
}

/**
 * Inverse document frequency, 1 + ln((N + 1) / (df + 1)): a skill nearly every vacancy asks for ("communicate
 * with customers") weighs about 1, one only a handful ask for weighs up to ~1 + ln(N). Smoothed so an unseen
 * skill gets the largest weight rather than infinity. The model softens the contrast further (specificityExponent).
 */
export function specificityFromFrequencies(frequencies: ArrayLike<number>, documents: number): Float64Array {
  const weights = new Float64Array(frequencies.length);
  for (let i = 0; i < frequencies.length; i++) {
    const df = Math.min(documents, Math.max(0, frequencies[i]));
    weights[i] = 1 + Math.log((documents + 1) / (df + 1));
  }
  return weights;
}

/** Region-independent fallback: specificity over the ESCO occupations listing each skill. */
export function escoSpecificity(space: SkillSpace, occupations: number): Float64Array {
  return specificityFromFrequencies(space.occupationCount, occupations);
}
