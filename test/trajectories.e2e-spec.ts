import { Role } from '@werkbrug/core';
import { addDays, regionToday } from '@werkbrug/trajectories';
import { Actor, Fixtures } from './support/fixtures';
import {
  candidateInputIn,
  changeCandidateStatus,
  createCandidate,
  EmployerWithHrLead,
  employerWithHrLead,
  expectData,
  expectError,
} from './support/helpers-auth';
import request from 'supertest';
import { asBytes } from './support/binary-response';
import { createTestApp, TestApp } from './support/test-app';

/**
 * A spoor-2 trajectory from opening to closing: the mobility team opens it and assigns a counsellor, the client
 * employer confirms the preconditions, the counsellor screens and logs contacts, and the health details reach
 * only the counsellor and the candidate. The tests build on each other, in order.
 */
const REGION = 'AM19';
const FIELDS = `id candidateId candidatePublicCode kind status clientName counsellor { id displayName }
  startedOn firstSicknessDay waitingPeriodEndsOn wiaApplicationDueOn plannedDismissalOn
  preconditions { kind confirmedOn confirmedBy { id } }
  healthVisible assessment { domain score note } functionalCapacityNote functionalConclusion
  conclusions { sectors mobility training obstacles period } advice adviceReason screenedOn
  contacts { kind occurredOn durationMinutes summary consequence recordedBy { id displayName } }
  closedOn outcome successful closingNote viewerMay { guide confirmPreconditions assignCounsellor } version`;
const GET = `query($id: ID!) { trajectory(id: $id) { ${FIELDS} } }`;
const OPEN = `mutation($input: OpenTrajectoryInput!) { openTrajectory(input: $input) { ${FIELDS} } }`;
const SCREEN = `mutation($id: ID!, $input: SaveScreeningInput!) { saveTrajectoryScreening(id: $id, input: $input) { ${FIELDS} } }`;
const CONTACT = `mutation($id: ID!, $input: TrajectoryContactInput!) { logTrajectoryContact(id: $id, input: $input) { ${FIELDS} } }`;
const CONFIRM = `mutation($id: ID!, $input: ConfirmPreconditionInput!) { confirmTrajectoryPrecondition(id: $id, input: $input) { ${FIELDS} } }`;
const CLOSE = `mutation($id: ID!, $input: CloseTrajectoryInput!) { closeTrajectory(id: $id, input: $input) { ${FIELDS} } }`;
const LIST = `query($mine: Boolean, $status: TrajectoryStatus, $candidateId: ID) {
  trajectories(mine: $mine, status: $status, candidateId: $candidateId) { totalCount nodes { id status } } }`;
const HEALTH_NOTE = 'Rugklachten; na de hernia-operatie nog fysiotherapie.';

describe('trajectories', () => {
  let t: TestApp;
  let f: Fixtures;
  let client: EmployerWithHrLead;
  let other: EmployerWithHrLead;
  let counsellor: Actor;
  let colleague: Actor;
  let otherRegion: Actor;
  let jobSeeker: Actor;
  let admin: Actor;
  let candidateId: string;
  let trajectoryId: string;
  const today = regionToday();
  const firstSicknessDay = addDays(today, -400);

  const gql = (query: string, variables: Record<string, unknown>, actor: Actor) =>
    t.gql(query, variables, actor.token);
  const read = async (actor: Actor) => expectData(await gql(GET, { id: trajectoryId }, actor)).trajectory;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t);
    client = await employerWithHrLead(f, REGION);
    other = await employerWithHrLead(f, REGION);
    counsellor = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    colleague = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    otherRegion = await f.actor(Role.MOBILITY_TEAM, { regionCode: 'AM01' });
    admin = await f.actor(Role.ADMINISTRATOR);
    candidateId = await createCandidate(
      t,
      client.hr.token,
      await candidateInputIn(f, client.pc4, { track: 'SICKNESS_REINTEGRATION' }),
    );
    await changeCandidateStatus(t, client.hr.token, candidateId, 'ACTIVE');
    jobSeeker = await f.actor(Role.JOB_SEEKER, { candidateId });
  });

  afterAll(() => t.close());

  it('offers the region’s active team members as counsellors, to the mobility team only', async () => {
    const names = expectData(await gql(`{ counsellors { id displayName } }`, {}, colleague)).counsellors;
    expect(names.map((c: { id: string }) => c.id)).toEqual(
      expect.arrayContaining([counsellor.userId, colleague.userId]),
    );
    expect(names.map((c: { id: string }) => c.id)).not.toContain(otherRegion.userId);
    expectError(await gql(`{ counsellors { id } }`, {}, client.hr), 'FORBIDDEN', {
      reason: 'ONLY_THE_MOBILITY_TEAM',
    });
  });

  it('refuses a spoor-2 trajectory without a first sickness day, and a counsellor from outside the team', async () => {
    const input = {
      candidateId,
      kind: 'SICKNESS_REINTEGRATION',
      counsellorUserId: counsellor.userId,
      startedOn: today,
    };
    expectError(await gql(OPEN, { input }, colleague), 'BAD_USER_INPUT', {
      reason: 'FIRST_SICKNESS_DAY_REQUIRED',
    });
    expectError(
      await gql(
        OPEN,
        { input: { ...input, firstSicknessDay, counsellorUserId: otherRegion.userId } },
        colleague,
      ),
      'BAD_USER_INPUT',
      { reason: 'COUNSELLOR_NOT_IN_TEAM' },
    );
    expectError(
      await gql(OPEN, { input: { ...input, firstSicknessDay: addDays(today, 1) } }, colleague),
      'BAD_USER_INPUT',
      { field: 'firstSicknessDay', reason: 'DATE_IN_THE_FUTURE' },
    );
    expectError(await gql(OPEN, { input: { ...input, firstSicknessDay } }, client.hr), 'FORBIDDEN', {
      reason: 'ONLY_THE_MOBILITY_TEAM',
    });
    expectError(await gql(OPEN, { input: { ...input, firstSicknessDay } }, otherRegion), 'NOT_FOUND');
  });

  it('opens a spoor-2 trajectory with the dates that drive its urgency', async () => {
    const input = {
      candidateId,
      kind: 'SICKNESS_REINTEGRATION',
      counsellorUserId: counsellor.userId,
      startedOn: today,
      firstSicknessDay,
      plannedDismissalOn: addDays(today, 200),
    };
    const opened = expectData(await gql(OPEN, { input }, colleague)).openTrajectory;
    trajectoryId = opened.id;
    expect(opened).toMatchObject({
      status: 'OPEN',
      kind: 'SICKNESS_REINTEGRATION',
      clientName: client.employer.name,
      counsellor: { id: counsellor.userId, displayName: 'Test MOBILITY_TEAM' },
      firstSicknessDay,
      waitingPeriodEndsOn: addDays(firstSicknessDay, 727),
      wiaApplicationDueOn: addDays(firstSicknessDay, 650),
      viewerMay: { guide: false, confirmPreconditions: false, assignCounsellor: true },
    });
    expectError(await gql(OPEN, { input }, colleague), 'CONFLICT', {
      reason: 'TRAJECTORY_ALREADY_OPEN',
      openTrajectoryId: trajectoryId,
    });
  });

  it('lets the client employer and the counsellor confirm the preconditions, with their date and name', async () => {
    const confirmed = expectData(
      await gql(
        CONFIRM,
        { id: trajectoryId, input: { kind: 'INTERNAL_REPLACEMENT_RULED_OUT', confirmedOn: today } },
        client.hr,
      ),
    ).confirmTrajectoryPrecondition;
    expect(confirmed.preconditions).toEqual([
      { kind: 'INTERNAL_REPLACEMENT_RULED_OUT', confirmedOn: today, confirmedBy: { id: client.hr.userId } },
    ]);
    expectData(
      await gql(
        CONFIRM,
        { id: trajectoryId, input: { kind: 'WILL_RESIGN_ON_NEW_JOB', confirmedOn: today } },
        counsellor,
      ),
    );
    expectError(
      await gql(
        CONFIRM,
        { id: trajectoryId, input: { kind: 'INFORMED_OF_DISMISSAL_REQUEST', confirmedOn: today } },
        colleague,
      ),
      'FORBIDDEN',
      { reason: 'ONLY_CLIENT_OR_COUNSELLOR' },
    );
    expectError(
      await gql(
        CONFIRM,
        { id: trajectoryId, input: { kind: 'INFORMED_OF_DISMISSAL_REQUEST', confirmedOn: today } },
        other.hr,
      ),
      'NOT_FOUND',
    );
  });

  it('keeps health information in the health domain, for the counsellor and the candidate only', async () => {
    const input = {
      items: [
        { domain: 'MOTIVATION', score: 4, note: 'Wil graag weer aan de slag in de zorg.' },
        { domain: 'HEALTH', score: 2, note: HEALTH_NOTE },
      ],
      functionalCapacityNote: 'Arbeidsdeskundige: beperkt belastbaar voor tillen na de hernia.',
      functionalConclusion: 'Kan werken zonder zwaar tillen, met afwisseling van zitten en staan.',
      conclusionSectors: 'Ja, voor de zorgadministratie en de receptie.',
      conclusionPeriod: 'Binnen zes maanden.',
      advice: 'START_TRAJECTORY',
    };
    // Health information in any other domain is refused, as everywhere else in Werkbrug.
    expectError(
      await gql(
        SCREEN,
        { id: trajectoryId, input: { items: [{ domain: 'WORK', score: 3, note: HEALTH_NOTE }] } },
        counsellor,
      ),
      'BAD_USER_INPUT',
      { field: 'items.0.note', personalDataKind: 'HEALTH_INFORMATION' },
    );
    expectError(
      await gql(SCREEN, { id: trajectoryId, input: { functionalConclusion: HEALTH_NOTE } }, counsellor),
      'BAD_USER_INPUT',
      { field: 'functionalConclusion', personalDataKind: 'HEALTH_INFORMATION' },
    );
    expectError(await gql(SCREEN, { id: trajectoryId, input }, colleague), 'FORBIDDEN', {
      reason: 'ONLY_THE_COUNSELLOR',
    });
    const saved = expectData(
      await gql(SCREEN, { id: trajectoryId, input }, counsellor),
    ).saveTrajectoryScreening;
    expect(saved).toMatchObject({
      healthVisible: true,
      assessment: [
        { domain: 'MOTIVATION', score: 4 },
        { domain: 'HEALTH', score: 2, note: HEALTH_NOTE },
      ],
      advice: 'START_TRAJECTORY',
      screenedOn: today,
      conclusions: {
        sectors: 'Ja, voor de zorgadministratie en de receptie.',
        period: 'Binnen zes maanden.',
        mobility: null,
      },
    });
    expect(await read(jobSeeker)).toMatchObject({
      healthVisible: true,
      functionalCapacityNote: input.functionalCapacityNote,
    });
    for (const viewer of [client.hr, colleague]) {
      const seen = await read(viewer);
      expect(seen).toMatchObject({
        healthVisible: false,
        functionalCapacityNote: null,
        functionalConclusion: input.functionalConclusion,
        assessment: [{ domain: 'MOTIVATION', score: 4, note: 'Wil graag weer aan de slag in de zorg.' }],
      });
      expect(JSON.stringify(seen)).not.toContain('hernia');
    }
  });

  it('asks why when the screening advises against spoor 2', async () => {
    expectError(
      await gql(SCREEN, { id: trajectoryId, input: { advice: 'NOT_FEASIBLE' } }, counsellor),
      'BAD_USER_INPUT',
      { reason: 'ADVICE_REASON_REQUIRED' },
    );
    // A partial update leaves the rest as it was.
    const kept = expectData(
      await gql(
        SCREEN,
        { id: trajectoryId, input: { conclusionTraining: 'Een cursus medisch secretariaat.' } },
        counsellor,
      ),
    ).saveTrajectoryScreening;
    expect(kept).toMatchObject({
      advice: 'START_TRAJECTORY',
      conclusions: { training: 'Een cursus medisch secretariaat.', period: 'Binnen zes maanden.' },
    });
  });

  it('makes versioned reports, each rendered for its reader: health only for the counsellor, receipts recorded', async () => {
    const GENERATE = `mutation($id: ID!, $kind: TrajectoryReportKind!) {
      generateTrajectoryReport(trajectoryId: $id, kind: $kind) { id kind version url generatedBy { id } } }`;
    const first = expectData(
      await gql(GENERATE, { id: trajectoryId, kind: 'INTAKE' }, counsellor),
    ).generateTrajectoryReport;
    const second = expectData(
      await gql(GENERATE, { id: trajectoryId, kind: 'INTAKE' }, counsellor),
    ).generateTrajectoryReport;
    expect([first.version, second.version]).toEqual([1, 2]);
    expect(second).toMatchObject({
      kind: 'INTAKE',
      url: `/trajectory-reports/${second.id}.html`,
      generatedBy: { id: counsellor.userId },
    });
    expectError(await gql(GENERATE, { id: trajectoryId, kind: 'FINAL' }, counsellor), 'CONFLICT', {
      reason: 'REPORT_NEEDS_CLOSING',
    });
    expectError(await gql(GENERATE, { id: trajectoryId, kind: 'INTAKE' }, client.hr), 'FORBIDDEN', {
      reason: 'ONLY_THE_COUNSELLOR',
    });
    const open = (actor: Actor) =>
      request(t.app.getHttpServer()).get(second.url).set('Authorization', `Bearer ${actor.token}`);
    const forClient = await open(client.hr);
    expect(forClient.status).toBe(200);
    expect(forClient.headers['content-type']).toContain('text/html');
    expect(forClient.text).toContain('Intakerapportage');
    expect(forClient.text).toContain('Ja, voor de zorgadministratie en de receptie.');
    expect(forClient.text).not.toContain('hernia');
    expect(forClient.text).toContain(
      'Gezondheidsgegevens (het domein gezondheid en de belastbaarheid) zijn weggelaten',
    );
    const forCounsellor = await open(counsellor);
    expect(forCounsellor.text).toContain('Rugklachten; na de hernia-operatie nog fysiotherapie.');
    // The same report as a PDF: the same document, drawn for the same reader.
    const pdf = await asBytes(
      request(t.app.getHttpServer())
        .get(second.url.replace(/\.html$/, '.pdf'))
        .set('Authorization', `Bearer ${client.hr.token}`),
    );
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const bytes = pdf.body as Buffer;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.subarray(-6).toString()).toContain('%%EOF');
    expect((await open(other.hr)).status).toBe(404);
    const listed = expectData(
      await gql(
        `query($id: ID!) { trajectoryReports(trajectoryId: $id) { version receipts { userId role } } }`,
        { id: trajectoryId },
        counsellor,
      ),
    ).trajectoryReports;
    expect(listed.map((r: { version: number }) => r.version)).toEqual([2, 1]);
    // The maker's own opening is no receipt; the client's is.
    expect(listed[0].receipts).toEqual([{ userId: client.hr.userId, role: 'HR_LEAD' }]);
  });

  it('logs contacts and absences, newest first, through the privacy guard', async () => {
    expectError(
      await gql(
        CONTACT,
        { id: trajectoryId, input: { occurredOn: today, kind: 'PHONE', summary: 'Gebeld op 0612345678.' } },
        counsellor,
      ),
      'BAD_USER_INPUT',
      { field: 'summary' },
    );
    expectError(
      await gql(
        CONTACT,
        { id: trajectoryId, input: { occurredOn: addDays(today, -1), kind: 'TALK', summary: 'Intake.' } },
        counsellor,
      ),
      'BAD_USER_INPUT',
      { field: 'occurredOn', reason: 'DATE_BEFORE_START' },
    );
    expectData(
      await gql(
        CONTACT,
        {
          id: trajectoryId,
          input: {
            occurredOn: today,
            kind: 'TALK',
            durationMinutes: 60,
            summary: 'Intakegesprek: wensen en mogelijkheden besproken.',
          },
        },
        counsellor,
      ),
    );
    const logged = expectData(
      await gql(
        CONTACT,
        {
          id: trajectoryId,
          input: {
            occurredOn: today,
            kind: 'NO_SHOW',
            summary: 'Niet verschenen op de afspraak.',
            consequence: 'Nieuwe afspraak; bij herhaling melding aan de werkgever.',
          },
        },
        counsellor,
      ),
    ).logTrajectoryContact;
    expect(logged.contacts.map((c: { kind: string }) => c.kind)).toEqual(['NO_SHOW', 'TALK']);
    expect(logged.contacts[1]).toMatchObject({ durationMinutes: 60, recordedBy: { id: counsellor.userId } });
    expectError(
      await gql(
        CONTACT,
        { id: trajectoryId, input: { occurredOn: today, kind: 'TALK', summary: 'Gesprek.' } },
        jobSeeker,
      ),
      'FORBIDDEN',
      { reason: 'ONLY_THE_COUNSELLOR' },
    );
  });

  it('lists trajectories by who may see them', async () => {
    const count = async (actor: Actor, variables: Record<string, unknown> = {}) =>
      expectData(await gql(LIST, variables, actor)).trajectories.totalCount;
    await expect(count(counsellor, { mine: true })).resolves.toBe(1);
    await expect(count(colleague, { mine: true })).resolves.toBe(0);
    await expect(count(colleague, { candidateId })).resolves.toBe(1);
    await expect(count(client.hr)).resolves.toBe(1);
    await expect(count(jobSeeker)).resolves.toBe(1);
    await expect(count(other.hr)).resolves.toBe(0);
    await expect(count(otherRegion, { candidateId })).resolves.toBe(0);
    await expect(count(admin)).resolves.toBe(0);
    for (const outsider of [other.hr, otherRegion, admin])
      expectError(await gql(GET, { id: trajectoryId }, outsider), 'NOT_FOUND');
  });

  it('keeps a plan: goals, search directions, modules, time investment and actions that their owners tick off', async () => {
    const PLAN_FIELDS = `plan { goals searchDirections { occupationId labelEn } modules hoursPerWeek updatedOn
      actions { id description owner dueOn doneOn viewerMayComplete } }
      progressNotes { month note } viewerMay { writeProgressNote }`;
    const SAVE = `mutation($id: ID!, $input: SaveTrajectoryPlanInput!) { saveTrajectoryPlan(id: $id, input: $input) { ${PLAN_FIELDS} } }`;
    const ADD = `mutation($id: ID!, $input: PlanActionInput!) { addTrajectoryPlanAction(id: $id, input: $input) { ${PLAN_FIELDS} } }`;
    const DONE = `mutation($id: ID!, $on: LocalDate) { completeTrajectoryPlanAction(actionId: $id, doneOn: $on) { ${PLAN_FIELDS} } }`;
    const NOTE = `mutation($id: ID!, $note: String!) { writeTrajectoryProgressNote(id: $id, input: { note: $note }) { ${PLAN_FIELDS} } }`;
    const PLAN = `query($id: ID!) { trajectory(id: $id) { ${PLAN_FIELDS} } }`;
    const occupations = await f.query<{ id: string; label_en: string }>(
      `SELECT id, label_en FROM esco_occupation ORDER BY code LIMIT 2`,
    );
    const [first, second] = occupations;

    // Bad input is refused whole: nothing of it is kept.
    expectError(
      await gql(
        SAVE,
        { id: trajectoryId, input: { goals: 'Werk', searchDirectionIds: [first.id, first.id] } },
        counsellor,
      ),
      'BAD_USER_INPUT',
      { reason: 'SEARCH_DIRECTION_TWICE' },
    );
    expectError(
      await gql(SAVE, { id: trajectoryId, input: { searchDirectionIds: [candidateId] } }, counsellor),
      'BAD_USER_INPUT',
      { field: 'searchDirectionIds' },
    );
    expectError(
      await gql(
        SAVE,
        { id: trajectoryId, input: { goals: 'Na de hernia-operatie licht werk.' } },
        counsellor,
      ),
      'BAD_USER_INPUT',
    );
    expectError(await gql(SAVE, { id: trajectoryId, input: { goals: 'Werk' } }, client.hr), 'FORBIDDEN', {
      reason: 'ONLY_THE_COUNSELLOR',
    });
    expect(expectData(await gql(PLAN, { id: trajectoryId }, counsellor)).trajectory.plan.goals).toBeNull();

    const saved = expectData(
      await gql(
        SAVE,
        {
          id: trajectoryId,
          input: {
            goals: 'Binnen zes maanden een baan in de logistiek of de zorg, dicht bij huis.',
            searchDirectionIds: [second.id, first.id],
            modules: ['WORK_ORIENTATION', 'COMING_TO_TERMS', 'APPLICATION_COACHING'],
            hoursPerWeek: 12,
          },
        },
        counsellor,
      ),
    ).saveTrajectoryPlan.plan;
    expect(saved).toMatchObject({
      goals: 'Binnen zes maanden een baan in de logistiek of de zorg, dicht bij huis.',
      searchDirections: [
        { occupationId: second.id, labelEn: expect.any(String) },
        { occupationId: first.id, labelEn: first.label_en },
      ],
      // In the modules' own order, whatever order they were given in.
      modules: ['COMING_TO_TERMS', 'WORK_ORIENTATION', 'APPLICATION_COACHING'],
      hoursPerWeek: 12,
      updatedOn: today,
    });
    // A partial update leaves the rest as it was.
    const partly = expectData(await gql(SAVE, { id: trajectoryId, input: { hoursPerWeek: 16 } }, counsellor))
      .saveTrajectoryPlan.plan;
    expect(partly).toMatchObject({
      hoursPerWeek: 16,
      modules: saved.modules,
      searchDirections: saved.searchDirections,
    });

    expectError(
      await gql(
        ADD,
        { id: trajectoryId, input: { description: 'Cv', owner: 'CANDIDATE', dueOn: addDays(today, 400) } },
        counsellor,
      ),
      'BAD_USER_INPUT',
      { field: 'dueOn', reason: 'DATE_DEADLINE_TOO_FAR_AHEAD' },
    );
    await gql(
      ADD,
      {
        id: trajectoryId,
        input: { description: 'Vacatures in de zorg delen.', owner: 'COUNSELLOR', dueOn: addDays(today, 20) },
      },
      counsellor,
    );
    await gql(
      ADD,
      {
        id: trajectoryId,
        input: {
          description: 'Proefplaats regelen met de afdeling.',
          owner: 'CLIENT',
          dueOn: addDays(today, 30),
        },
      },
      counsellor,
    );
    const actions = expectData(
      await gql(
        ADD,
        {
          id: trajectoryId,
          input: { description: 'Cv bijwerken.', owner: 'CANDIDATE', dueOn: addDays(today, 7) },
        },
        counsellor,
      ),
    ).addTrajectoryPlanAction.plan.actions;
    expect(actions.map((a: { owner: string }) => a.owner)).toEqual(['CANDIDATE', 'COUNSELLOR', 'CLIENT']);
    const [own, counsellors, clients] = actions as { id: string }[];

    // Each owner ticks off their own; nobody ticks off another's work.
    const seenBy = async (actor: Actor) =>
      expectData(await gql(PLAN, { id: trajectoryId }, actor)).trajectory.plan.actions.map(
        (a: { viewerMayComplete: boolean }) => a.viewerMayComplete,
      );
    expect(await seenBy(jobSeeker)).toEqual([true, false, false]);
    expect(await seenBy(client.hr)).toEqual([false, false, true]);
    expect(await seenBy(counsellor)).toEqual([true, true, true]);
    expectError(await gql(DONE, { id: counsellors.id }, jobSeeker), 'FORBIDDEN', {
      reason: 'ONLY_COUNSELLOR_OR_ACTION_OWNER',
    });
    expectError(await gql(DONE, { id: own.id, on: addDays(today, 1) }, jobSeeker), 'BAD_USER_INPUT', {
      reason: 'DATE_IN_THE_FUTURE',
    });
    const done = expectData(await gql(DONE, { id: own.id }, jobSeeker)).completeTrajectoryPlanAction.plan
      .actions;
    expect(done[0]).toMatchObject({ doneOn: today, viewerMayComplete: false });
    expectError(await gql(DONE, { id: own.id }, counsellor), 'CONFLICT', {
      reason: 'PLAN_ACTION_ALREADY_DONE',
    });
    expectData(await gql(DONE, { id: clients.id }, client.hr));
    // An action of a trajectory one may not see looks like one that does not exist.
    const hidden = await gql(DONE, { id: counsellors.id }, otherRegion);
    const unknown = await gql(DONE, { id: '00000000-0000-4000-8000-000000000000' }, otherRegion);
    expectError(hidden, 'NOT_FOUND');
    expect(hidden.errors?.[0].message).toBe(unknown.errors?.[0].message);

    // The monthly note is the candidate's own: they write it, the counsellor reads it, the client does not.
    expectError(await gql(NOTE, { id: trajectoryId, note: 'Goed gegaan.' }, counsellor), 'FORBIDDEN', {
      reason: 'ONLY_THE_CANDIDATE',
    });
    // Their own words may be about their health: only they and the counsellor read them.
    expectData(await gql(NOTE, { id: trajectoryId, note: 'Mijn rugklachten worden minder.' }, jobSeeker));
    const noted = expectData(
      await gql(
        NOTE,
        { id: trajectoryId, note: 'Twee sollicitaties verstuurd, één gesprek gehad.' },
        jobSeeker,
      ),
    ).writeTrajectoryProgressNote;
    expect(noted.progressNotes).toEqual([
      { month: `${today.slice(0, 7)}-01`, note: 'Twee sollicitaties verstuurd, één gesprek gehad.' },
    ]);
    expect(
      expectData(await gql(PLAN, { id: trajectoryId }, counsellor)).trajectory.progressNotes,
    ).toHaveLength(1);
    const clientView = expectData(await gql(PLAN, { id: trajectoryId }, client.hr)).trajectory;
    expect(clientView).toMatchObject({ progressNotes: [], viewerMay: { writeProgressNote: false } });
    expect(clientView.plan.goals).toBe(saved.goals);

    // The interim report carries the plan for every reader, the candidate's own words only for the counsellor.
    const report = expectData(
      await gql(
        `mutation($id: ID!) { generateTrajectoryReport(trajectoryId: $id, kind: INTERIM) { url } }`,
        { id: trajectoryId },
        counsellor,
      ),
    ).generateTrajectoryReport;
    const open = (actor: Actor) =>
      request(t.app.getHttpServer()).get(report.url).set('Authorization', `Bearer ${actor.token}`);
    const [forCounsellor, forClient] = [await open(counsellor), await open(client.hr)];
    for (const copy of [forCounsellor, forClient]) {
      expect(copy.text).toContain('Trajectplan');
      expect(copy.text).toContain('Binnen zes maanden een baan in de logistiek of de zorg, dicht bij huis.');
      expect(copy.text).toContain('Sollicitatiebegeleiding');
      expect(copy.text).toContain('Cv bijwerken.');
    }
    expect(forCounsellor.text).toContain('Twee sollicitaties verstuurd, één gesprek gehad.');
    expect(forClient.text).not.toContain('Twee sollicitaties verstuurd');
  });

  it('hands the trajectory to another counsellor', async () => {
    const moved = expectData(
      await gql(
        `mutation($id: ID!, $c: ID!) { assignTrajectoryCounsellor(id: $id, counsellorUserId: $c) { ${FIELDS} } }`,
        { id: trajectoryId, c: colleague.userId },
        counsellor,
      ),
    ).assignTrajectoryCounsellor;
    expect(moved).toMatchObject({
      counsellor: { id: colleague.userId },
      healthVisible: false,
      viewerMay: { guide: false },
    });
    expect(await read(colleague)).toMatchObject({ healthVisible: true, viewerMay: { guide: true } });
  });

  it('closes with an outcome, after which the record no longer changes and a new trajectory can start', async () => {
    expectError(
      await gql(
        CLOSE,
        { id: trajectoryId, input: { outcome: 'STOPPED_BY_CANDIDATE', closedOn: today } },
        colleague,
      ),
      'BAD_USER_INPUT',
      { reason: 'CLOSING_NOTE_REQUIRED' },
    );
    const closed = expectData(
      await gql(CLOSE, { id: trajectoryId, input: { outcome: 'EXTERNAL_JOB', closedOn: today } }, colleague),
    ).closeTrajectory;
    expect(closed).toMatchObject({
      status: 'CLOSED',
      outcome: 'EXTERNAL_JOB',
      successful: true,
      closedOn: today,
    });
    expectError(
      await gql(
        CONTACT,
        { id: trajectoryId, input: { occurredOn: today, kind: 'TALK', summary: 'Nazorg.' } },
        colleague,
      ),
      'CONFLICT',
      { reason: 'TRAJECTORY_CLOSED' },
    );
    const again = expectData(
      await gql(
        OPEN,
        {
          input: { candidateId, kind: 'WORK_TO_WORK', counsellorUserId: counsellor.userId, startedOn: today },
        },
        colleague,
      ),
    ).openTrajectory;
    expectError(
      await gql(
        CONFIRM,
        { id: again.id, input: { kind: 'WILL_RESIGN_ON_NEW_JOB', confirmedOn: today } },
        counsellor,
      ),
      'CONFLICT',
      { reason: 'PRECONDITIONS_ONLY_FOR_SPOOR_2' },
    );
    const history = expectData(await gql(LIST, { candidateId }, client.hr)).trajectories.nodes;
    expect(history.map((h: { status: string }) => h.status)).toEqual(['OPEN', 'CLOSED']);
  });
});
