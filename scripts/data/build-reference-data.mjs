// Builds data/reference/ from the read-only source CSVs (see the shared SOURCES.md): a compact, deterministic
// copy of only what the product reads at run time. Same inputs give the same bytes, so a diff in git or a
// changed hash in manifest.json always means the data changed. Usage: npm run data:build
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseCsv } from './csv.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sourceDir = resolve(repoRoot, process.env.SHARED_DATA_DIR ?? '../shared/data');
const outDir = join(repoRoot, 'data', 'reference');
const ESCO_VERSION = '1.1.1';
const GEO_FILES = [
  'nl_arbeidsmarktregios.csv',
  'nl_gemeenten_2026_arbeidsmarktregio.csv',
  'nl_pc4_centroids.csv',
  'nl_places_geonames.csv',
];

const inputHashes = {};
function readSource(relativePath) {
  const bytes = readFileSync(join(sourceDir, relativePath));
  inputHashes[relativePath] = sha256(bytes);
  return bytes;
}
const readCsv = (relativePath) => parseCsv(readSource(relativePath).toString('utf8'));
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Skills and occupations keep the bare UUID; ISCED-F fields (used as skill groups) keep the scheme: `isced-f/0011`. */
function conceptId(uri) {
  const match = /^http:\/\/data\.europa\.eu\/esco\/(?:skill\/|occupation\/)?(.+)$/.exec(uri);
  if (!match) throw new Error(`Unexpected ESCO concept URI: ${uri}`);
  return match[1];
}

/** Source alt-label lists repeat the preferred label and sometimes themselves; drop both. */
function altLabels(joined, preferred) {
  const seen = new Set([preferred]);
  const out = [];
  for (const label of joined.split(' | ').map((s) => s.trim())) {
    if (!label || seen.has(label)) continue;
    seen.add(label);
    out.push(label);
  }
  return out;
}

function pushTo(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildEsco() {
  const skillRows = readCsv('esco/skills_en.csv');
  const occupationRows = readCsv('esco/occupations_en.csv');
  const occupationIds = new Set(occupationRows.map((row) => conceptId(row.conceptUri)));

  const nlLabels = new Map();
  for (const row of readCsv('esco/skill_labels_nl_partial_v1.2.csv'))
    nlLabels.set(conceptId(row.conceptUri), row);

  const broader = new Map();
  const groupIds = new Set();
  for (const row of readCsv('esco/skill_broader_relations.csv')) {
    pushTo(broader, conceptId(row.conceptUri), conceptId(row.broaderUri));
    if (row.broaderType === 'SkillGroup') groupIds.add(conceptId(row.broaderUri));
    if (row.conceptType === 'SkillGroup') groupIds.add(conceptId(row.conceptUri));
  }

  const related = new Map();
  for (const row of readCsv('esco/skill_skill_relations.csv')) {
    const entry = { id: conceptId(row.relatedSkillUri), essential: row.relationType === 'essential' };
    pushTo(related, conceptId(row.originalSkillUri), entry);
  }

  // The relations file also points at one occupation that is absent from occupations_en.csv; skip it so
  // every count and list agrees with the occupations we ship.
  const essential = new Map();
  const optional = new Map();
  const occupationsPerSkill = new Map();
  let droppedRelations = 0;
  for (const row of readCsv('esco/occupation_skill_relations.csv')) {
    const occupationId = conceptId(row.occupationUri);
    if (!occupationIds.has(occupationId)) {
      droppedRelations++;
      continue;
    }
    const skillId = conceptId(row.skillUri);
    pushTo(row.relationType === 'essential' ? essential : optional, occupationId, skillId);
    occupationsPerSkill.set(skillId, (occupationsPerSkill.get(skillId) ?? 0) + 1);
  }

  const skills = skillRows
    .map((row) => {
      const id = conceptId(row.conceptUri);
      const nl = nlLabels.get(id);
      return {
        id,
        type: row.skillType || null,
        reuse: row.reuseLevel || null,
        en: row.preferredLabel,
        enAlt: altLabels(row.altLabels, row.preferredLabel),
        nl: nl?.preferredLabel_nl || null,
        nlAlt: nl ? altLabels(nl.altLabels_nl, nl.preferredLabel_nl) : [],
        broader: [...new Set(broader.get(id) ?? [])].sort(),
        related: (related.get(id) ?? []).sort(byId),
        occupations: occupationsPerSkill.get(id) ?? 0,
      };
    })
    .sort(byId);

  // No English skill-group labels are in the shared data (skillGroups_en.csv was not extracted).
  const skillGroups = [...groupIds]
    .map((id) => ({
      id,
      en: null,
      nl: nlLabels.get(id)?.preferredLabel_nl || null,
      broader: [...new Set(broader.get(id) ?? [])].sort(),
    }))
    .sort(byId);

  const nlOccupations = new Map();
  for (const row of readCsv('esco/occupations_nl_v1.2.csv')) {
    const id = conceptId(row.conceptUri);
    if (row.inV111 === '1' && !nlOccupations.has(id)) nlOccupations.set(id, row);
  }
  const occupations = occupationRows
    .map((row) => {
      const id = conceptId(row.conceptUri);
      const nl = nlOccupations.get(id);
      return {
        id,
        code: row.code,
        isco: row.iscoGroup,
        en: row.preferredLabel,
        enAlt: altLabels(row.altLabels, row.preferredLabel),
        nl: nl?.preferredLabel_nl || null,
        nlAlt: nl ? altLabels(nl.altLabels_nl, nl.preferredLabel_nl) : [],
        essential: (essential.get(id) ?? []).sort(),
        optional: (optional.get(id) ?? []).sort(),
      };
    })
    .sort(byId);

  return { skills, skillGroups, occupations, droppedRelations };
}

/** zlib writes mtime 0; the OS byte varies by platform, so pin it to get the same bytes everywhere. */
function jsonlGz(records) {
  const gz = gzipSync(Buffer.from(records.map((r) => JSON.stringify(r)).join('\n') + '\n'), { level: 9 });
  gz[9] = 3;
  return gz;
}

function attribution(counts, droppedRelations) {
  const n = (x) => String(x).replace(/\B(?=(\d{3})+$)/g, ',');
  return `# Reference data: sources and licences

Generated by \`npm run data:build\` (\`scripts/data/build-reference-data.mjs\`); do not edit by hand.
\`manifest.json\` holds the SHA-256 of every input and output file.

## ESCO (\`esco/\`)

This service uses the ESCO classification of the European Commission.

- ESCO is published by the European Commission free of charge; reuse is authorised under Decision 2011/833/EU with the source acknowledged.
- English, ESCO v${ESCO_VERSION}: the EC CSV downloads via GitHub \`tabiya-tech/tabiya-esco-datasets-and-tools\` (commit 1a8a32ef).
- Dutch labels, ESCO v1.2.x, via GitHub \`richting/richting\` (commit 6c97e26b), partial: ${n(counts.skillsWithDutchLabel)} of ${n(counts.skills)} skills (transversal, language, digital, green and research collections) and ${n(counts.occupationsWithDutchLabel)} of ${n(counts.occupations)} occupations.

What was changed:
- Concept URIs are shortened to the UUID after \`/esco/skill/\` or \`/esco/occupation/\`; ISCED-F skill groups keep their scheme (\`isced-f/0011\`).
- Descriptions, status and collections are dropped. Alternative labels are split on \` | \`; duplicates and the preferred label are removed.
- Broader, skill-to-skill and occupation-to-skill relations are folded into the records; ${droppedRelations} of the occupation-skill relations point at an occupation missing from v${ESCO_VERSION} and are dropped (${n(counts.occupationSkillRelations)} kept). Each skill carries the number of occupations that use it.
- Dutch v1.2 labels are joined to v${ESCO_VERSION} concepts by URI. The source has no English skill-group labels.
- \`isco-groups.csv\` is unchanged.

## Werkbrug's Dutch skill vocabulary (\`esco/skills-nl-werkbrug.tsv\`)

Copied unchanged from \`data/vocabulary/skills-nl-werkbrug.tsv\` (see the README there): ${n(counts.skillsInWerkbrugVocabulary)} skills of the sectors Werkbrug serves and all transversal and language skills, each with a Dutch preferred label — the official ESCO label where there is one (\`source\` \`esco\`), else Werkbrug's own translation (${n(counts.skillsWithWerkbrugLabel)}, \`source\` \`werkbrug\`) — and for ${n(counts.skillsWithEverydayWords)} of them the everyday words HR advisers and job seekers use. Werkbrug's translations and words are Werkbrug's own work, under the repository's licence; they are not ESCO and give way to official labels loaded with \`npm run data:esco-nl\`.

## Geography (\`geo/\`, files unchanged)

- GeoNames postal codes (snapshot 2024-04-12, via GitHub \`symerio/postal-codes-data\`) and populated places (via \`fyris-rd/plaatsen_in_nederland\`): CC BY 4.0, © GeoNames, https://www.geonames.org/. PC4 centroids are the mean of the GeoNames places in each PC4.
- CBS "Gebieden in Nederland" 2026 (municipality → labour market region, COROP, province), via GitHub \`ahrnuld/jobmarket\`: CC BY 4.0, © CBS, https://www.cbs.nl/. Region and municipality centroids are computed from the GeoNames postal codes.
`;
}

function main() {
  if (!existsSync(join(sourceDir, 'SOURCES.md'))) {
    console.error(`No source data in ${sourceDir}; set SHARED_DATA_DIR`);
    process.exit(1);
  }
  const { skills, skillGroups, occupations, droppedRelations } = buildEsco();
  // Everything is read before anything is written, so a failed read never leaves a half-built directory.
  const outputs = {
    'esco/skills.jsonl.gz': jsonlGz(skills),
    'esco/skill-groups.jsonl.gz': jsonlGz(skillGroups),
    'esco/occupations.jsonl.gz': jsonlGz(occupations),
    'esco/isco-groups.csv': readSource('esco/isco_groups.csv'),
    // Werkbrug's own Dutch vocabulary lives in the repo (data/vocabulary), not with the shared inputs.
    'esco/skills-nl-werkbrug.tsv': readFileSync(
      join(repoRoot, 'data', 'vocabulary', 'skills-nl-werkbrug.tsv'),
    ),
  };
  const vocabulary = outputs['esco/skills-nl-werkbrug.tsv']
    .toString('utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean);
  const werkbrugLabels = vocabulary.filter((line) => line.split('\t')[2] === 'werkbrug').length;
  const everydayWords = vocabulary.filter((line) => line.split('\t')[4]).length;
  const geoRows = {};
  for (const file of GEO_FILES) {
    outputs[`geo/${file}`] = readSource(`geo/${file}`);
    geoRows[file] = parseCsv(outputs[`geo/${file}`].toString('utf8')).length;
  }
  const counts = {
    skills: skills.length,
    skillsWithDutchLabel: skills.filter((s) => s.nl !== null).length,
    skillsInWerkbrugVocabulary: vocabulary.length,
    skillsWithWerkbrugLabel: werkbrugLabels,
    skillsWithEverydayWords: everydayWords,
    skillsUsedByOccupations: skills.filter((s) => s.occupations > 0).length,
    skillGroups: skillGroups.length,
    occupations: occupations.length,
    occupationsWithDutchLabel: occupations.filter((o) => o.nl !== null).length,
    occupationSkillRelations: occupations.reduce((n, o) => n + o.essential.length + o.optional.length, 0),
    skillSkillRelations: skills.reduce((n, s) => n + s.related.length, 0),
    regions: geoRows['nl_arbeidsmarktregios.csv'],
    municipalities: geoRows['nl_gemeenten_2026_arbeidsmarktregio.csv'],
    postcodeAreas: geoRows['nl_pc4_centroids.csv'],
    places: geoRows['nl_places_geonames.csv'],
  };
  const manifest = {
    escoVersion: ESCO_VERSION,
    builtFrom: {
      script: 'scripts/data/build-reference-data.mjs',
      provenance: 'SOURCES.md next to the inputs',
      sha256: inputHashes,
    },
    counts,
    sha256: Object.fromEntries(
      Object.keys(outputs)
        .sort()
        .map((path) => [path, sha256(outputs[path])]),
    ),
  };

  // Stale files from an earlier layout must not linger next to a manifest that does not list them.
  rmSync(outDir, { recursive: true, force: true });
  for (const [relativePath, bytes] of Object.entries(outputs)) {
    mkdirSync(dirname(join(outDir, relativePath)), { recursive: true });
    writeFileSync(join(outDir, relativePath), bytes);
  }
  writeFileSync(join(outDir, 'ATTRIBUTION.md'), attribution(counts, droppedRelations));
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  console.log(JSON.stringify({ outDir: 'data/reference', counts }));
}

main();
