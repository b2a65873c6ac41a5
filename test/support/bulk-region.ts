import type { DataSource } from 'typeorm';

/**
 * A region in bulk, straight in SQL: every candidate active with one to six skills, every vacancy open requiring one
 * to three, all from a shared pool of 60, so that many pairs share a skill.
 */
export async function seedBulkRegion(
  db: DataSource,
  { region, candidates, vacancies }: { region: string; candidates: number; vacancies: number },
): Promise<void> {
  // One transaction, so the temporary tables live on the one connection that uses them.
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO employer (name, sector, region_code)
       SELECT 'Werkgever ' || n, (ARRAY['CARE','RETAIL','LOGISTICS','CLEANING'])[1 + n % 4], $1 FROM generate_series(1, 8) n`,
      [region],
    );
    await tx.query(
      `CREATE TEMP TABLE pool AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM esco_skill WHERE occupation_count > 20 ORDER BY id LIMIT 60`,
    );
    await tx.query(
      `CREATE TEMP TABLE places AS SELECT pc4, row_number() OVER (ORDER BY pc4) AS n FROM postcode_area WHERE region_code = $1`,
      [region],
    );
    await tx.query(
      `CREATE TEMP TABLE bosses AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM employer WHERE region_code = $1`,
      [region],
    );
    await tx.query(
      `INSERT INTO candidate_profile (public_code, employer_id, region_code, track, hours_min, hours_max, home_pc4,
         max_travel_km, travel_mode, sharing_scope, consent_status, status)
       SELECT 'WB-C' || n, (SELECT id FROM bosses WHERE bosses.n = 1 + g.n % 8), $1, 'WORK_TO_WORK', 16, 36,
         (SELECT pc4 FROM places WHERE places.n = 1 + (g.n * 7) % (SELECT count(*) FROM places)), 30, 'CAR', 'REGION',
         'GIVEN', 'ACTIVE'
       FROM generate_series(1, ${candidates}) AS g(n)`,
      [region],
    );
    // Skills drawn per row by a hash of the row: a random() in the join condition is evaluated once per pool row,
    // which gave every candidate the same single skill and no vacancy a skill in common with anyone.
    await tx.query(
      `INSERT INTO candidate_strength (candidate_id, skill_id, level)
       SELECT DISTINCT ON (c.id, p.id) c.id, p.id, 1 + (k % 4)
       FROM candidate_profile c CROSS JOIN generate_series(1, 6) k
       JOIN pool p ON p.n = 1 + abs(hashtext(c.id::text || ':' || k)) % 60
       WHERE c.region_code = $1
       ORDER BY c.id, p.id`,
      [region],
    );
    await tx.query(
      `INSERT INTO vacancy (employer_id, region_code, title, description, location_pc4, hours_min, hours_max, work_days,
         shifts, contract_type, kind, positions, status)
       SELECT (SELECT id FROM bosses WHERE bosses.n = 1 + g.n % 8), $1, 'Vacature ' || n, 'Werk in de regio.',
         (SELECT pc4 FROM places WHERE places.n = 1 + (g.n * 13) % (SELECT count(*) FROM places)), 20, 32,
         '{MON,TUE,WED}', '{DAY}', 'PERMANENT', 'JOB', 1, 'OPEN'
       FROM generate_series(1, ${vacancies}) AS g(n)`,
      [region],
    );
    await tx.query(
      `INSERT INTO vacancy_skill (vacancy_id, skill_id, requirement)
       SELECT DISTINCT ON (v.id, p.id) v.id, p.id, 'REQUIRED'
       FROM vacancy v CROSS JOIN generate_series(1, 3) k
       JOIN pool p ON p.n = 1 + abs(hashtext(v.id::text || ':' || k)) % 60
       WHERE v.region_code = $1
       ORDER BY v.id, p.id`,
      [region],
    );
    await tx.query(`DROP TABLE pool, places, bosses`);
  });
}

/** A region's stored lists as one digest: two runs on the same data must end in the same one. */
export async function regionListDigest(
  db: DataSource,
  region: string,
): Promise<{ lists: number; digest: string }> {
  return (
    await db.query(
      `SELECT count(*)::int AS lists, md5(string_agg(side || owner_id || other_ids::text || scores::text, '|'
         ORDER BY side, owner_id)) AS digest FROM match_list WHERE region_code = $1`,
      [region],
    )
  )[0] as { lists: number; digest: string };
}
