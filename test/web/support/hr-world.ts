import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webTestPort } from './web-test-env';

/**
 * The HR leads of the HR journeys, in a region of their own, so what they create never shows up in the other
 * journeys' lists (nor theirs in these).
 */
export interface HrWorld {
  password: string;
  /** A four-digit postcode area of the region. */
  pc4: string;
  /** A care employer's HR lead, who creates a candidate in the browser. */
  owner: { email: string };
  /**
   * A logistics employer's HR lead, who posts a vacancy; `candidateCode` is another employer's active candidate,
   * whose contract ends on `contractEndDate` (about four months ahead).
   */
  host: { email: string; candidateCode: string; contractEndDate: string };
  placements: HrPlacementWorld;
  /**
   * Two care employers of the HR region for the network journey: `asker` starts a network and asks it for help with
   * its own candidate `candidateCode`; `colleague` is invited, joins and answers. The colleague's open vacancy
   * `vacancyTitle` lists the asker's `matchedCandidateCode` and `outsiderCandidateCode`, a candidate of an employer
   * that never joins.
   */
  networks: {
    asker: { email: string; employerName: string; candidateCode: string; matchedCandidateCode: string };
    colleague: { email: string; employerName: string; vacancyTitle: string };
    outsiderCandidateCode: string;
  };
}

/** The placement journeys' HR leads, in a region of their own; see seed-hr-placement-world.ts. */
export interface HrPlacementWorld {
  /** The host of a secondment the lender and candidate agreed to; `candidateCode` is that introduced candidate. */
  host: {
    email: string;
    employerName: string;
    lenderName: string;
    vacancyTitle: string;
    candidateCode: string;
  };
  /**
   * `candidateCode`: an own candidate introduced to `vacancyTitle`, with another placement from `otherStart`.
   * `candidateWithoutAccountCode`: an own candidate without an account whose consent the host's employer asked for
   * (to the host's `vacancyTitle`).
   */
  lender: {
    email: string;
    candidateCode: string;
    vacancyTitle: string;
    otherStart: string;
    candidateWithoutAccountCode: string;
  };
}

/** A skill every journey finds by typing `query` (ESCO's Dutch label `label`). */
export const HR_SKILL = { query: 'gevaarlijk afval', label: 'gevaarlijk afval verwijderen' } as const;

export function hrSeedFile(): string {
  return join(tmpdir(), `werkbrug-web-test-${webTestPort()}-hr.json`);
}

export function hrWorld(): HrWorld {
  return JSON.parse(readFileSync(hrSeedFile(), 'utf8')) as HrWorld;
}
