import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { MailDelivery, mailDirectory, mailsTo, queueMail } from '@werkbrug/mail';
import { DataSource } from 'typeorm';
import { createTestApp, createTestWorker, TestApp } from './support/test-app';

/** The mail outbox: mail leaves through the worker, is retried when the server fails, and keeps no secrets. */
describe('mail delivery', () => {
  let t: TestApp;
  let db: DataSource;
  const address = () => `mail-${randomUUID().slice(0, 8)}@test.werkbrug.nl`;
  const queue = (to: string, text = 'Je code: ABCD-EFGH-JKLM', purpose = 'test') =>
    db.transaction((tx) => queueMail(tx, { to, purpose, subject: 'Test — één', text }));
  const row = async (id: string) =>
    (
      await db.query(
        `SELECT body_text, attempts, sent_at, failed_at, last_error, next_attempt_at > now() AS later
         FROM mail_message WHERE id = $1`,
        [id],
      )
    )[0];

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it('is sent by the worker on its own, and the body (a one-time code) is erased once sent', async () => {
    const to = address();
    const id = await queue(to, 'Je uitnodigingscode: ABCD-EFGH-JKLM\nGroet, één team');
    const worker: INestApplicationContext = await createTestWorker({
      MAIL_POLL_INTERVAL_MS: '100',
      MATCHING_REFRESH_ON_START: 'false',
    });
    try {
      const deadline = Date.now() + 20_000;
      while (!(await row(id)).sent_at && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    } finally {
      await worker.close();
    }
    expect(await row(id)).toEqual(expect.objectContaining({ body_text: '', attempts: 1, last_error: null }));
    const [mail] = await mailsTo(mailDirectory(t.config.MAIL_URL), to);
    expect(mail.subject).toBe('Test — één');
    expect(mail.text).toContain('Je uitnodigingscode: ABCD-EFGH-JKLM');
    expect(mail.text).toContain('één team');
  }, 60_000);

  it('is retried later when the server fails, and given up (body erased) after the last attempt', async () => {
    // A purpose of its own: other specs' mail in this database is never sent through the refusing server.
    const purpose = `refused-${randomUUID()}`;
    const id = await queue(address(), 'Je code: ABCD-EFGH-JKLM', purpose);
    const config = { ...t.config, MAIL_URL: 'smtp://127.0.0.1:1', MAIL_MAX_ATTEMPTS: 2 };
    const refused = new MailDelivery(db, config as typeof t.config);
    try {
      expect(await refused.deliverDue(20, purpose)).toEqual({ sent: 0, failed: 1 });
      expect(await row(id)).toEqual(
        expect.objectContaining({
          attempts: 1,
          sent_at: null,
          failed_at: null,
          later: true,
          body_text: expect.stringContaining('ABCD'),
        }),
      );
      expect((await row(id)).last_error).toMatch(/ECONNREFUSED|connect/i);
      // Not due yet: the next round leaves it alone.
      expect(await refused.deliverDue(20, purpose)).toEqual({ sent: 0, failed: 0 });
      await db.query(`UPDATE mail_message SET next_attempt_at = now() WHERE id = $1`, [id]);
      expect(await refused.deliverDue(20, purpose)).toEqual({ sent: 0, failed: 1 });
      expect(await row(id)).toEqual(
        expect.objectContaining({ attempts: 2, sent_at: null, failed_at: expect.any(Date), body_text: '' }),
      );
    } finally {
      refused.onModuleDestroy();
    }
  }, 60_000);
});
