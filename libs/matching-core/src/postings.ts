import type { PreparedVacancy } from './prepare';

/**
 * Inverted lists skill → vacancies for one block of vacancies (numbered from 0 within the block), built per matrix
 * run over open vacancies. A candidate then touches only the vacancies that share a skill or a close skill with
 * them. A skill's required, nice-to-have and trained-on-the-job entries sit side by side, so one lookup of
 * `bounds` serves all three: for skill s and role r (0, 1, 2) the entries are [bounds[3s + r], bounds[3s + r + 1]).
 */
export interface SkillPostings {
  readonly bounds: Int32Array;
  readonly vacancy: Int32Array;
  /** The skill's specificity share in the vacancy (unused, 0, for trained entries). */
  readonly weight: Float64Array;
}

export const REQUIRED_ROLE = 0;
export const NICE_ROLE = 1;
export const TRAINED_ROLE = 2;

export function buildSkillPostings(size: number, block: readonly PreparedVacancy[]): SkillPostings {
  const bounds = new Int32Array(3 * size + 1);
  const lists = (v: PreparedVacancy) => [v.requiredSkill, v.niceSkill, v.trainedSkill] as const;
  for (const v of block) {
    if (!v.open) continue;
    lists(v).forEach((skills, role) => {
      for (const s of skills) bounds[3 * s + role + 1]++;
    });
  }
  for (let i = 0; i < 3 * size; i++) bounds[i + 1] += bounds[i];
  const fill = bounds.slice(0, 3 * size);
  const vacancy = new Int32Array(bounds[3 * size]);
  const weight = new Float64Array(bounds[3 * size]);
  // Vacancies in index order, so every list is ascending.
  block.forEach((v, vi) => {
    if (!v.open) return;
    const weights = [v.requiredWeight, v.niceWeight, null] as const;
    lists(v).forEach((skills, role) => {
      skills.forEach((s, i) => {
        const p = fill[3 * s + role]++;
        vacancy[p] = vi;
        weight[p] = weights[role]?.[i] ?? 0;
      });
    });
  });
  return { bounds, vacancy, weight };
}
