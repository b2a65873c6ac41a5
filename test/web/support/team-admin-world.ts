import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webTestPort } from './web-test-env';

/** Who the mobility team and administrator journeys log in as, apart from the shared web world. */
export interface TeamAdminWorld {
  password: string;
  /**
   * The mobility team of AM27, with a session set up, a session held yesterday (one meeting, published) and a
   * candidate to ask erasure for on their behalf.
   */
  team: { email: string; sessionTitle: string; heldSessionTitle: string; erasureCandidateCode: string };
  /**
   * A spoor-2 candidate of the team's cleaning employer, for a trajectory: its HR lead (the client) and the
   * candidate's own job-seeker account. The team member is called `counsellorName`.
   */
  trajectory: { candidateCode: string; clientEmail: string; jobSeekerEmail: string; counsellorName: string };
  /** An external re-integration adviser (COUNSELLOR) of the region, guiding one work-to-work trajectory. */
  counsellor: { email: string; name: string; candidateCode: string };
  /** An administrator with a mobility team account requested by another administrator, waiting for approval. */
  admin: { email: string; pendingName: string };
}

export function teamAdminSeedFile(): string {
  return join(tmpdir(), `werkbrug-web-test-${webTestPort()}-team-admin.json`);
}

export function teamAdminWorld(): TeamAdminWorld {
  return JSON.parse(readFileSync(teamAdminSeedFile(), 'utf8')) as TeamAdminWorld;
}
