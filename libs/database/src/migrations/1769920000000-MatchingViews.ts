import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Views the candidates, vacancies, employers and geo libs publish for matching, which reads whole regions of
 * candidates and vacancies (a full rematch: 10,000 × 10,000) and ranks the region's pairs in one statement each.
 * Each view is a plain SELECT of one table's columns, which PostgreSQL's planner inlines, so those statements
 * keep their plans; each publishes only the columns matching uses (the identity table is never among them, so
 * protected traits cannot reach the model). See 1769910000000-PublishedViews.ts for what publishing means.
 */
export class MatchingViews1769920000000 implements MigrationInterface {
  name = 'MatchingViews1769920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW candidate_match_profile AS
      SELECT id, employer_id, region_code, status, consent_status, sharing_scope, hours_min, hours_max, home_pc4,
             max_travel_km, travel_mode, sectors_open, contract_types, available_from, contract_end_date, track,
             support_needs, updated_at
      FROM candidate_profile`);
    await q.query(
      `COMMENT ON VIEW candidate_match_profile IS 'Published by candidates: the work-related profile columns the matching model reads, without identity'`,
    );

    await q.query(
      `CREATE VIEW candidate_match_strength AS SELECT candidate_id, skill_id, level FROM candidate_strength`,
    );
    await q.query(
      `COMMENT ON VIEW candidate_match_strength IS 'Published by candidates: each candidate strength with its level, without evidence notes'`,
    );

    await q.query(
      `CREATE VIEW candidate_match_development_skill AS SELECT candidate_id, skill_id FROM candidate_development_skill`,
    );
    await q.query(
      `COMMENT ON VIEW candidate_match_development_skill IS 'Published by candidates: the skills each candidate wants to develop'`,
    );

    await q.query(
      `CREATE VIEW candidate_match_sharing AS SELECT candidate_id, employer_id FROM candidate_shared_employer`,
    );
    await q.query(
      `COMMENT ON VIEW candidate_match_sharing IS 'Published by candidates: the employers a profile is shared with by name'`,
    );

    await q.query(`
      CREATE VIEW vacancy_match_profile AS
      SELECT id, employer_id, region_code, status, location_pc4, hours_min, hours_max, contract_type, start_date,
             kind, work_days, shifts, updated_at
      FROM vacancy`);
    await q.query(
      `COMMENT ON VIEW vacancy_match_profile IS 'Published by vacancies: the vacancy columns the matching model reads'`,
    );

    await q.query(
      `CREATE VIEW vacancy_match_skill AS SELECT vacancy_id, skill_id, requirement FROM vacancy_skill`,
    );
    await q.query(
      `COMMENT ON VIEW vacancy_match_skill IS 'Published by vacancies: the skills each vacancy asks for, and how'`,
    );

    await q.query(`CREATE VIEW employer_sector AS SELECT id AS employer_id, sector FROM employer`);
    await q.query(
      `COMMENT ON VIEW employer_sector IS 'Published by employers: each employer and its sector'`,
    );

    await q.query(`CREATE VIEW postcode_location AS SELECT pc4, latitude, longitude FROM postcode_area`);
    await q.query(
      `COMMENT ON VIEW postcode_location IS 'Published by geo: where each four-digit postcode area lies'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW postcode_location`);
    await q.query(`DROP VIEW employer_sector`);
    await q.query(`DROP VIEW vacancy_match_skill`);
    await q.query(`DROP VIEW vacancy_match_profile`);
    await q.query(`DROP VIEW candidate_match_sharing`);
    await q.query(`DROP VIEW candidate_match_development_skill`);
    await q.query(`DROP VIEW candidate_match_strength`);
    await q.query(`DROP VIEW candidate_match_profile`);
  }
}
