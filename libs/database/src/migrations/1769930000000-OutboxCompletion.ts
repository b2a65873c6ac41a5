import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outbox event is done when the job it asked for has completed, not when Redis accepted the job: a Redis that
 * restarts empty loses accepted jobs, and their changes would never reach the match lists. `job_id` names the
 * BullMQ job that carries the event (coalesced events share one), so the worker's reconciler can ask Redis what
 * became of it. Events dispatched before this migration are taken as done: their jobs ran long ago.
 */
export class OutboxCompletion1769930000000 implements MigrationInterface {
  name = 'OutboxCompletion1769930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_event ADD COLUMN job_id text, ADD COLUMN completed_at timestamptz`);
    await q.query(`UPDATE outbox_event SET completed_at = dispatched_at WHERE dispatched_at IS NOT NULL`);
    await q.query(
      `CREATE INDEX outbox_event_unfinished_idx ON outbox_event(dispatched_at)
       WHERE dispatched_at IS NOT NULL AND completed_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_event_unfinished_idx`);
    await q.query(`ALTER TABLE outbox_event DROP COLUMN completed_at, DROP COLUMN job_id`);
  }
}
