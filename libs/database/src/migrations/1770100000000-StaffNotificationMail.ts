import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * HR leads and the mobility team get a short mail when there is news for them in Werkbrug, as job seekers who
 * asked for it do. On by default (it is their work); each can turn it off for themselves.
 */
export class StaffNotificationMail1770100000000 implements MigrationInterface {
  name = 'StaffNotificationMail1770100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user_account ADD COLUMN notification_mail boolean NOT NULL DEFAULT true`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user_account DROP COLUMN notification_mail`);
  }
}
