import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mailsTo } from '@werkbrug/mail/mail-drop';
import { webTestPort } from './web-test-env';

/**
 * The job seekers of the privacy journeys, apart from the shared web world: each journey changes its person for
 * good (claims the account, withdraws consent, asks for erasure), so no journey depends on another's order.
 */
export interface JobSeekerWorld {
  password: string;
  /** Invited by mail, not yet claimed: the claim journey reads the code from the mail directory. */
  invited: { email: string; mailDir: string };
  /** Both sides interested in one vacancy (consent requested), and a placement proposed (a notification). */
  consenting: { email: string; employerName: string; vacancyTitle: string };
  /**
   * Invited to two sessions (one open, one planned and published with a meeting with the employer), a suggestion
   * to rate, and a secondment to that employer proposed by their HR lead (starting on placementStart).
   */
  agenda: {
    email: string;
    employerName: string;
    vacancyTitle: string;
    placementStart: string;
    invitedTitle: string;
    publishedTitle: string;
  };
  /** The HR lead of the agenda job seeker's employer, who writes its mobility plan in the plan journey. */
  planAuthor: { email: string };
  /** The mobility team of their region, who sees the choices under the region's plans. */
  regionTeam: { email: string; regionCode: string };
  /** Their HR lead read their identity once (the access log), for the own-data journey. */
  dataOwner: { email: string; publicCode: string; readPurpose: string };
}

export function jobSeekerSeedFile(): string {
  return join(tmpdir(), `werkbrug-web-test-${webTestPort()}-job-seekers.json`);
}

export function jobSeekerWorld(): JobSeekerWorld {
  return JSON.parse(readFileSync(jobSeekerSeedFile(), 'utf8')) as JobSeekerWorld;
}

/** The code in the newest invitation mail to this address, as the person reads it in their inbox. */
export async function invitationCodeFromMail(mailDir: string, email: string): Promise<string> {
  const mails = await mailsTo(mailDir, email);
  const code = /uitnodigingscode: ([A-Z0-9-]+)/i.exec(mails.at(-1)?.text ?? '')?.[1];
  if (!code) throw new Error(`no invitation mail for ${email} in ${mailDir}`);
  return code;
}
