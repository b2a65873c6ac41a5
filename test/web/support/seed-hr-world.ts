import { addDays, regionToday, Role, Sector } from '@werkbrug/core';
import { Fixtures, PASSWORD } from '@werkbrug-test/support/fixtures';
import {
  candidateInputIn,
  changeCandidateStatus,
  createCandidate,
  createVacancy,
  expectData,
} from '@werkbrug-test/support/helpers-auth';
import { eventually } from '@werkbrug-test/support/helpers-infra';
import {
  createMatchableCandidate,
  openVacancy,
  secondmentVacancyInput,
} from '@werkbrug-test/support/helpers-matching';
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
  // Within six months, so the candidate is on the "Start op tijd" worklist.
  const contractEndDate = addDays(regionToday(), 115);
  const candidateId = await createCandidate(
    t,
    ownerHr.token,
    await candidateInputIn(f, pc4, {
      strengths: [{ skillId: skill.id, level: 3 }],
      sectorsOpen: [],
      contractTypes: [],
      contractEndDate,
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
    host: { email: hostHr.email, candidateCode: public_code, contractEndDate },
    placements: await seedHrPlacementWorld(t, f),
    networks: await seedNetworkWorld(t, f, pc4),
  };
}

/**
 * Two employers of the region that have not met in a network yet, and the asker's own candidate; the colleague's
 * vacancy with a candidate of the asker and one of a third employer on its list, once the worker has listed both.
 */
async function seedNetworkWorld(t: TestApp, f: Fixtures, pc4: string): Promise<HrWorld['networks']> {
  const asker = await f.employer(REGION, Sector.CARE);
  const colleague = await f.employer(REGION, Sector.CARE);
  const outsider = await f.employer(REGION, Sector.CARE);
  const askerHr = await f.actor(Role.HR_LEAD, { employerId: asker.id });
  const colleagueHr = await f.actor(Role.HR_LEAD, { employerId: colleague.id });
  const outsiderHr = await f.actor(Role.HR_LEAD, { employerId: outsider.id });
  const candidateId = await createCandidate(t, askerHr.token, await candidateInputIn(f, pc4));
  const place = { pc4, skills: await f.skillIds(4, 60) };
  const matched = await createMatchableCandidate(t, f, askerHr.token, place);
  const outsiderCandidate = await createMatchableCandidate(t, f, outsiderHr.token, place);
  const vacancyTitle = 'Begeleider dagbesteding';
  const vacancyId = await createVacancy(
    t,
    colleagueHr.token,
    await secondmentVacancyInput(f, place, { title: vacancyTitle }),
  );
  await openVacancy(t, colleagueHr.token, vacancyId);
  await eventually(
    'both candidates on the colleague’s vacancy',
    async () =>
      expectData(
        await t.gql(
          `query($id: ID!) { vacancyMatches(vacancyId: $id, first: 50) { nodes { candidateId } } }`,
          { id: vacancyId },
          colleagueHr.token,
        ),
      ).vacancyMatches.nodes.map((node: { candidateId: string }) => node.candidateId),
    (ids: string[]) => ids.includes(matched) && ids.includes(outsiderCandidate),
    60_000,
  );
  const codes = await f.query<{ id: string; public_code: string }>(
    `SELECT id, public_code FROM candidate_profile WHERE id = ANY($1)`,
    [[candidateId, matched, outsiderCandidate]],
  );
  const codeOf = (id: string) => codes.find((row) => row.id === id)!.public_code;
  return {
    asker: {
      email: askerHr.email,
      employerName: asker.name,
      candidateCode: codeOf(candidateId),
      matchedCandidateCode: codeOf(matched),
    },
    colleague: { email: colleagueHr.email, employerName: colleague.name, vacancyTitle },
    outsiderCandidateCode: codeOf(outsiderCandidate),
  };
}
