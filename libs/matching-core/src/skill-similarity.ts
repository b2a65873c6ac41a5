import type { EscoTaxonomy } from '@werkbrug/core/esco-taxonomy';

/** How skill closeness is derived from ESCO; part of SkillSpace.version. See README.md for the reasoning. */
export interface SimilarityParameters {
  readonly maxNeighbours: number;
  readonly minSimilarity: number;
  /** A stand-in never earns full credit: having the skill itself must stay better. */
  readonly maxRelatedCredit: number;
  readonly escoRelatedEssential: number;
  readonly escoRelatedOptional: number;
  /** A skill and its broader skill (e.g. "use spreadsheets software" under "use office software"). */
  readonly parentChild: number;
  /** Siblings under one broader concept, for parents with at most siblingFullSize children... */
  readonly siblingBase: number;
  readonly siblingFullSize: number;
  /** Co-occurrence cosine is multiplied by shared / (shared + shrink): one shared occupation is weak evidence. */
  readonly cooccurrenceShrink: number;
  /** Weight of an optional skill in an occupation's skill vector (essential = 1). */
  readonly optionalWeight: number;
}

export const DEFAULT_SIMILARITY_PARAMETERS: SimilarityParameters = {
  maxNeighbours: 8,
  minSimilarity: 0.25,
  maxRelatedCredit: 0.7,
  escoRelatedEssential: 0.6,
  escoRelatedOptional: 0.45,
  parentChild: 0.6,
  siblingBase: 0.5,
  siblingFullSize: 8,
  cooccurrenceShrink: 2,
  optionalWeight: 0.5,
};

interface NeighbourLists {
  neighbourStart: Int32Array;
  neighbourSkill: Int32Array;
  neighbourSim: Float64Array;
}

type Source = Pick<EscoTaxonomy, 'skills' | 'occupations'>;

/** Edges (other skill, similarity) per skill from the ESCO hierarchy and explicit skill–skill relations. */
function structuralEdges(source: Source, indexById: ReadonlyMap<string, number>, p: SimilarityParameters) {
  const edges = source.skills.map(() => new Map<number, number>());
  const add = (a: number, b: number, sim: number) => {
    if (a === b) return;
    // Noisy-or: two independent reasons to call skills close make them closer than either alone.
    edges[a].set(b, 1 - (1 - (edges[a].get(b) ?? 0)) * (1 - sim));
  };
  const children = new Map<string, number[]>();
  source.skills.forEach((skill, a) => {
    for (const parent of new Set(skill.broader)) {
      const list = children.get(parent) ?? [];
      list.push(a);
      children.set(parent, list);
      const b = indexById.get(parent);
      if (b !== undefined) {
        add(a, b, p.parentChild);
        add(b, a, p.parentChild);
      }
    }
    const related = new Map<number, boolean>();
    for (const r of skill.related) {
      const b = indexById.get(r.id);
      if (b !== undefined) related.set(b, (related.get(b) ?? false) || r.essential);
    }
    for (const [b, essential] of related) {
      const sim = essential ? p.escoRelatedEssential : p.escoRelatedOptional;
      add(a, b, sim);
      add(b, a, sim);
    }
  });
  for (const siblings of children.values()) {
    // Large groups ("communication, collaboration and creativity") say little about two members' closeness.
    const sim = p.siblingBase * Math.min(1, Math.sqrt(p.siblingFullSize / siblings.length));
    if (sim < p.minSimilarity) continue;
    for (const a of siblings) for (const b of siblings) add(a, b, sim);
  }
  return edges;
}

/** Per skill, the occupations that list it and with what weight (essential 1, optional optionalWeight). */
function occupationVectors(source: Source, indexById: ReadonlyMap<string, number>, p: SimilarityParameters) {
  const occupationSkills: { skill: Int32Array; weight: Float64Array }[] = [];
  const skillOccupations: { occupation: number; weight: number }[][] = source.skills.map(() => []);
  for (const occupation of source.occupations) {
    const weights = new Map<number, number>();
    for (const id of occupation.optional) {
      const i = indexById.get(id);
      if (i !== undefined) weights.set(i, p.optionalWeight);
    }
    for (const id of occupation.essential) {
      const i = indexById.get(id);
      if (i !== undefined) weights.set(i, 1);
    }
    const o = occupationSkills.length;
    occupationSkills.push({
      skill: Int32Array.from(weights.keys()),
      weight: Float64Array.from(weights.values()),
    });
    for (const [skill, weight] of weights) skillOccupations[skill].push({ occupation: o, weight });
  }
  const norm = Float64Array.from(skillOccupations, (list) =>
    Math.sqrt(list.reduce((sum, { weight }) => sum + weight * weight, 0)),
  );
  return { occupationSkills, skillOccupations, norm };
}

/**
 * Top-N close skills per skill. Closeness combines (noisy-or) the ESCO hierarchy, ESCO's explicit skill–skill
 * relations and co-occurrence in occupations (cosine, shrunk when few occupations are shared), capped at
 * maxRelatedCredit.
 */
export function buildNeighbourLists(
  source: Source,
  indexById: ReadonlyMap<string, number>,
  p: SimilarityParameters,
): NeighbourLists {
  const n = source.skills.length;
  const structural = structuralEdges(source, indexById, p);
  const { occupationSkills, skillOccupations, norm } = occupationVectors(source, indexById, p);
  const dot = new Float64Array(n);
  const shared = new Int32Array(n);
  const complement = new Float64Array(n).fill(1);
  const seen = new Uint8Array(n);
  const touched: number[] = [];
  const start = new Int32Array(n + 1);
  const skills: number[] = [];
  const sims: number[] = [];
  for (let a = 0; a < n; a++) {
    const touch = (b: number) => {
      if (seen[b]) return;
      seen[b] = 1;
      touched.push(b);
    };
    for (const { occupation, weight } of skillOccupations[a]) {
      const { skill, weight: weights } = occupationSkills[occupation];
      for (let j = 0; j < skill.length; j++) {
        const b = skill[j];
        if (b === a) continue;
        touch(b);
        dot[b] += weight * weights[j];
        shared[b]++;
      }
    }
    for (const [b, sim] of structural[a]) {
      touch(b);
      complement[b] *= 1 - sim;
    }
    const found: { b: number; sim: number }[] = [];
    for (const b of touched) {
      const cosine = dot[b] > 0 ? dot[b] / (norm[a] * norm[b]) : 0;
      const cooccurrence = cosine * (shared[b] / (shared[b] + p.cooccurrenceShrink));
      const sim = Math.min(p.maxRelatedCredit, 1 - complement[b] * (1 - cooccurrence));
      if (sim >= p.minSimilarity) found.push({ b, sim });
      dot[b] = 0;
      shared[b] = 0;
      complement[b] = 1;
      seen[b] = 0;
    }
    touched.length = 0;
    found.sort((x, y) => y.sim - x.sim || x.b - y.b);
    for (const { b, sim } of found.slice(0, p.maxNeighbours)) {
      skills.push(b);
      sims.push(sim);
    }
    start[a + 1] = skills.length;
  }
  return {
    neighbourStart: start,
    neighbourSkill: Int32Array.from(skills),
    neighbourSim: Float64Array.from(sims),
  };
}
