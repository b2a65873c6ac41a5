import { Role, Sector } from '@werkbrug/core';
import type { Actor, Fixtures } from '@werkbrug-test/support/fixtures';
import { createVacancy, expectData } from '@werkbrug-test/support/helpers-auth';
import { eventually } from '@werkbrug-test/support/helpers-infra';
import {
  createMatchableCandidate,
  openVacancy,
  secondmentVacancyInput,
  waitForPairsListed,
} from '@werkbrug-test/support/helpers-matching';
import type { TestApp } from '@werkbrug-test/support/test-app';
import type { HrPlacementWorld } from './hr-world';

/** A labour-market region no other journey works in. */
const REGION = 'AM10';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const TERMS = {
  purpose: 'GAIN_EXPERIENCE',
  contractHoursPerWeek: 32,
  salaryPaidBy: 'LENDING_EMPLOYER',
  travelCostsReimbursed: true,
  travelCostsPaidBy: 'HOST_EMPLOYER',
  returnOption: true,
  lendingContact: 'P. Jansen, HR',
  hostContact: 'M. de Boer, teamleider',
};

/**
 * The placement journeys' world. The host's: a secondment proposed from an introduced match, planned by the worker
 * with fewer hours than asked (a remark to read), agreed by lender and candidate, waiting for the host. The
 * lender's: a second candidate introduced to another secondment, with a work-experience placement elsewhere on
 * fixed dates that a new placement can run into.
 */
export async function seedHrPlacementWorld(t: TestApp, f: Fixtures): Promise<HrPlacementWorld> {
  const lender = await f.employer(REGION, Sector.CARE);
  const host = await f.employer(REGION, Sector.LOGISTICS);
  const secondHost = await f.employer(REGION, Sector.RETAIL);
  const other = await f.employer(REGION, Sector.CATERING);
  const lenderHr = await f.actor(Role.HR_LEAD, { employerId: lender.id });
  const hostHr = await f.actor(Role.HR_LEAD, { employerId: host.id });
  const secondHostHr = await f.actor(Role.HR_LEAD, { employerId: secondHost.id });
  const place = { pc4: await f.pc4(REGION), skills: await f.skillIds(4, 40) };
  const first = await createMatchableCandidate(t, f, lenderHr.token, place);
  const second = await createMatchableCandidate(t, f, lenderHr.token, place);
  const withoutAccount = await createMatchableCandidate(t, f, lenderHr.token, place);
  const titles = ['Medewerker expeditie', 'Medewerker vulploeg'];
  const vacancy = await createVacancy(
    t,
    hostHr.token,
    await secondmentVacancyInput(f, place, { title: titles[0] }),
  );
  const secondVacancy = await createVacancy(
    t,
    secondHostHr.token,
    await secondmentVacancyInput(f, place, { title: titles[1] }),
  );
  await openVacancy(t, hostHr.token, vacancy);
  await openVacancy(t, secondHostHr.token, secondVacancy);
  await waitForPairsListed(f, [first, second, withoutAccount], vacancy);
  await waitForPairsListed(f, [first, second], secondVacancy);

  const { matchCaseId: firstCase, seeker: firstSeeker } = await introduce(t, f, first, vacancy, hostHr);
  await askConsentOfCandidateWithoutAccount(t, withoutAccount, vacancy, lenderHr, hostHr);
  await introduce(t, f, second, secondVacancy, secondHostHr);
  // 16 own hours in a 32-hour contract leave 16 of the 20 hours asked: the worker says so.
  const placement = expectData(
    await t.gql(
      `mutation($m: ID!, $input: PlacementTermsInput!) { proposePlacementFromMatch(matchCaseId: $m, input: $input) { id } }`,
      { m: firstCase, input: { ...TERMS, ownWorkHoursPerWeek: 16 } },
      lenderHr.token,
    ),
  ).proposePlacementFromMatch.id as string;
  await eventually(
    'the worker’s proposal',
    async () =>
      expectData(
        await t.gql(
          `query($id: ID!) { placement(id: $id) { startDate } }`,
          { id: placement },
          lenderHr.token,
        ),
      ).placement.startDate as string | null,
    (start) => start !== null,
    60_000,
  );
  const AGREE = `mutation($id: ID!) { agreeToPlacement(id: $id) { status } }`;
  expectData(await t.gql(AGREE, { id: placement }, lenderHr.token));
  expectData(await t.gql(AGREE, { id: placement }, firstSeeker.token));

  const elsewhereStart = day(60);
  expectData(
    await t.gql(
      `mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { id } }`,
      {
        input: {
          ...TERMS,
          ownWorkHoursPerWeek: 8,
          candidateId: second,
          hostEmployerId: other.id,
          kind: 'WORK_EXPERIENCE',
          startDate: elsewhereStart,
          endDate: day(70),
          hoursPerWeek: 8,
        },
      },
      lenderHr.token,
    ),
  );
  const code = async (id: string) =>
    (
      await f.query<{ public_code: string }>(`SELECT public_code FROM candidate_profile WHERE id = $1`, [id])
    )[0].public_code;
  return {
    host: {
      email: hostHr.email,
      employerName: host.name,
      lenderName: lender.name,
      vacancyTitle: titles[0],
      candidateCode: await code(first),
    },
    lender: {
      email: lenderHr.email,
      candidateCode: await code(second),
      vacancyTitle: titles[1],
      otherStart: elsewhereStart,
      candidateWithoutAccountCode: await code(withoutAccount),
    },
  };
}

/**
 * A candidate without an account, interested as their HR lead answered for them, and the employer interested too:
 * the employer asks to know who they are (CONSENT_REQUESTED), and only the HR lead can record the answer.
 */
async function askConsentOfCandidateWithoutAccount(
  t: TestApp,
  candidateId: string,
  vacancyId: string,
  ownHr: Actor,
  hostHr: Actor,
): Promise<void> {
  const input = { candidateId, vacancyId, interested: true };
  expectData(
    await t.gql(
      `mutation($input: MatchResponseInput!) { respondToMatchAsCandidate(input: $input) { id } }`,
      {
        input,
      },
      ownHr.token,
    ),
  );
  const state = expectData(
    await t.gql(
      `mutation($input: MatchResponseInput!) { respondToMatchAsEmployer(input: $input) { state } }`,
      { input },
      hostHr.token,
    ),
  ).respondToMatchAsEmployer.state as string;
  if (state !== 'CONSENT_REQUESTED') throw new Error(`expected CONSENT_REQUESTED, the match is ${state}`);
}

/** Both sides interested and the candidate (with an account of their own) consents: the match is INTRODUCED. */
async function introduce(
  t: TestApp,
  f: Fixtures,
  candidateId: string,
  vacancyId: string,
  hostHr: Actor,
): Promise<{ matchCaseId: string; seeker: Actor }> {
  const seeker = await f.actor(Role.JOB_SEEKER, { candidateId });
  const RESPOND = (side: string) =>
    `mutation($input: MatchResponseInput!) { respondToMatchAs${side}(input: $input) { id } }`;
  const input = { candidateId, vacancyId, interested: true };
  expectData(await t.gql(RESPOND('Candidate'), { input }, seeker.token));
  const id = expectData(await t.gql(RESPOND('Employer'), { input }, hostHr.token)).respondToMatchAsEmployer
    .id as string;
  expectData(
    await t.gql(
      `mutation($id: ID!) { answerIntroductionConsent(matchCaseId: $id, consent: GIVEN) { state } }`,
      { id },
      seeker.token,
    ),
  );
  return { matchCaseId: id, seeker };
}
