import { Role, Sector } from '@werkbrug/core';
import { Fixtures, PASSWORD, type Actor } from '@werkbrug-test/support/fixtures';
import {
  candidateInputIn,
  changeCandidateStatus,
  createCandidate,
  createVacancy,
  expectData,
  uniqueEmail,
  vacancyInputIn,
} from '@werkbrug-test/support/helpers-auth';
import { eventually } from '@werkbrug-test/support/helpers-infra';
import {
  INVITE_JOB_SEEKER,
  invitationCodeFor,
  SET_IDENTITY_EMAIL,
} from '@werkbrug-test/support/helpers-mail';
import { openVacancy, waitForPairsListed } from '@werkbrug-test/support/helpers-matching';
import type { TestApp } from '@werkbrug-test/support/test-app';
import type { JobSeekerWorld } from './job-seeker-world';
import { seedAgendaSessions } from './seed-job-seeker-sessions';

/** Another region than the shared web world's, so these people never show up in the other journeys' lists. */
const REGION = 'AM22';
const VACANCY_TITLE = 'Medewerker receptie';
const READ_PURPOSE = 'Kennismakingsgesprek voorbereiden';

const CLAIM = `mutation($input: ClaimJobSeekerAccountInput!) { claimJobSeekerAccount(input: $input) { accessToken } }`;

/** The people of the job seekers' privacy journeys; see JobSeekerWorld. */
export async function seedJobSeekerWorld(t: TestApp, mailDir: string): Promise<JobSeekerWorld> {
  const f = new Fixtures(t);
  const owner = await f.employer(REGION, Sector.CARE);
  const host = await f.employer(REGION, Sector.RETAIL);
  const ownerHr = await f.actor(Role.HR_LEAD, { employerId: owner.id });
  const hostHr = await f.actor(Role.HR_LEAD, { employerId: host.id });
  const regionTeam = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
  const pc4 = await f.pc4(REGION);
  const skills = await f.skillIds(3, 40);
  const newCandidate = async () => {
    const id = await createCandidate(
      t,
      ownerHr.token,
      await candidateInputIn(f, pc4, {
        strengths: skills.map((skillId) => ({ skillId, level: 3 })),
        sectorsOpen: [],
        contractTypes: [],
        supportNeeds: [],
      }),
    );
    await changeCandidateStatus(t, ownerHr.token, id, 'ACTIVE');
    return id;
  };
  const invite = async (candidateId: string, label: string) => {
    const email = uniqueEmail(f, label);
    expectData(await t.gql(SET_IDENTITY_EMAIL, { id: candidateId, email }, ownerHr.token));
    expectData(await t.gql(INVITE_JOB_SEEKER, { id: candidateId }, ownerHr.token));
    // The worker delivers mail too: whichever of us sends it, the code is in the directory soon after.
    const code = await eventually(
      `the invitation mail to ${email}`,
      () => invitationCodeFor(t, email).catch(() => null),
      (found) => found !== null,
      30_000,
    );
    return { email, code: code! };
  };
  const claimed = async (candidateId: string, label: string) => {
    const invitation = await invite(candidateId, label);
    expectData(await t.gql(CLAIM, { input: { ...invitation, password: PASSWORD, displayName: 'Noor' } }));
    return invitation.email;
  };

  const vacancyId = await createVacancy(
    t,
    hostHr.token,
    await vacancyInputIn(f, pc4, {
      title: VACANCY_TITLE,
      requiredSkillIds: skills.slice(0, 2),
      niceToHaveSkillIds: [skills[2]],
      contractType: 'PERMANENT',
      startDate: null,
    }),
  );
  await openVacancy(t, hostHr.token, vacancyId);

  const invitedId = await newCandidate();
  const { email: invitedEmail } = await invite(invitedId, 'uitgenodigd');

  const dataOwnerId = await newCandidate();
  const dataOwnerEmail = await claimed(dataOwnerId, 'eigen gegevens');
  expectData(
    await t.gql(
      `query($id: ID!, $purpose: String!) { candidateIdentity(candidateId: $id, purpose: $purpose) { fullName } }`,
      { id: dataOwnerId, purpose: READ_PURPOSE },
      ownerHr.token,
    ),
  );
  const dataOwner = expectData(
    await t.gql(
      `query($id: ID!) { candidateProfile(id: $id) { publicCode } }`,
      { id: dataOwnerId },
      ownerHr.token,
    ),
  );

  const consentingId = await newCandidate();
  await waitForPairsListed(f, [consentingId], vacancyId, 90_000);
  const consentingEmail = await claimed(consentingId, 'toestemming');
  await employerInterested(t, hostHr, consentingId, vacancyId);
  await proposeSecondment(t, ownerHr, consentingId, host.id);

  // Their own person: the consents journey withdraws the consenting person's consents for good.
  const agendaId = await newCandidate();
  await waitForPairsListed(f, [agendaId], vacancyId, 90_000);
  const agendaEmail = await claimed(agendaId, 'agenda');
  const sessions = await seedAgendaSessions(t, f, {
    candidateId: agendaId,
    ownerHr,
    hostHr,
    hostId: host.id,
    regionCode: REGION,
  });
  const placementStart = await proposeSecondment(t, ownerHr, agendaId, host.id, 100);

  return {
    password: PASSWORD,
    invited: { email: invitedEmail, mailDir },
    consenting: { email: consentingEmail, employerName: host.name, vacancyTitle: VACANCY_TITLE },
    agenda: {
      email: agendaEmail,
      employerName: host.name,
      vacancyTitle: VACANCY_TITLE,
      placementStart,
      ...sessions,
    },
    planAuthor: { email: ownerHr.email },
    regionTeam: { email: regionTeam.email, regionCode: REGION },
    dataOwner: {
      email: dataOwnerEmail,
      publicCode: dataOwner.candidateProfile.publicCode,
      readPurpose: READ_PURPOSE,
    },
  };
}

async function employerInterested(t: TestApp, hostHr: Actor, candidateId: string, vacancyId: string) {
  await eventually(
    'the host can answer the listed match',
    async () =>
      t.gql(
        `mutation($input: MatchResponseInput!) { respondToMatchAsEmployer(input: $input) { state } }`,
        { input: { candidateId, vacancyId, interested: true } },
        hostHr.token,
      ),
    (res) => !res.errors,
    30_000,
  );
}

/** Proposed by the lending HR lead: the person gets a notification about it. Answers the start date. */
async function proposeSecondment(
  t: TestApp,
  ownerHr: Actor,
  candidateId: string,
  hostEmployerId: string,
  inDays = 30,
): Promise<string> {
  const start = new Date(Date.now() + inDays * 86_400_000).toISOString().slice(0, 10);
  expectData(
    await t.gql(
      `mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { id } }`,
      {
        input: {
          candidateId,
          hostEmployerId,
          kind: 'SECONDMENT',
          purpose: 'GAIN_EXPERIENCE',
          startDate: start,
          endDate: new Date(Date.parse(start) + 56 * 86_400_000).toISOString().slice(0, 10),
          hoursPerWeek: 16,
          contractHoursPerWeek: 32,
          ownWorkHoursPerWeek: 16,
          salaryPaidBy: 'LENDING_EMPLOYER',
          travelCostsReimbursed: true,
          travelCostsPaidBy: 'HOST_EMPLOYER',
          returnOption: true,
          lendingContact: 'P. Jansen, HR',
          hostContact: 'M. de Boer, teamleider',
        },
      },
      ownerHr.token,
    ),
  );
  return start;
}
