/** The shape of the ESCO taxonomy as Werkbrug ships it (read by @werkbrug/taxonomy, used by the pure matching core). */

/** Six digital-competence skills in ESCO v1.1.1 have no type, five no reuse level; they stay null. */
export type EscoSkillType = 'skill/competence' | 'knowledge';
export type EscoReuseLevel = 'transversal' | 'cross-sector' | 'sector-specific' | 'occupation-specific';

/** ESCO: an official Dutch ESCO label. WERKBRUG: Werkbrug's own translation, replaced once official ones are loaded. */
export type DutchLabelSource = 'ESCO' | 'WERKBRUG';

export interface EscoRelatedSkill {
  id: string;
  essential: boolean;
}

export interface EscoSkill {
  /** The UUID at the end of the ESCO concept URI. */
  id: string;
  type: EscoSkillType | null;
  reuse: EscoReuseLevel | null;
  en: string;
  enAlt: string[];
  /**
   * The Dutch preferred label: official ESCO where it has one, else Werkbrug's own translation (`nlSource`); null
   * for the skills outside the sectors Werkbrug serves that ESCO has no Dutch label for (see data/vocabulary).
   */
  nl: string | null;
  /** Dutch alternative labels: ESCO's, then the everyday words HR advisers and job seekers use (heftruck, ADL). */
  nlAlt: string[];
  /** Where `nl` comes from; null when there is none. */
  nlSource?: DutchLabelSource | null;
  /** Broader skills or skill groups: UUIDs, or `isced-f/<code>` for ISCED-F fields. */
  broader: string[];
  related: EscoRelatedSkill[];
  /** Number of occupations that list this skill as essential or optional. */
  occupations: number;
}

export interface EscoSkillGroup {
  id: string;
  en: string | null;
  nl: string | null;
  broader: string[];
}

export interface EscoOccupation {
  id: string;
  code: string;
  /** 4-digit ISCO-08 unit group. */
  isco: string;
  en: string;
  enAlt: string[];
  nl: string | null;
  nlAlt: string[];
  essential: string[];
  optional: string[];
}

export interface EscoTaxonomy {
  version: string;
  skills: EscoSkill[];
  skillGroups: EscoSkillGroup[];
  occupations: EscoOccupation[];
}
