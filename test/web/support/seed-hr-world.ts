import { Role, Sector } from '@werkbrug/core';
import { Fixtures, PASSWORD } from '@werkbrug-test/support/fixtures';
import {
  candidateInputIn,
  changeCandidateStatus,
  createCandidate,
} from '@werkbrug-test/support/helpers-auth';
import type { TestApp } from '@werkbrug-test/support/test-app';
import { HR_SKILL, type HrWorld } from './hr-world';
import { seedHrPlacementWorld } from './seed-hr-placement-world';

/** Twente: no other journey works there. */
const REGION = 'AM05';

/** The HR leads of the HR journeys and one active candidate with the journeys' skill; see HrWorld. */
export async function seedHrWorld(t: TestApp): Promise<HrWorld> {
  const f = new Fixtures(t);
  const owner = await f.employer(REGION, Sector.CARE);
  const host = await f.employer(REGION, Sector.LOGISTICS);
  const ownerHr = await f.actor(Role.HR_LEAD, { employerId: owner.id });
  const hostHr = await f.actor(Role.HR_LEAD, { employerId: host.id });
  const pc4 = await f.pc4(REGION);
  const [skill] = await f.query<{ id: string }>(`SELECT id FROM esco_skill WHERE label_nl = $1`, [
    HR_SKILL.label,
  ]);
  const candidateId = await createCandidate(
    t,
    ownerHr.token,
    await candidateInputIn(f, pc4, {
      strengths: [{ skillId: skill.id, level: 3 }],
      sectorsOpen: [],
      contractTypes: [],
    }),
  );
  await changeCandidateStatus(t, ownerHr.token, candidateId, 'ACTIVE');
  const [{ public_code }] = await f.query<{ public_code: string }>(
    `SELECT public_code FROM candidate_profile WHERE id = $1`,
    [candidateId],
  );
  return {
    password: PASSWORD,
    pc4,
    owner: { email: ownerHr.email },
    host: { email: hostHr.email, candidateCode: public_code },
    placements: await seedHrPlacementWorld(t, f),
    networks: await seedNetworkWorld(t, f, pc4),
  };
}

/** Two employers of the region that have not met in a network yet, and the asker's own candidate. */
async function seedNetworkWorld(t: TestApp, f: Fixtures, pc4: string): Promise<HrWorld['networks']> {
  const asker = await f.employer(REGION, Sector.CARE);
  const colleague = await f.employer(REGION, Sector.CARE);
  const askerHr = await f.actor(Role.HR_LEAD, { employerId: asker.id });
  const colleagueHr = await f.actor(Role.HR_LEAD, { employerId: colleague.id });
  const candidateId = await createCandidate(t, askerHr.token, await candidateInputIn(f, pc4));
  const [{ public_code }] = await f.query<{ public_code: string }>(
    `SELECT public_code FROM candidate_profile WHERE id = $1`,
    [candidateId],
  );
  return {
    asker: { email: askerHr.email, employerName: asker.name, candidateCode: public_code },
    colleague: { email: colleagueHr.email, employerName: colleague.name },
  };
}
