import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGeoReference } from '@werkbrug/geo/geo-data';
import { readEscoTaxonomy } from '@werkbrug/taxonomy/esco-data';
import type { DataSource, EntityManager } from 'typeorm';

const REFERENCE_SET = 'reference-data';
const CHUNK = 5000;

/**
 * Loads the shipped reference data (regions, municipalities, PC4 areas, ESCO skills and occupations) into
 * PostgreSQL so that foreign keys protect every PC4 and skill id the product stores. Idempotent: the manifest's
 * hash is remembered, and an unchanged data set costs one query. Rows are upserted, never deleted, because
 * profiles and vacancies may point at them.
 */
export async function loadReferenceData(
  dataSource: DataSource,
  referenceDataDir: string,
): Promise<'loaded' | 'unchanged'> {
  const manifestHash = createHash('sha256')
    .update(readFileSync(join(referenceDataDir, 'manifest.json')))
    .digest('hex');
  const current: { sha256: string }[] = await dataSource.query(
    `SELECT sha256 FROM reference_data_version WHERE name = $1`,
    [REFERENCE_SET],
  );
  if (current[0]?.sha256 === manifestHash) return 'unchanged';

  const geo = readGeoReference(referenceDataDir);
  const esco = readEscoTaxonomy(referenceDataDir);
  await dataSource.transaction(async (tx) => {
    await upsert(
      tx,
      'labour_market_region',
      ['code', 'name', 'latitude', 'longitude'],
      'code',
      geo.regions.map((r) => [r.code, r.name, r.lat, r.lon]),
      ['text', 'text', 'float8', 'float8'],
    );
    await upsert(
      tx,
      'municipality',
      ['code', 'name', 'region_code', 'province'],
      'code',
      geo.municipalities.map((m) => [m.code, m.name, m.regionCode, m.province]),
      ['text', 'text', 'text', 'text'],
    );
    await upsert(
      tx,
      'postcode_area',
      ['pc4', 'places', 'municipality_code', 'municipality_name', 'region_code', 'latitude', 'longitude'],
      'pc4',
      geo.postcodeAreas.map((p) => [
        p.pc4,
        p.places.join(', '),
        p.municipalityCode,
        p.municipalityName,
        p.regionCode,
        p.lat,
        p.lon,
      ]),
      ['text', 'text', 'text', 'text', 'text', 'float8', 'float8'],
    );
    await upsert(
      tx,
      'esco_skill',
      [
        'id',
        'skill_type',
        'reuse_level',
        'label_en',
        'label_nl',
        'label_nl_source',
        'alt_labels_en',
        'alt_labels_nl',
        'occupation_count',
      ],
      'id',
      esco.skills.map((s) => [
        s.id,
        s.type,
        s.reuse,
        s.en,
        s.nl,
        s.nlSource ?? null,
        s.enAlt,
        s.nlAlt,
        s.occupations,
      ]),
      ['uuid', 'text', 'text', 'text', 'text', 'text', 'text[]', 'text[]', 'int4'],
    );
    await upsert(
      tx,
      'esco_occupation',
      ['id', 'code', 'isco_group', 'label_en', 'label_nl'],
      'id',
      esco.occupations.map((o) => [o.id, o.code, o.isco, o.en, o.nl]),
      ['uuid', 'text', 'text', 'text', 'text'],
    );
    const known = new Set(esco.skills.map((s) => s.id));
    const links = esco.occupations.flatMap((o) => [
      ...o.essential.filter((id) => known.has(id)).map((id) => [o.id, id, true]),
      ...o.optional.filter((id) => known.has(id)).map((id) => [o.id, id, false]),
    ]);
    await upsert(
      tx,
      'esco_occupation_skill',
      ['occupation_id', 'skill_id', 'essential'],
      'occupation_id, skill_id',
      links,
      ['uuid', 'uuid', 'bool'],
    );
    await tx.query(
      `INSERT INTO reference_data_version (name, sha256) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET sha256 = excluded.sha256, loaded_at = now()`,
      [REFERENCE_SET, manifestHash],
    );
  });
  return 'loaded';
}

/** Bulk upsert through one JSON parameter per chunk: thousands of rows per round trip. */
async function upsert(
  tx: EntityManager,
  table: string,
  columns: string[],
  conflictTarget: string,
  rows: unknown[][],
  types: string[],
): Promise<void> {
  const keys = conflictTarget.split(',').map((k) => k.trim());
  const updates = columns.filter((c) => !keys.includes(c)).map((c) => `${c} = excluded.${c}`);
  const recordType = columns.map((c, i) => `${c} ${types[i] === 'text[]' ? 'jsonb' : types[i]}`).join(', ');
  const selectList = columns
    .map((c, i) => (types[i] === 'text[]' ? `ARRAY(SELECT jsonb_array_elements_text(x.${c}))` : `x.${c}`))
    .join(', ');
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows
      .slice(start, start + CHUNK)
      .map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])));
    await tx.query(
      `INSERT INTO ${table} (${columns.join(', ')})
       SELECT ${selectList} FROM jsonb_to_recordset($1::jsonb) AS x(${recordType})
       ON CONFLICT (${conflictTarget}) DO ${updates.length ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`,
      [JSON.stringify(chunk)],
    );
  }
}
