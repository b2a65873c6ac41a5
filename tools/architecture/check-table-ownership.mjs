#!/usr/bin/env node
// Every table has one owning lib; only that lib touches it. This check finds, in the product code (libs/*/src and
// apps/{gateway,worker}/src, without migrations and tests), every SQL text that names another lib's table and
// every use of another lib's TypeORM entity class, and compares them with the baseline of known debt
// (tools/architecture/table-ownership.baseline.json):
//   - a reference not in the baseline fails: go through the owner's exported functions instead;
//   - a baseline entry that is gone fails too, until the baseline is updated (`--update`), so it only shrinks.
// `--report` prints the counts the architecture issue asks for (raw queries, cross-lib references by pair).
//
// SQL lives in store files: a raw `.query(` or a `createQueryBuilder(` in product code outside a `*.store.ts` file
// fails, so services hold logic and each lib's data access is in files named for what they store. The
// infrastructure libs (database: migrations runner, connectivity, reference data; core: generic SQL helpers that
// stores call; testing) are exempt.
//
// Published views: where another lib must join an owner's data in one SQL statement (the viewer of every request,
// regional figures), the owner publishes a view in a migration, `CREATE VIEW x …` followed by
// `COMMENT ON VIEW x IS 'Published by <lib>: …'`. The view belongs to its publisher, who keeps its columns and
// meaning when the tables behind it change; any lib may read it (FROM / JOIN), only the publisher may write
// through it. A view in a migration without such a comment fails the check.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const BASELINE = join(import.meta.dirname, 'table-ownership.baseline.json');

/** Tables created by migrations without an entity class, with the lib that owns them. */
const OWNED_WITHOUT_ENTITY = {
  esco_occupation_skill: 'taxonomy',
  match_list: 'matching',
  network_review_reminder: 'networks',
  rematch_chunk: 'matching',
  reference_data_version: 'database',
  retention_run: 'data-rights',
  staff_account_activation: 'accounts',
  trajectory_fact: 'trajectories',
  trajectory_fact_rebuild: 'trajectories',
  early_start_reminder_week: 'trajectories',
  trajectory_report: 'trajectories',
  trajectory_report_receipt: 'trajectories',
};

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name === 'node_modules' || name === 'migrations' || name === 'generated') continue;
      walk(path, out);
    } else if (name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** `libs/<lib>/…` → lib; `apps/<app>/…` → app. */
function moduleOf(file) {
  const [top, name] = relative(ROOT, file).split(sep);
  return top === 'libs' || top === 'apps' ? name : null;
}

const libs = readdirSync(join(ROOT, 'libs'));
// The entity registry (libs/database/src/entities.ts) lists every class for TypeORM: it reads no table.
const REGISTRY = join(ROOT, 'libs', 'database', 'src', 'entities.ts');
const productFiles = [
  ...libs.flatMap((lib) => walk(join(ROOT, 'libs', lib, 'src'))),
  ...['gateway', 'worker'].flatMap((app) => walk(join(ROOT, 'apps', app, 'src'))),
].filter((file) => file !== REGISTRY);

// Owners: each @Entity('table') belongs to the lib that declares it, plus the tables above.
const ownerOf = new Map(Object.entries(OWNED_WITHOUT_ENTITY));
const entityClassOwner = new Map();
for (const file of productFiles) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/@Entity\('([a-z_]+)'\)\s*(?:\/\*[\s\S]*?\*\/\s*)?export class (\w+)/g)) {
    ownerOf.set(m[1], moduleOf(file));
    entityClassOwner.set(m[2], moduleOf(file));
  }
}

// Migrations must not create a table nobody owns.
const migrationsDir = join(ROOT, 'libs', 'database', 'src', 'migrations');
const migrationText = readdirSync(migrationsDir)
  .map((f) => readFileSync(join(migrationsDir, f), 'utf8'))
  .join('\n');
const unowned = [...migrationText.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_]+)/g)]
  .map((m) => m[1])
  .filter((table) => !ownerOf.has(table));

// Published views and their publishers (see the top of this file).
const publisherOf = new Map(
  [...migrationText.matchAll(/COMMENT ON VIEW "?([a-z_]+)"? IS 'Published by ([a-z-]+)/g)].map((m) => [
    m[1],
    m[2],
  ]),
);
const views = [...migrationText.matchAll(/CREATE (?:OR REPLACE )?VIEW "?([a-z_]+)/g)].map((m) => m[1]);
const unpublished = views.filter((view) => !libs.includes(publisherOf.get(view)));

/** The entity class handed to TypeORM to read or write its table (not merely named as a type). */
const DATA_ACCESS = (name) =>
  new RegExp(
    `\\b(?:find\\w*|update|insert|delete|save|create|getRepository|createQueryBuilder|count\\w*|exist\\w*|upsert|` +
      `remove|increment|decrement|InjectRepository|forFeature)\\(\\s*\\[?[\\w\\s,]*\\b${name}\\b`,
  );
const SQL_REFERENCE = /\b(DELETE\s+FROM|FROM|JOIN|INTO|UPDATE|TABLE|REFERENCES)\s+(?:ONLY\s+)?"?([a-z_]+)"?/g;
const READ = /^(?:FROM|JOIN)$/;
const found = new Map(); // "file: table" → { from, owner }
const SQL_EXEMPT_MODULES = new Set(['database', 'core', 'testing']);
const sqlOutsideStores = []; // "file (n)"
let rawQueries = 0;
let rawQueryFiles = 0;
for (const file of productFiles) {
  const from = moduleOf(file);
  const text = readFileSync(file, 'utf8');
  const queries = text.match(/\.query(?:<[^>]*>)?\(/g)?.length ?? 0;
  rawQueries += queries;
  if (queries) rawQueryFiles++;
  const rel = relative(ROOT, file).split(sep).join('/');
  const dataAccess = queries + (text.match(/createQueryBuilder\(/g)?.length ?? 0);
  if (dataAccess && !file.endsWith('.store.ts') && !SQL_EXEMPT_MODULES.has(from))
    sqlOutsideStores.push(`${rel} (${dataAccess})`);
  for (const m of text.matchAll(SQL_REFERENCE)) {
    const [, keyword, name] = m;
    const publisher = publisherOf.get(name);
    if (publisher && publisher !== from && READ.test(keyword)) continue;
    const owner = ownerOf.get(name) ?? publisher;
    if (owner && owner !== from) found.set(`${rel}: ${name}`, { from, owner, kind: 'sql' });
  }
  // Entity classes of another lib used at run time (find, update, query builders); type-only imports are not.
  for (const m of text.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'@werkbrug\/([\w-]+)/g)) {
    if (m[1] || m[3] === from) continue;
    for (const spec of m[2].split(',')) {
      if (/^\s*type\s/.test(spec)) continue;
      const name = spec.trim().split(/\s+as\s+/)[0];
      const owner = entityClassOwner.get(name);
      if (owner && owner !== from && DATA_ACCESS(name).test(text))
        found.set(`${rel}: ${name}`, { from, owner, kind: 'entity' });
    }
  }
}

const args = new Set(process.argv.slice(2));
const current = [...found.keys()].sort();
if (args.has('--update')) {
  writeFileSync(BASELINE, `${JSON.stringify(current, null, 2)}\n`);
  console.log(`baseline written: ${current.length} known cross-lib references`);
  process.exit(0);
}
if (args.has('--report')) {
  const pairs = new Map();
  for (const { from, owner, kind } of found.values()) {
    const key = `${from} → ${owner} (${kind})`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  console.log(`raw .query() calls outside migrations: ${rawQueries} in ${rawQueryFiles} files`);
  console.log(`raw queries and query builders outside store files: ${sqlOutsideStores.length} files`);
  console.log(`references to another module's table: ${current.length}`);
  console.log(
    `published views: ${[...publisherOf].map(([view, lib]) => `${view} (${lib})`).join(', ') || 'none'}`,
  );
  for (const [pair, n] of [...pairs].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(n).padStart(3)}  ${pair}`);
}

const baseline = new Set(JSON.parse(readFileSync(BASELINE, 'utf8')));
const added = current.filter((ref) => !baseline.has(ref));
const gone = [...baseline].filter((ref) => !found.has(ref));
let failed = false;
if (unowned.length) {
  failed = true;
  console.error(
    `Tables without an owning lib: ${unowned.join(', ')} (declare an entity, or add to OWNED_WITHOUT_ENTITY).`,
  );
}
if (unpublished.length) {
  failed = true;
  console.error(
    `Views without a publishing lib: ${unpublished.join(', ')} ` +
      `(add COMMENT ON VIEW <view> IS 'Published by <lib>: …' in the migration).`,
  );
}
if (sqlOutsideStores.length) {
  failed = true;
  console.error(
    `SQL outside a store file (move it into the lib's <thing>.store.ts and call that):\n` +
      sqlOutsideStores.map((entry) => `  ${entry}`).join('\n'),
  );
}
if (added.length) {
  failed = true;
  console.error(
    `New references to another lib's table (call the owning lib's exported functions instead):\n` +
      added.map((ref) => `  ${ref} (owned by ${found.get(ref).owner})`).join('\n'),
  );
}
if (gone.length) {
  failed = true;
  console.error(
    `Fixed, so remove from the baseline (node tools/architecture/check-table-ownership.mjs --update):\n` +
      gone.map((ref) => `  ${ref}`).join('\n'),
  );
}
if (failed) process.exit(1);
console.log(
  `table ownership: ${current.length} known cross-lib references (baseline), no new ones; SQL only in store files`,
);
