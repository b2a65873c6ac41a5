import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The worker's notes in a placement's history (dates proposed, or why none could be) in English beside the Dutch
 * `note`, so every reader gets them in their own language. A person's note stays in their own words only.
 */
export class PlacementEventNoteEn1770090000000 implements MigrationInterface {
  name = 'PlacementEventNoteEn1770090000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE placement_event ADD COLUMN note_en text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE placement_event DROP COLUMN note_en`);
  }
}
