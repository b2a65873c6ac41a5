import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Six digital-competence skills in ESCO v1.1.1 have no type, five no reuse level; they stay null. */
export type EscoSkillType = 'skill/competence' | 'knowledge';
export type EscoReuseLevel = 'transversal' | 'cross-sector' | 'sector-specific' | 'occupation-specific';

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
  /** Only ~16% of skills have Dutch labels in the shipped data (see data/reference/ATTRIBUTION.md). */
  nl: string | null;
  nlAlt: string[];
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

interface ReferenceManifest {
  escoVersion: string;
}

/**
 * Reads the ESCO files written by scripts/data/build-reference-data.mjs. Synchronous on purpose: it runs once at
 * start-up or in a loader, and the whole taxonomy (~14 MB of JSON) parses in well under a second.
 */
export function readEscoTaxonomy(referenceDataDir: string): EscoTaxonomy {
  const manifest = JSON.parse(
    readFileSync(join(referenceDataDir, 'manifest.json'), 'utf8'),
  ) as ReferenceManifest;
  if (typeof manifest.escoVersion !== 'string') {
    throw new Error(`${referenceDataDir}/manifest.json has no escoVersion; rebuild with npm run data:build`);
  }
  return {
    version: manifest.escoVersion,
    skills: readJsonLines<EscoSkill>(join(referenceDataDir, 'esco', 'skills.jsonl.gz')),
    skillGroups: readJsonLines<EscoSkillGroup>(join(referenceDataDir, 'esco', 'skill-groups.jsonl.gz')),
    occupations: readJsonLines<EscoOccupation>(join(referenceDataDir, 'esco', 'occupations.jsonl.gz')),
  };
}

function readJsonLines<T>(path: string): T[] {
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  const records: T[] = [];
  for (const line of text.split('\n')) {
    if (line) records.push(JSON.parse(line) as T);
  }
  return records;
}
