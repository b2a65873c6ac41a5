import { Role } from '@werkbrug/core';
import { MODEL_VERSION } from '@werkbrug/matching-core';
import { planDraft } from './cases.mobility-plans';
import { proposal } from './cases.placements';
import { sessionSetup } from './cases.sessions';
import { type ActorKey, type Ids, isoDate, type MatrixApp, type MatrixFixtures } from './matrix.types';

export interface World {
  ids: Ids;
  tokens: Record<ActorKey, string | undefined>;
}

/** The data every case runs against, built through the API except where the API has no way in. */
export async function buildWorld(t: MatrixApp, f: MatrixFixtures): Promise<World> {
  const call = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await t.gql(query, variables, token);
    if (res.errors) throw new Error(`Setup failed: ${query}\n${JSON.stringify(res.errors)}`);
    const [value] = Object.values(res.data!);
    return value as Record<string, any>;
  };
  const [a, b, c] = [await f.employer('AM27'), await f.employer('AM27'), await f.employer('AM01')];
  const hrAActor = await f.actor(Role.HR_LEAD, { employerId: a.id });
  const hrA = hrAActor.token;
  // HR_A is employer A's administrator HR lead (who adds and promotes the employer's HR leads).
  await f.query(`UPDATE user_account SET employer_admin = true WHERE email = $1`, [hrAActor.email]);
  const hrB = (await f.actor(Role.HR_LEAD, { employerId: b.id })).token;
  const rmt27Actor = await f.actor(Role.MOBILITY_TEAM, { regionCode: 'AM27' });
  const rmt27 = rmt27Actor.token;
  const [rmt27Account] = await f.query<{ id: string }>(`SELECT id FROM user_account WHERE email = $1`, [
    rmt27Actor.email,
  ]);

  const candidate = async (token: string, input: Record<string, unknown>, activate = true) => {
    const { id } = await call(
      `mutation($input: CreateCandidateInput!) { createCandidateProfile(input: $input) { id } }`,
      { input },
      token,
    );
    if (activate)
      await call(
        `mutation($id: ID!) { changeCandidateStatus(id: $id, status: ACTIVE) { status } }`,
        { id },
        token,
      );
    return id as string;
  };
  const candidateShared = await candidate(hrA, await f.candidateInput());
  const candidateSelected = await candidate(
    hrA,
    await f.candidateInput({ sharingScope: 'SELECTED_EMPLOYERS', sharedWithEmployerIds: [b.id] }),
  );
  const candidateDraft = await candidate(hrA, await f.candidateInput({ consentGiven: false }), false);
  const candidateB = await candidate(hrB, await f.candidateInput());

  const vacancy = async (token: string, overrides: Record<string, unknown> = {}, open = true) => {
    const { id } = await call(
      `mutation($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }`,
      { input: await f.vacancyInput(overrides) },
      token,
    );
    if (open)
      await call(`mutation($id: ID!) { changeVacancyStatus(id: $id, status: OPEN) { id } }`, { id }, token);
    return id as string;
  };
  const vacancyOpen = await vacancy(hrA);
  const vacancyDraft = await vacancy(hrA, {}, false);
  const vacancyB = await vacancy(hrB, { kind: 'SECONDMENT', contractType: 'SECONDMENT' });

  // Scores come from the worker, which this app does not run: the two pairs go on the lists directly.
  for (const [owner, score] of [
    [candidateShared, 80],
    [candidateSelected, 75],
  ] as const)
    await f.query(
      `INSERT INTO match_list (side, owner_id, region_code, other_ids, scores, floor_score, model_version, scored_on)
       VALUES ('CANDIDATE', $1, 'AM27', ARRAY[$2]::uuid[], ARRAY[$3]::real[], 0, $4, current_date)`,
      [owner, vacancyB, score, MODEL_VERSION],
    );
  const jsA = (await f.actor(Role.JOB_SEEKER, { candidateId: candidateShared })).token;
  // candidateSelected answers for themself, so the introduction does not depend on acting on someone's behalf.
  const jsSelected = (await f.actor(Role.JOB_SEEKER, { candidateId: candidateSelected })).token;
  const RESPOND = (side: string) =>
    `mutation($input: MatchResponseInput!) { respondToMatchAs${side}(input: $input) { id state } }`;
  const interested = (candidateId: string) => ({
    input: { candidateId, vacancyId: vacancyB, interested: true },
  });
  await call(RESPOND('Candidate'), interested(candidateShared), jsA);
  const matchCase = await call(RESPOND('Employer'), interested(candidateShared), hrB);
  await call(RESPOND('Candidate'), interested(candidateSelected), jsSelected);
  const introduced = await call(RESPOND('Employer'), interested(candidateSelected), hrB);
  const consent = await call(
    `mutation($id: ID!) { answerIntroductionConsent(matchCaseId: $id, consent: GIVEN) { state } }`,
    { id: introduced.id },
    jsSelected,
  );
  if (consent.state !== 'INTRODUCED') throw new Error(`Setup: introduction is ${consent.state}`);

  // A candidate without an account, whose HR lead records the introduction consent they gave in person.
  const candidateNoAccount = await candidate(hrA, await f.candidateInput());
  await f.query(
    `INSERT INTO match_list (side, owner_id, region_code, other_ids, scores, floor_score, model_version, scored_on)
     VALUES ('CANDIDATE', $1, 'AM27', ARRAY[$2]::uuid[], ARRAY[70]::real[], 0, $3, current_date)`,
    [candidateNoAccount, vacancyB, MODEL_VERSION],
  );
  await call(RESPOND('Candidate'), interested(candidateNoAccount), hrA);
  const onBehalf = await call(RESPOND('Employer'), interested(candidateNoAccount), hrB);
  const text = await call(
    `query($id: ID!) { introductionConsentText(matchCaseId: $id) { textVersion } }`,
    { id: onBehalf.id },
    hrA,
  );
  const statement = await call(
    `mutation($id: ID!, $input: RecordConsentStatementInput!) {
      recordIntroductionConsentStatement(matchCaseId: $id, input: $input) { id } }`,
    {
      id: onBehalf.id,
      input: {
        method: 'IN_PERSON',
        givenOn: new Date().toISOString().slice(0, 10),
        textVersion: text.textVersion,
      },
    },
    hrA,
  );

  const hrBAccount: { id: string }[] = await f.query(`SELECT id FROM user_account WHERE employer_id = $1`, [
    b.id,
  ]);
  const requestAccount = async (employerId = b.id) =>
    (
      await call(
        `mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { account { id } } }`,
        {
          input: {
            email: `${f.unique('pending').replace(/\W/g, '')}@test.werkbrug.nl`,
            displayName: 'Nieuwe HR',
            role: 'HR_LEAD',
            employerId,
          },
        },
        rmt27,
      )
    ).account.id as string;
  const pendingAccountId = await requestAccount();
  const pendingAccountToReject = await requestAccount();
  // The first HR lead of a new employer, requested by RMT27 and approved by ADMIN: not activated yet.
  const admin = (await f.actor(Role.ADMINISTRATOR)).token;
  const activationPendingAccountId = await requestAccount((await f.employer('AM27')).id);
  await call(
    `mutation($id: ID!) { approveStaffAccount(id: $id) { account { id } } }`,
    { id: activationPendingAccountId },
    admin,
  );

  const rematch = await call(`mutation { startRegionRematch { id } }`, {}, rmt27);

  const session = async () => {
    const { id } = await call(
      `mutation($input: SessionSetupInput!) { createMeetAndGreetSession(input: $input) { id } }`,
      { input: sessionSetup() },
      rmt27,
    );
    await call(
      `mutation($id: ID!, $input: InviteToSessionInput!) { inviteToSession(sessionId: $id, input: $input) { candidates } }`,
      { id, input: { candidateIds: [candidateShared], employers: [{ employerId: b.id }] } },
      rmt27,
    );
    return id as string;
  };
  const sessionId = await session();
  const sessionToClose = await session();
  // Meetings come from the worker's plan; one is placed directly so meeting operations have something to act on.
  const [meeting]: { id: string }[] = await f.query(
    `INSERT INTO session_meeting (session_id, candidate_id, employer_id, vacancy_id, slot, representative, table_no)
     VALUES ($1, $2, $3, $4, 0, 0, 0) RETURNING id`,
    [sessionId, candidateShared, b.id, vacancyB],
  );

  const placement = await call(
    `mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { id } }`,
    { input: proposal({ candidateShared, employerB: b.id }) },
    hrA,
  );
  const jsB = await f.actor(Role.JOB_SEEKER, { candidateId: candidateB });

  // An erasure the region's team asked for on candidateSelected's behalf, open (the matrix re-opens it).
  const [erasure] = await f.query<{ id: string }>(
    `INSERT INTO erasure_request (candidate_id, employer_id, region_code, requested_by_role, reason, scheduled_for)
     SELECT id, employer_id, region_code, 'MOBILITY_TEAM', 'Gevraagd per telefoon', now() + interval '7 days'
     FROM candidate_profile WHERE id = $1 RETURNING id`,
    [candidateSelected],
  );

  // JS_B's consent to e-mail, in force: theirs alone to withdraw.
  const [emailConsent] = await f.query<{ id: string }>(
    `WITH flag AS (UPDATE candidate_profile SET email_notifications = true WHERE id = $1)
     INSERT INTO consent_record (candidate_id, kind, text_nl, text_en, text_version, given_at, given_by_role)
     VALUES ($1, 'RECEIVE_EMAIL', 'Ik wil berichten ook per e-mail.', 'I want messages by e-mail too.', 'v1-test',
             now(), 'JOB_SEEKER') RETURNING id`,
    [candidateB],
  );

  // A spoor-2 trajectory of employer A's candidate guided by RMT27, and one of employer B's to close, guided by an
  // external counsellor.
  const counsellorActor = await f.actor(Role.COUNSELLOR, { regionCode: 'AM27' });
  const [counsellorAccount] = await f.query<{ id: string }>(`SELECT id FROM user_account WHERE email = $1`, [
    counsellorActor.email,
  ]);
  const openTrajectory = (candidateId: string, kind: string, counsellorUserId: string) =>
    call(
      `mutation($input: OpenTrajectoryInput!) { openTrajectory(input: $input) { id } }`,
      {
        input: {
          candidateId,
          kind,
          counsellorUserId,
          startedOn: isoDate(0),
          firstSicknessDay: kind === 'SICKNESS_REINTEGRATION' ? isoDate(-300) : null,
        },
      },
      rmt27,
    );
  const trajectory = await openTrajectory(candidateShared, 'SICKNESS_REINTEGRATION', rmt27Account.id);
  const trajectoryToClose = await openTrajectory(candidateB, 'WORK_TO_WORK', counsellorAccount.id);
  const planned = await call(
    `mutation($id: ID!, $input: PlanActionInput!) { addTrajectoryPlanAction(id: $id, input: $input) { plan { actions { id } } } }`,
    {
      id: trajectory.id,
      input: { description: 'Werkgevers in de zorg benaderen.', owner: 'COUNSELLOR', dueOn: isoDate(30) },
    },
    rmt27,
  );
  // A hire of employer A's draft candidate (so no other case's candidate leaves the pool), not yet followed up.
  const hire = await call(
    `mutation($input: RecordHireInput!) { recordHire(input: $input) { followUps { id } } }`,
    {
      input: {
        candidateId: candidateDraft,
        employerId: b.id,
        contractType: 'FIXED_TERM',
        startedOn: isoDate(0),
        source: 'OUTSIDE',
      },
    },
    hrA,
  );

  // Employer A's mobility plan, published once and being rewritten; and a second one still a first draft.
  const plan = await call(
    `mutation($input: MobilityPlanDraftInput!) { createMobilityPlan(input: $input) { id } }`,
    { input: planDraft() },
    hrA,
  );
  await call(`mutation($id: ID!) { publishMobilityPlan(planId: $id) { id } }`, { id: plan.id }, hrA);
  const rewritten = await call(
    `mutation($id: ID!) { startMobilityPlanVersion(planId: $id) { published { id paths { id } } draft { id } } }`,
    { id: plan.id },
    hrA,
  );
  const [question] = await f.query<{ id: string }>(
    `INSERT INTO mobility_plan_question (plan_id, asked_by_candidate_id, anonymous, question)
     VALUES ($1, $2, true, 'Geldt het opleidingsbudget ook na de einddatum?') RETURNING id`,
    [plan.id, candidateShared],
  );
  const toPublish = await call(
    `mutation($input: MobilityPlanDraftInput!) { createMobilityPlan(input: $input) { id } }`,
    { input: planDraft() },
    hrA,
  );

  // A care network of employers A and B in AM27, and HR_A's requests in it for their own candidate.
  const commitment = {
    commitmentStart: isoDate(0),
    commitmentEnd: isoDate(200),
    contactName: 'HR-adviseur',
  };
  const activeNetwork = async (name: string) => {
    const network = await call(
      `mutation($input: EmployerNetworkInput!) { createEmployerNetwork(input: $input) { id } }`,
      { input: { name, employerIds: [a.id, b.id] } },
      rmt27,
    );
    for (const hr of [hrA, hrB])
      await call(
        `mutation($id: ID!, $c: NetworkCommitmentInput!) { joinEmployerNetwork(networkId: $id, commitment: $c) { id } }`,
        { id: network.id, c: commitment },
        hr,
      );
    return network.id as string;
  };
  const networkId = await activeNetwork('Zorgnetwerk');
  const networkToLeave = await activeNetwork('Netwerk om te verlaten');
  const collegialRequest = () =>
    call(
      `mutation($input: CollegialRequestInput!) { createCollegialRequest(input: $input) { id } }`,
      {
        input: {
          networkId,
          candidateId: candidateShared,
          sought: 'SECONDMENT',
          startFrom: isoDate(30),
          durationMonths: 6,
          hoursPerWeek: 24,
        },
      },
      hrA,
    );
  const request = await collegialRequest();
  const requestToClose = await collegialRequest();
  // A request employer B answered with an offer, for the asker to turn into a placement.
  const requestWithOffer = await collegialRequest();
  await call(
    `mutation($id: ID!) { answerCollegialRequest(requestId: $id, answer: { kind: SECONDMENT_PLACE, note: "Plek in het team" }) { id } }`,
    { id: requestWithOffer.id },
    hrB,
  );

  return {
    ids: {
      networkId,
      networkToLeave,
      collegialRequestId: request.id,
      collegialRequestToClose: requestToClose.id,
      collegialRequestWithOffer: requestWithOffer.id,
      mobilityPlanId: plan.id,
      mobilityPlanVersionId: rewritten.published.id,
      mobilityPlanDraftVersionId: rewritten.draft.id,
      mobilityPlanPathId: rewritten.published.paths[0].id,
      mobilityPlanToPublish: toPublish.id,
      mobilityPlanQuestionId: question.id,
      trajectoryId: trajectory.id,
      trajectoryToClose: trajectoryToClose.id,
      planActionId: (planned.plan as { actions: { id: string }[] }).actions[0].id,
      rmt27UserId: rmt27Account.id,
      counsellorUserId: counsellorAccount.id,
      followUpId: (hire.followUps as { id: string }[])[0].id,
      employerA: a.id,
      employerB: b.id,
      employerC: c.id,
      candidateShared,
      candidateDraft,
      candidateSelected,
      candidateB,
      vacancyOpen,
      vacancyDraft,
      vacancyB,
      skills: await f.skillIds(3),
      pc4: await f.pc4(),
      sessionId,
      sessionToClose,
      meetingId: meeting.id,
      placementId: placement.id,
      matchCaseId: matchCase.id,
      introducedMatchCaseId: introduced.id,
      rematchRunId: rematch.id,
      loginEmail: jsB.email,
      statementId: statement.id,
      pendingAccountId,
      pendingAccountToReject,
      activationPendingAccountId,
      hrBUserId: hrBAccount[0].id,
      erasureRequestId: erasure.id,
      consentRecordId: emailConsent.id,
    },
    tokens: {
      HR_A: hrA,
      HR_B: hrB,
      HR_C: (await f.actor(Role.HR_LEAD, { employerId: c.id })).token,
      RMT27: rmt27,
      RMT01: (await f.actor(Role.MOBILITY_TEAM, { regionCode: 'AM01' })).token,
      JS_A: jsA,
      JS_B: jsB.token,
      ADMIN: admin,
      COUNS: counsellorActor.token,
      ANON: undefined,
    },
  };
}
