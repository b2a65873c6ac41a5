import { Role, Sector } from '@werkbrug/core';
import { eventually } from '@werkbrug-test/support/helpers-infra';
import { Fixtures, PASSWORD } from '@werkbrug-test/support/fixtures';
import {
  candidateInputIn,
  changeCandidateStatus,
  createCandidate,
  createVacancy,
  expectData,
  vacancyInputIn,
} from '@werkbrug-test/support/helpers-auth';
import { inviteJobSeeker } from '@werkbrug-test/support/helpers-mail';
import type { TestApp } from '@werkbrug-test/support/test-app';
import type { WebWorld } from './web-test-env';

const REGION = 'AM27';
const VACANCY_TITLES = ['Medewerker huishouding', 'Gastvrouw restaurant'];

/**
 * A care employer with an HR lead and one candidate who claimed their account from the invitation mail, and a
 * second employer whose two open vacancies fit that candidate; returns once the worker has suggested them.
 */
export async function seedWebWorld(t: TestApp): Promise<WebWorld> {
  const f = new Fixtures(t);
  const owner = await f.employer(REGION, Sector.CARE);
  const host = await f.employer(REGION, Sector.CATERING);
  const ownerHr = await f.actor(Role.HR_LEAD, { employerId: owner.id });
  const hostHr = await f.actor(Role.HR_LEAD, { employerId: host.id });
  const pc4 = await f.pc4(REGION);
  const skills = await f.skillIds(4);

  const candidateId = await createCandidate(
    t,
    ownerHr.token,
    await candidateInputIn(f, pc4, {
      strengths: skills.slice(0, 3).map((skillId) => ({ skillId, level: 3 })),
      sectorsOpen: [],
      contractTypes: [],
      supportNeeds: [],
    }),
  );
  await changeCandidateStatus(t, ownerHr.token, candidateId, 'ACTIVE');
  for (const title of VACANCY_TITLES) {
    const vacancyId = await createVacancy(
      t,
      hostHr.token,
      await vacancyInputIn(f, pc4, {
        title,
        requiredSkillIds: skills.slice(0, 2),
        niceToHaveSkillIds: [skills[2]],
        trainedOnTheJobSkillIds: [skills[3]],
        contractType: 'PERMANENT',
        startDate: null,
      }),
    );
    expectData(
      await t.gql(
        `mutation($id: ID!) { changeVacancyStatus(id: $id, status: OPEN) { id } }`,
        { id: vacancyId },
        hostHr.token,
      ),
    );
  }

  const email = `werkzoekende-${f.unique('js').replace(/\W/g, '').toLowerCase()}@test.werkbrug.nl`;
  const invitation = await inviteJobSeeker(t, ownerHr.token, candidateId, email);
  const displayName = 'Sam Jansen';
  const claimed = expectData(
    await t.gql(
      `mutation($input: ClaimJobSeekerAccountInput!) { claimJobSeekerAccount(input: $input) { accessToken } }`,
      { input: { ...invitation, password: PASSWORD, displayName } },
    ),
  );
  const token: string = claimed.claimJobSeekerAccount.accessToken;
  await eventually(
    'both vacancies suggested to the job seeker',
    async () =>
      expectData(await t.gql(`{ mySuggestions { totalCount } }`, {}, token)).mySuggestions.totalCount,
    (count: number) => count >= VACANCY_TITLES.length,
    90_000,
  );
  const profile = expectData(await t.gql(`{ myCandidateProfile { publicCode } }`, {}, token));
  const names = await f.query<{ email: string; display_name: string }>(
    `SELECT email, display_name FROM user_account WHERE id = ANY($1)`,
    [[ownerHr.userId, hostHr.userId]],
  );
  const nameOf = (address: string) => names.find((n) => n.email === address)!.display_name;
  return {
    password: PASSWORD,
    jobSeeker: { email, displayName, publicCode: profile.myCandidateProfile.publicCode },
    candidateOwner: { email: ownerHr.email, displayName: nameOf(ownerHr.email) },
    host: { email: hostHr.email, displayName: nameOf(hostHr.email), vacancyTitles: VACANCY_TITLES },
  };
}
