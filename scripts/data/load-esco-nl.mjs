// Loads the official Dutch ESCO skill labels from the European Commission's download, for operators who have it:
//   npm run data:esco-nl -- "<path>/ESCO dataset - v1.2.0 - classification - nl - csv.zip"
// Reads skills_nl.csv from the zip (v1.1.x or v1.2.x), keeps the skills Werkbrug knows (ESCO v1.1.1 ids) and writes
// data/reference/esco/skills-nl-esco.jsonl.gz with its hash in manifest.json and a section in ATTRIBUTION.md. At
// start an official label then replaces Werkbrug's own translation (see data/vocabulary/README.md). Run it again
// after `npm run data:build`, which rebuilds data/reference from scratch. Nothing is written when the input is wrong.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { parseCsv } from './csv.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUTPUT = 'esco/skills-nl-esco.jsonl.gz';
const SECTION_START = '<!-- data:esco-nl -->';
const SECTION_END = '<!-- /data:esco-nl -->';
/** Far fewer Dutch skills than this means the zip is not the Dutch classification (or a partial export). */
const MIN_SKILLS = 10_000;

function fail(message) {
  console.error(`data:esco-nl: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const args = { zip: null, referenceDir: join(repoRoot, 'data', 'reference') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--reference-dir') args.referenceDir = resolve(argv[++i] ?? '');
    else if (!args.zip) args.zip = resolve(argv[i]);
    else fail(`unexpected argument ${argv[i]}`);
  }
  if (!args.zip)
    fail(
      'give the path of the ESCO "classification - nl - csv" zip (v1.1.x or v1.2.x) from esco.ec.europa.eu',
    );
  return args;
}

/** The ESCO version in the download's file name ("ESCO dataset - v1.2.0 - classification - nl - csv.zip"). */
function versionOf(zipPath) {
  const match = /v(\d+\.\d+(?:\.\d+)?)/i.exec(basename(zipPath));
  if (!match)
    fail(`cannot tell the ESCO version from the file name ${basename(zipPath)}; keep the EC's file name`);
  if (!/^1\.[12](\.|$)/.test(match[1])) fail(`ESCO v${match[1]} is not supported (v1.1.x or v1.2.x)`);
  return match[1];
}

function skillsCsv(zipPath) {
  if (!existsSync(zipPath)) fail(`no such file: ${zipPath}`);
  let entries;
  try {
    entries = unzipSync(readFileSync(zipPath), {
      filter: (file) => basename(file.name).toLowerCase() === 'skills_nl.csv',
    });
  } catch (error) {
    fail(`${basename(zipPath)} is not a readable zip (${error.message})`);
  }
  const [name] = Object.keys(entries);
  if (!name)
    fail(`${basename(zipPath)} holds no skills_nl.csv: is it the Dutch (nl) CSV classification download?`);
  return new TextDecoder('utf-8').decode(entries[name]).replace(/^\uFEFF/, '');
}

/** ESCO lists alternative labels one per line inside the field (some exports join them with " | "). */
function alternatives(field, preferred) {
  const seen = new Set([preferred]);
  return field
    .split(/\n| \| /)
    .map((label) => label.trim())
    .filter((label) => label && !seen.has(label) && seen.add(label));
}

function main() {
  const { zip, referenceDir } = parseArgs(process.argv.slice(2));
  const version = versionOf(zip);
  const manifestPath = join(referenceDir, 'manifest.json');
  if (!existsSync(manifestPath)) fail(`${referenceDir} has no manifest.json; run npm run data:build first`);
  const known = new Set(
    gunzipSync(readFileSync(join(referenceDir, 'esco', 'skills.jsonl.gz')))
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line).id),
  );
  const rows = parseCsv(skillsCsv(zip));
  if (!rows.length || !('conceptUri' in rows[0]) || !('preferredLabel' in rows[0]))
    fail('skills_nl.csv has no conceptUri and preferredLabel columns');
  const records = [];
  for (const row of rows) {
    const match = /^http:\/\/data\.europa\.eu\/esco\/skill\/([0-9a-f-]{36})$/.exec(row.conceptUri);
    const nl = row.preferredLabel.trim();
    if (!match || !known.has(match[1]) || !nl) continue;
    records.push({ id: match[1], nl, nlAlt: alternatives(row.altLabels ?? '', nl) });
  }
  if (records.length < MIN_SKILLS)
    fail(`only ${records.length} skills matched Werkbrug's ESCO skills; expected the full classification`);
  records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const bytes = gzipSync(records.map((r) => JSON.stringify(r)).join('\n') + '\n');

  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.officialDutchSkills = { escoVersion: version, zip: basename(zip), skills: records.length };
  manifest.sha256[OUTPUT] = createHash('sha256').update(bytes).digest('hex');
  const attributionPath = join(referenceDir, 'ATTRIBUTION.md');
  const previous = readFileSync(attributionPath, 'utf8');
  const kept = previous.includes(SECTION_START)
    ? previous.slice(0, previous.indexOf(SECTION_START)) +
      previous.slice(previous.indexOf(SECTION_END) + SECTION_END.length)
    : previous;
  const section = `${SECTION_START}
## Official Dutch skill labels (\`${OUTPUT}\`)

This service uses the ESCO classification of the European Commission. Loaded with \`npm run data:esco-nl\` from the
EC download \`${basename(zip)}\` (ESCO v${version}, \`skills_nl.csv\`): the Dutch preferred and alternative labels
of ${records.length.toLocaleString('en-GB')} skills, joined to the ESCO v1.1.1 skills by concept URI. They replace
Werkbrug's own translations; reuse is authorised under Decision 2011/833/EU with the source acknowledged.
${SECTION_END}
`;
  // Written last and together: a failure above leaves the reference data as it was.
  writeFileSync(join(referenceDir, OUTPUT), bytes);
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  writeFileSync(attributionPath, kept.trimEnd() + '\n\n' + section);
  console.log(
    JSON.stringify({ escoVersion: version, skills: records.length, file: join(referenceDir, OUTPUT) }),
  );
}

main();
