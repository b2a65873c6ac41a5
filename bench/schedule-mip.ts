// The exact reference: the same session as a mixed-integer program (one binary per pair and slot both sides can
// make), solved by HiGHS. Its objective is the planner's (`scheduleObjective`): the candidate's meeting bonuses
// are continuous tier variables, which the maximisation fills in falling order because the bonuses never grow.
import { candidateMeetingBonus, pairWorth, type ScheduleInstance } from '@werkbrug/scheduling-core';

export interface ExactResult {
  readonly status: string;
  /** Set when HiGHS proved optimality (within its default relative gap of 1e-4). */
  readonly optimum?: number;
  readonly seconds: number;
  readonly variables: number;
}

export function mipModel(instance: ScheduleInstance): { lp: string; variables: number } {
  const S = instance.slotCount;
  const blocked = (slots: readonly number[]) => new Set(slots);
  const candidateBlocked = instance.candidates.map((c) => blocked(c.blockedSlots));
  const employerBlocked = instance.employers.map((e) => blocked(e.blockedSlots));
  const objective: string[] = [];
  const rows: string[] = [];
  const binaries: string[] = [];
  const bounds: string[] = [];
  const candidateSlot = new Map<number, string[]>();
  const employerSlot = new Map<number, string[]>();
  const slotTerms: string[][] = Array.from({ length: S }, () => []);
  const candidateTerms = instance.candidates.map(() => [] as string[]);
  const employerTerms = instance.employers.map(() => [] as string[]);
  const push = (map: Map<number, string[]>, key: number, term: string) => {
    const list = map.get(key);
    if (list) list.push(term);
    else map.set(key, [term]);
  };
  instance.pairs.forEach((pair, p) => {
    const pairTerms: string[] = [];
    for (let s = 0; s < S; s++) {
      if (candidateBlocked[pair.candidate].has(s) || employerBlocked[pair.employer].has(s)) continue;
      const x = `x${p}_${s}`;
      binaries.push(x);
      objective.push(`+ ${pairWorth(pair)} ${x}`);
      pairTerms.push(x);
      push(candidateSlot, pair.candidate * S + s, x);
      push(employerSlot, pair.employer * S + s, x);
      slotTerms[s].push(x);
      candidateTerms[pair.candidate].push(x);
      employerTerms[pair.employer].push(x);
    }
    if (pairTerms.length > 1) rows.push(`once${p}: ${pairTerms.join(' + ')} <= 1`);
  });
  for (const [key, terms] of candidateSlot)
    if (terms.length > 1) rows.push(`cs${key}: ${terms.join(' + ')} <= 1`);
  for (const [key, terms] of employerSlot) {
    const e = Math.floor(key / S);
    const perSlot = Math.min(instance.employers[e].representatives, instance.tableCount);
    if (terms.length > perSlot) rows.push(`es${key}: ${terms.join(' + ')} <= ${perSlot}`);
  }
  slotTerms.forEach((terms, s) => {
    if (terms.length > instance.tableCount)
      rows.push(`t${s}: ${terms.join(' + ')} <= ${instance.tableCount}`);
  });
  instance.candidates.forEach((candidate, c) => {
    const terms = candidateTerms[c];
    if (terms.length === 0) return;
    const limit = Math.min(candidate.maxMeetings, S - candidateBlocked[c].size);
    const tiers: string[] = [];
    for (let k = 0; k < limit; k++) {
      const bonus = candidateMeetingBonus(instance, k);
      if (bonus === 0) break;
      const u = `u${c}_${k}`;
      tiers.push(u);
      objective.push(`+ ${bonus} ${u}`);
      bounds.push(`0 <= ${u} <= 1`);
    }
    rows.push(`cmax${c}: ${terms.join(' + ')} <= ${limit}`);
    if (tiers.length > 0) rows.push(`ctier${c}: ${tiers.join(' + ')} - ${terms.join(' - ')} <= 0`);
  });
  instance.employers.forEach((employer, e) => {
    const terms = employerTerms[e];
    if (terms.length === 0) return;
    const free = S - employerBlocked[e].size;
    const limit = Math.min(
      employer.representatives * employer.maxMeetingsPerRepresentative,
      free * Math.min(employer.representatives, instance.tableCount),
    );
    if (terms.length > limit) rows.push(`emax${e}: ${terms.join(' + ')} <= ${limit}`);
  });
  const lp = [
    'Maximize',
    ` obj: ${objective.join(' ')}`,
    'Subject To',
    ...rows.map((r) => ` ${r}`),
    'Bounds',
    ...bounds.map((b) => ` ${b}`),
    'Binary',
    ` ${binaries.join(' ')}`,
    'End',
  ].join('\n');
  return { lp, variables: binaries.length };
}

export async function solveExactly(
  instance: ScheduleInstance,
  timeLimitSeconds: number,
): Promise<ExactResult> {
  const { lp, variables } = mipModel(instance);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const highs = await (require('highs') as typeof import('highs').default)();
  const started = performance.now();
  const solution = highs.solve(lp, { time_limit: timeLimitSeconds, output_flag: false });
  const seconds = (performance.now() - started) / 1000;
  return {
    status: solution.Status,
    optimum: solution.Status === 'Optimal' ? solution.ObjectiveValue : undefined,
    seconds,
    variables,
  };
}
