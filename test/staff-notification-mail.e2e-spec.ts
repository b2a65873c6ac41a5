import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Role, Sector } from '@werkbrug/core';
import { NotificationsService, type Recipient } from '@werkbrug/notifications';
import { dropTestDatabase } from '@werkbrug/testing';
import { DataSource } from 'typeorm';
import { Actor, Fixtures } from './support/fixtures';
import { expectData, expectError } from './support/helpers-auth';
import { createMigratedTestDatabase, eventually } from './support/helpers-infra';
import { mailboxOf } from './support/helpers-mail';
import { createTestApp, createTestWorker, TestApp } from './support/test-app';

/**
 * HR leads and the mobility team are mailed when there is news for them, as job seekers who asked for it are:
 * one short mail per person per round that names nobody, unless they turned it off. Own database: the worker's
 * mailer takes every unmailed notification.
 */
const REGION = 'AM33';
const OTHER_REGION = 'AM34';
const SET_MAIL = `mutation($enabled: Boolean!) { setNotificationMail(enabled: $enabled) { notificationMail } }`;

describe('notifications by mail for HR leads and the mobility team', () => {
  let database: { name: string; url: string };
  let t: TestApp;
  let worker: INestApplicationContext | undefined;
  let f: Fixtures;
  let employerId: string;
  let hrOn: Actor;
  let hrOff: Actor;
  let team: Actor;
  let otherTeam: Actor;

  const notifyAll = (recipients: Recipient[], label: string, ageDays = 0, read = false) =>
    t.app.get(DataSource).transaction(async (tx) => {
      for (const recipient of recipients)
        await t.app.get(NotificationsService).notify(tx, [recipient], {
          kind: 'TEST',
          subjectType: 'Vacancy',
          subjectId: randomUUID(),
          text: { nl: `Kandidaat ${label} toont interesse`, en: `Candidate ${label} is interested` },
        });
      if (ageDays > 0)
        await tx.query(
          `UPDATE notification SET created_at = now() - make_interval(days => $2) WHERE text_nl LIKE $1`,
          [`%${label}%`, ageDays],
        );
      if (read)
        await tx.query(`UPDATE notification SET read_at = now() WHERE text_nl LIKE $1`, [`%${label}%`]);
    });
  const allMailed = (label: string) =>
    eventually(
      'the mail step done',
      () => f.query(`SELECT 1 FROM notification WHERE mailed_at IS NULL AND text_nl LIKE $1`, [`%${label}%`]),
      (rows) => rows.length === 0,
      30_000,
    );

  beforeAll(async () => {
    database = await createMigratedTestDatabase('staff_mail');
    const overrides = {
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `werkbrug-staff-mail-${randomUUID().slice(0, 8)}`,
    };
    t = await createTestApp(overrides);
    f = new Fixtures(t);
    employerId = (await f.employer(REGION, Sector.CARE)).id;
    hrOn = await f.actor(Role.HR_LEAD, { employerId });
    hrOff = await f.actor(Role.HR_LEAD, { employerId });
    team = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    otherTeam = await f.actor(Role.MOBILITY_TEAM, { regionCode: OTHER_REGION });
    worker = await createTestWorker(overrides);
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    if (database) await dropTestDatabase(database.name);
  });

  it('is on by default, and each turns it off for themselves only', async () => {
    expect(expectData(await t.gql(`{ me { notificationMail } }`, {}, hrOn.token)).me.notificationMail).toBe(
      true,
    );
    expect(expectData(await t.gql(SET_MAIL, { enabled: false }, hrOff.token)).setNotificationMail).toEqual({
      notificationMail: false,
    });
    expect(expectData(await t.gql(`{ me { notificationMail } }`, {}, hrOff.token)).me.notificationMail).toBe(
      false,
    );
    expect(expectData(await t.gql(`{ me { notificationMail } }`, {}, hrOn.token)).me.notificationMail).toBe(
      true,
    );
  });

  it('mails the employer’s HR leads and the region’s team one short mail without content', async () => {
    await notifyAll([{ employerId }, { employerId }, { regionCode: REGION }], 'Zorgvuldig');
    const hrMails = await eventually(
      'a mail to the HR lead',
      () => mailboxOf(t, hrOn.email),
      (m) => m.length > 0,
      30_000,
    );
    expect(hrMails).toHaveLength(1);
    expect(hrMails[0].subject).toBe('Nieuws voor je in Werkbrug / News for you in Werkbrug');
    expect(hrMails[0].text).toContain('Er staan 2 nieuwe berichten voor je klaar in Werkbrug');
    expect(hrMails[0].text).toContain('Uitzetten kan in Werkbrug, bij Meldingen.');
    expect(hrMails[0].text).not.toContain('Zorgvuldig');
    const teamMails = await eventually(
      'a mail to the team',
      () => mailboxOf(t, team.email),
      (m) => m.length > 0,
      30_000,
    );
    expect(teamMails).toHaveLength(1);
    expect(teamMails[0].text).toContain('Er staat een nieuw bericht voor je klaar');

    await allMailed('Zorgvuldig');
    // Turned off, or another region's team: the news waits in the app only.
    expect(await mailboxOf(t, hrOff.email)).toEqual([]);
    expect(await mailboxOf(t, otherTeam.email)).toEqual([]);
  });

  it('does not mail news older than two days: it waits in the app', async () => {
    await notifyAll([{ employerId }], 'Oudnieuws', 3);
    await allMailed('Oudnieuws');
    expect(await mailboxOf(t, hrOn.email)).toHaveLength(1);
    const unread = expectData(
      await t.gql(`{ myNotifications(unreadOnly: true) { textNl } }`, {}, hrOn.token),
    );
    expect(unread.myNotifications.map((n: { textNl: string }) => n.textNl)).toContain(
      'Kandidaat Oudnieuws toont interesse',
    );
  });

  it('does not mail a message that was read before the round (in the app, or settled by a later step)', async () => {
    const before = (await mailboxOf(t, hrOn.email)).length;
    await notifyAll([{ employerId }], 'Algelezen', 0, true);
    await allMailed('Algelezen');
    expect(await mailboxOf(t, hrOn.email)).toHaveLength(before);
  });

  it('is for the roles that get notifications; job seekers decide with their consent to e-mail', async () => {
    const admin = await f.actor(Role.ADMINISTRATOR);
    const refused = expectError(await t.gql(SET_MAIL, { enabled: true }, admin.token), 'FORBIDDEN', {
      reason: 'NOTIFICATION_MAIL_NOT_FOR_ROLE',
    });
    expect(refused.message).toContain('job seekers choose that under their consents');
  });
});
