import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

// The taxonomy's shape lives in @werkbrug/core, so the pure matching core can use it without this file's I/O.
export type {
  EscoOccupation,
  EscoRelatedSkill,
  EscoReuseLevel,
  EscoSkill,
  EscoSkillGroup,
  EscoSkillType,
  EscoTaxonomy,
} from '@werkbrug/core/esco-taxonomy';
import type { EscoOccupation, EscoSkill, EscoSkillGroup, EscoTaxonomy } from '@werkbrug/core/esco-taxonomy';

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
