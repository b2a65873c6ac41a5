import { existsSync, readFileSync } from 'node:fs';
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

/** Werkbrug's Dutch skill vocabulary (data/vocabulary, copied by data:build): id, sector, source, label, words. */
export const WERKBRUG_VOCABULARY_FILE = join('esco', 'skills-nl-werkbrug.tsv');
/** Official Dutch ESCO skill labels, written by `npm run data:esco-nl` from the EC download when an operator has it. */
export const OFFICIAL_DUTCH_FILE = join('esco', 'skills-nl-esco.jsonl.gz');

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
  const skills = readJsonLines<EscoSkill>(join(referenceDataDir, 'esco', 'skills.jsonl.gz'));
  const officialPath = join(referenceDataDir, OFFICIAL_DUTCH_FILE);
  const official = existsSync(officialPath) ? readJsonLines<OfficialDutchLabels>(officialPath) : [];
  const vocabularyPath = join(referenceDataDir, WERKBRUG_VOCABULARY_FILE);
  const vocabulary = existsSync(vocabularyPath) ? readVocabulary(readFileSync(vocabularyPath, 'utf8')) : [];
  return {
    version: manifest.escoVersion,
    skills: withDutchLabels(skills, official, vocabulary),
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

/** One skill's official Dutch labels, as `data:esco-nl` writes them. */
export interface OfficialDutchLabels {
  id: string;
  nl: string;
  nlAlt: string[];
}

/** One row of Werkbrug's vocabulary: a Dutch label (Werkbrug's own, or a copy of the official one) and words. */
export interface VocabularyEntry {
  id: string;
  sector: string;
  source: 'esco' | 'werkbrug';
  label: string;
  everyday: string[];
}

/** Parses the vocabulary TSV; a malformed row is a broken data file, so it fails loudly with its line number. */
export function readVocabulary(text: string): VocabularyEntry[] {
  const [header, ...lines] = text.split('\n');
  if (header !== 'id\tsector\tsource\tlabel_nl\teveryday_nl')
    throw new Error(`${WERKBRUG_VOCABULARY_FILE}: unexpected header ${JSON.stringify(header)}`);
  return lines.flatMap((line, i) => {
    if (line === '') return [];
    const cells = line.split('\t');
    const [id, sector, source, label, everyday] = cells;
    if (cells.length !== 5 || !label || (source !== 'esco' && source !== 'werkbrug'))
      throw new Error(`${WERKBRUG_VOCABULARY_FILE}:${i + 2}: malformed row`);
    return [{ id, sector, source, label, everyday: everyday ? everyday.split('|') : [] }];
  });
}

/**
 * The skills with their Dutch labels in order of authority: official ESCO labels loaded by an operator, then the
 * official ones shipped, then Werkbrug's translations. The everyday words always join the alternative labels, so
 * search and suggestions find "heftruck" whoever wrote the preferred label.
 */
export function withDutchLabels(
  skills: readonly EscoSkill[],
  official: readonly OfficialDutchLabels[],
  vocabulary: readonly VocabularyEntry[],
): EscoSkill[] {
  const officialById = new Map(official.map((o) => [o.id, o]));
  const vocabularyById = new Map(vocabulary.map((v) => [v.id, v]));
  return skills.map((skill) => {
    const loaded = officialById.get(skill.id);
    const entry = vocabularyById.get(skill.id);
    const nl = loaded?.nl ?? skill.nl ?? (entry?.source === 'werkbrug' ? entry.label : null);
    const nlSource = loaded || skill.nl ? 'ESCO' : nl ? 'WERKBRUG' : null;
    // Once an official label replaces Werkbrug's translation, the translation still finds the skill.
    const translation = entry?.source === 'werkbrug' ? [entry.label] : [];
    const alternatives = [...(loaded?.nlAlt ?? skill.nlAlt), ...translation, ...(entry?.everyday ?? [])];
    const seen = new Set([nl?.toLowerCase()]);
    const nlAlt = alternatives.filter((label) => {
      const key = label.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { ...skill, nl, nlAlt, nlSource };
  });
}
