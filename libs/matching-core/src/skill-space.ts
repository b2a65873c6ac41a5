import type { EscoTaxonomy } from '@werkbrug/core/esco-taxonomy';
import type { OccupationRef, SkillLabelLookup } from './features';
import {
  buildNeighbourLists,
  DEFAULT_SIMILARITY_PARAMETERS,
  type SimilarityParameters,
} from './skill-similarity';

/**
 * The skills the model knows, numbered densely so features and neighbour lists are typed arrays. Built once per
 * taxonomy version; immutable and shareable between scoring contexts (and cheap to rebuild in a worker).
 */
export interface SkillSpace {
  /** ESCO version plus the similarity parameters, e.g. "esco-1.1.1/n12-m0.15". */
  readonly version: string;
  readonly size: number;
  readonly ids: readonly string[];
  readonly indexById: ReadonlyMap<string, number>;
  /** ESCO occupations listing the skill as essential or optional (a region-independent specificity source). */
  readonly occupationCount: Int32Array;
  /** The ESCO occupations by id, as search directions and vacancies name them. */
  readonly occupations: ReadonlyMap<string, OccupationRef>;
  /** Close skills in CSR layout: neighbours of skill i are at [neighbourStart[i], neighbourStart[i + 1]). */
  readonly neighbourStart: Int32Array;
  readonly neighbourSkill: Int32Array;
  /** Similarity in (0, maxRelatedCredit]: the share of credit a neighbour earns in place of the skill itself. */
  readonly neighbourSim: Float64Array;
}

/** The parts of the ESCO taxonomy the space needs, so tests can pass a hand-made taxonomy. */
export type SkillSpaceSource = Pick<EscoTaxonomy, 'version' | 'skills' | 'occupations'>;

export function buildSkillSpace(
  source: SkillSpaceSource,
  params: SimilarityParameters = DEFAULT_SIMILARITY_PARAMETERS,
): SkillSpace {
  const ids = source.skills.map((s) => s.id);
  const indexById = new Map<string, number>();
  ids.forEach((id, index) => indexById.set(id, index));
  const occupationCount = new Int32Array(ids.length);
  for (const occupation of source.occupations) {
    for (const id of new Set([...occupation.essential, ...occupation.optional])) {
      const index = indexById.get(id);
      if (index !== undefined) occupationCount[index]++;
    }
  }
  const lists = buildNeighbourLists(source, indexById, params);
  return {
    version: `esco-${source.version}/n${params.maxNeighbours}-m${params.minSimilarity}`,
    size: ids.length,
    ids,
    indexById,
    occupationCount,
    occupations: new Map(
      source.occupations.map((o) => [
        o.id,
        // ISCO-08 unit groups have four digits (0110 included); anything else compares by identity only.
        { id: o.id, isco: /^\d{4}$/.test(o.isco) ? Number(o.isco) : -1, label: { en: o.en, nl: o.nl } },
      ]),
    ),
    ...lists,
  };
}

/** Labels for explanations: Dutch where ESCO has one (about 16% of skills), English otherwise. */
export function escoSkillLabels(space: SkillSpace, source: Pick<EscoTaxonomy, 'skills'>): SkillLabelLookup {
  const labels = new Array<{ en: string; nl: string | null }>(space.size);
  for (const skill of source.skills) {
    const index = space.indexById.get(skill.id);
    if (index !== undefined) labels[index] = { en: skill.en, nl: skill.nl };
  }
  return (skill) => labels[skill] ?? { en: `skill #${skill}`, nl: null };
}

/** The neighbour of `skill` equal to `other`, or 0 when they are not close. */
export function similarity(space: SkillSpace, skill: number, other: number): number {
  for (let p = space.neighbourStart[skill]; p < space.neighbourStart[skill + 1]; p++) {
    if (space.neighbourSkill[p] === other) return space.neighbourSim[p];
  }
  return 0;
}
