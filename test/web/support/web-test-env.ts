import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Shared by the Playwright config, the test server and the journeys. */
export function webTestPort(): number {
  return Number(process.env.WEB_TEST_PORT ?? 3217);
}

export function webTestUrl(): string {
  return `http://127.0.0.1:${webTestPort()}`;
}

/** Where the test server writes who to log in as (per port, so two checkouts on one machine do not meet). */
export function seedFile(): string {
  return join(tmpdir(), `werkbrug-web-test-${webTestPort()}.json`);
}

export interface WebWorld {
  password: string;
  jobSeeker: { email: string; displayName: string; publicCode: string };
  candidateOwner: { email: string; displayName: string };
  host: { email: string; displayName: string; vacancyTitles: string[] };
}
