import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a skill's Dutch label comes from: an official ESCO label, or Werkbrug's own translation (data/vocabulary),
 * which official labels replace once an operator loads them. Null while a skill has no Dutch label, so a reader
 * can mark the English fallback. The reference-data loader fills it.
 */
export class DutchSkillLabelSource1770060000000 implements MigrationInterface {
  name = 'DutchSkillLabelSource1770060000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE esco_skill ADD COLUMN label_nl_source text
         CHECK (label_nl_source IN ('ESCO', 'WERKBRUG'))`,
    );
    await q.query(`UPDATE esco_skill SET label_nl_source = 'ESCO' WHERE label_nl IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE esco_skill DROP COLUMN label_nl_source`);
  }
}
