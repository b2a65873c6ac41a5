import { randomUUID } from 'node:crypto';
import { Sector } from '@werkbrug/core';
import { NotificationsService } from '@werkbrug/notifications';
import { dropTestDatabase } from '@werkbrug/testing';
import { DataSource } from 'typeorm';
import { Fixtures } from './support/fixtures';
import { createMigratedTestDatabase } from './support/helpers-infra';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The mail outbox: a sender claims unsent notifications, sends them and marks them; nothing is handed out twice,
 * and a claim whose sender died is handed out again after its lease. Own database and no worker, so this test is
 * the only sender: the worker's mailer would otherwise take the messages first.
 */
const REGION = 'AM38';

describe('mail outbox', () => {
  let database: { name: string; url: string };
  let t: TestApp;
  let outbox: NotificationsService;

  beforeAll(async () => {
    database = await createMigratedTestDatabase('mail_outbox');
    t = await createTestApp({
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `werkbrug-mail-outbox-${randomUUID().slice(0, 8)}`,
    });
    outbox = t.app.get(NotificationsService);
    const employerId = (await new Fixtures(t).employer(REGION, Sector.CARE)).id;
    // One transaction each, so each message has its own time (a transaction's now() is its start).
    for (let i = 0; i < 12; i++)
      await t.app.get(DataSource).transaction((tx) =>
        outbox.notify(tx, [{ employerId }], {
          kind: 'TEST',
          subjectType: 'Vacancy',
          subjectId: randomUUID(),
          text: { nl: `Bericht ${i}`, en: `Message ${i}` },
        }),
      );
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    if (database) await dropTestDatabase(database.name);
  });

  it('hands each message to one sender, oldest first, and not again once marked', async () => {
    const first = await outbox.claimForMail(5);
    const second = await outbox.claimForMail(1000);
    expect(first).toHaveLength(5);
    expect(second).toHaveLength(7);
    expect(new Set([...first, ...second].map((m) => m.id)).size).toBe(12);
    expect(first.map((m) => m.textEn)).toEqual([
      'Message 0',
      'Message 1',
      'Message 2',
      'Message 3',
      'Message 4',
    ]);
    await outbox.markMailed(first.map((m) => m.id));
    // The second claim is still within its lease: nobody else gets it while its sender works on it.
    expect(await outbox.claimForMail(1000)).toEqual([]);
  });

  it('hands a claim out again when its sender did not finish within the lease', async () => {
    const db = t.app.get(DataSource);
    await db.query(
      `UPDATE notification SET mail_claimed_at = now() - interval '11 minutes' WHERE mailed_at IS NULL`,
    );
    const again = await outbox.claimForMail(1000);
    expect(again.map((m) => m.textEn).sort()).toEqual(
      ['Message 5', 'Message 6', 'Message 7', 'Message 8', 'Message 9', 'Message 10', 'Message 11'].sort(),
    );
    await outbox.markMailed(again.map((m) => m.id));
    const [{ unsent }] = await db.query(
      `SELECT count(*)::int AS unsent FROM notification WHERE mailed_at IS NULL`,
    );
    expect(unsent).toBe(0);
  });
});
