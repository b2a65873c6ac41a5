import { MailDelivery, mailDirectory, mailsTo, type DroppedMail } from '@werkbrug/mail';
import { DataSource } from 'typeorm';
import { expectData } from './helpers-auth';
import type { TestApp } from './test-app';

/** Sends what is queued, as the worker would, into the run's mail directory. */
export async function deliverMail(t: TestApp): Promise<void> {
  const delivery = new MailDelivery(t.app.get(DataSource), t.config);
  try {
    while ((await delivery.deliverDue(100)).sent > 0);
  } finally {
    delivery.onModuleDestroy();
  }
}

/** Every mail delivered to this address so far, oldest first. */
export async function mailboxOf(t: TestApp, address: string): Promise<DroppedMail[]> {
  await deliverMail(t);
  return mailsTo(mailDirectory(t.config.MAIL_URL), address);
}

/**
 * The code in the newest invitation mail to this address, as the person reads it. The running worker delivers
 * mail too: when it has just claimed this one, the file appears a moment later, so wait for it a while.
 */
export async function invitationCodeFor(t: TestApp, address: string, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await mailboxOf(t, address);
    const code = /uitnodigingscode: ([A-Z0-9-]+)/i.exec(mails.at(-1)?.text ?? '')?.[1];
    if (code) return code;
    if (Date.now() > deadline) throw new Error(`no invitation mail for ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export const SET_IDENTITY_EMAIL = `mutation($id: ID!, $email: String) {
  updateCandidateIdentity(candidateId: $id, input: { email: $email }) { email }
}`;
export const INVITE_JOB_SEEKER = `mutation($id: ID!) { createJobSeekerInvitation(candidateId: $id) { expiresAt sentTo } }`;

/**
 * An HR lead puts the person's own address in their identity and invites them; the person finds the code in
 * their mail. Returns the code and the address the claim must use.
 */
export async function inviteJobSeeker(
  t: TestApp,
  hrToken: string,
  candidateId: string,
  email: string,
): Promise<{ code: string; email: string }> {
  expectData(await t.gql(SET_IDENTITY_EMAIL, { id: candidateId, email }, hrToken));
  expectData(await t.gql(INVITE_JOB_SEEKER, { id: candidateId }, hrToken));
  return { code: await invitationCodeFor(t, email), email };
}
