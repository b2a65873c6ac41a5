import { MigrationInterface, QueryRunner } from 'typeorm';

/** An external counsellor reads the audit entries of what they did themselves, newest first, a page at a time. */
export class AuditActorIndex1770050000000 implements MigrationInterface {
  name = 'AuditActorIndex1770050000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX audit_entry_actor ON audit_entry (actor_user_id, id DESC) WHERE actor_user_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_entry_actor`);
  }
}
