import { Role } from '@werkbrug/core';
import { CandidatesService } from '@werkbrug/candidates';
import { MobilityPlansService } from '@werkbrug/mobility-plans';
import { planDraft } from './authorization/cases.mobility-plans';
import { Actor, Fixtures } from './support/fixtures';
import {
  candidateInputIn,
  createCandidate,
  EmployerWithHrLead,
  employerWithHrLead,
  expectData,
  expectError,
} from './support/helpers-auth';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Mobility plans: an HR lead writes and publishes the paths, the employer's employees compare them on their own
 * figures, which nothing stores. Region AM35 is this file's own.
 */
const REGION = 'AM35';
const PLAN = `{ id canEdit published { id number status paths { id name { nl } } } draft { id number updatedAt } }`;
const CREATE = `mutation($e: ID, $input: MobilityPlanDraftInput!) { createMobilityPlan(employerId: $e, input: $input) ${PLAN} }`;
const SAVE = `mutation($id: ID!, $input: MobilityPlanDraftInput!, $basedOn: DateTime) {
  saveMobilityPlanDraft(planId: $id, input: $input, basedOn: $basedOn) ${PLAN} }`;
const PUBLISH = `mutation($id: ID!) { publishMobilityPlan(planId: $id) ${PLAN} }`;
const NEW_VERSION = `mutation($id: ID!) { startMobilityPlanVersion(planId: $id) ${PLAN} }`;
const GET = `query($id: ID!) { mobilityPlan(id: $id) ${PLAN} }`;
const LIST = `{ mobilityPlans { id } }`;
const COMPARE = `query($v: ID!, $f: EmployeeFiguresInput!) { compareMobilityPaths(versionId: $v, figures: $f) {
  notice { nl } parametersReviewedOn
  paths { pathId totalEur
    items { kind elementIndex totalEur calculation { nl en } parameters { id value validFrom sourceUrl assumedToContinue } }
    months { month startsOn totalEur amountsEur } } } }`;
/** An unusual salary, easy to look for in every table afterwards. */
const FIGURES = { grossMonthlySalaryEur: 3017.37, yearsOfService: 12, employmentHistoryYears: 20 };

describe('mobility plans', () => {
  let t: TestApp;
  let f: Fixtures;
  let own: EmployerWithHrLead;
  let other: EmployerWithHrLead;
  let seeker: Actor;
  let team: Actor;
  let planId: string;

  const gql = (query: string, variables: Record<string, unknown>, actor: Actor) =>
    t.gql(query, variables, actor.token);

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t);
    own = await employerWithHrLead(f, REGION);
    other = await employerWithHrLead(f, 'AM36');
    team = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    const candidateId = await createCandidate(t, own.hr.token, await candidateInputIn(f, own.pc4));
    seeker = await f.actor(Role.JOB_SEEKER, { candidateId });
  }, 120_000);

  afterAll(() => t?.close());

  it('a draft is the authors’ only: employees do not see it', async () => {
    const created = expectData(await gql(CREATE, { input: planDraft() }, own.hr)).createMobilityPlan;
    planId = created.id;
    expect(created).toMatchObject({ canEdit: true, published: null, draft: { number: 1 } });
    expect(expectData(await gql(GET, { id: planId }, team)).mobilityPlan.canEdit).toBe(true);
    expect(expectData(await gql(LIST, {}, seeker)).mobilityPlans).toEqual([]);
    expectError(await gql(GET, { id: planId }, seeker), 'NOT_FOUND');
    expectError(await gql(PUBLISH, { id: planId }, seeker), 'NOT_FOUND');
    expectError(await gql(GET, { id: planId }, other.hr), 'NOT_FOUND');
  });

  it('refuses to publish with every problem named, and keeps the draft as it was', async () => {
    const draft = expectData(await gql(GET, { id: planId }, own.hr)).mobilityPlan.draft;
    const lonely = planDraft({ paths: [(planDraft().paths as unknown[])[0]], title: { nl: '', en: 'Plan' } });
    expectData(await gql(SAVE, { id: planId, input: lonely, basedOn: draft.updatedAt }, own.hr));
    const refused = expectError(await gql(PUBLISH, { id: planId }, own.hr), 'BAD_USER_INPUT', {
      reason: 'PLAN_NOT_PUBLISHABLE',
    });
    expect(refused.extensions?.problems).toEqual([
      expect.objectContaining({
        field: 'title',
        nl: 'Geef het plan een titel in het Nederlands en het Engels.',
      }),
      expect.objectContaining({ field: 'paths', en: 'A mobility plan offers at least two choice paths.' }),
    ]);
    expect(expectData(await gql(GET, { id: planId }, own.hr)).mobilityPlan.published).toBeNull();
  });

  it('checks each amount for what its kind needs, and the dates for their order', async () => {
    const paths = planDraft().paths as { elements: Record<string, unknown>[] }[];
    paths[0].elements[1] = { ...paths[0].elements[1], month: null };
    expectError(await gql(SAVE, { id: planId, input: planDraft({ paths }) }, own.hr), 'BAD_USER_INPUT', {
      field: 'paths.0.elements.1.month',
    });
    const twins = (planDraft().paths as object[]).map((p) => ({
      ...p,
      id: '0b6a3c1e-8f0e-4b7e-9a55-6f1d2c3b4a5e',
    }));
    expectError(
      await gql(SAVE, { id: planId, input: planDraft({ paths: twins }) }, own.hr),
      'BAD_USER_INPUT',
      {
        reason: 'DUPLICATE_PATH',
      },
    );
    const late = planDraft({ choiceDeadline: '2099-01-01' });
    expectError(await gql(SAVE, { id: planId, input: late }, own.hr), 'BAD_USER_INPUT', {
      reason: 'DEADLINE_AFTER_EMPLOYMENT_END',
    });
  });

  it('publishes, after which the employer’s employees read it and compare the paths on their own figures', async () => {
    const draft = expectData(await gql(SAVE, { id: planId, input: planDraft() }, own.hr))
      .saveMobilityPlanDraft.draft;
    const published = expectData(await gql(PUBLISH, { id: planId }, team)).publishMobilityPlan;
    expect(published).toMatchObject({
      draft: null,
      published: { number: 1, status: 'PUBLISHED', id: draft.id },
    });
    expect(expectData(await gql(LIST, {}, seeker)).mobilityPlans).toEqual([{ id: planId }]);
    expect(expectData(await gql(GET, { id: planId }, seeker)).mobilityPlan.canEdit).toBe(false);

    const comparison = expectData(
      await gql(COMPARE, { v: draft.id, f: FIGURES }, seeker),
    ).compareMobilityPaths;
    expect(comparison.notice.nl).toContain('Je cijfers worden niet bewaard');
    const [guidance, ownWay] = comparison.paths;
    // Monthly wage 3,017.37 × 1.08 = 3,258.7596: six months of salary, then the transition payment
    // (3,258.7596 / 3 × 12 = 13,035.04) in month 7, and WW after it at 75 % then 70 % of the wage.
    expect(guidance.items.map((i: { kind: string }) => i.kind)).toEqual([
      'CONTINUED_SALARY',
      'TRANSITION_PAYMENT',
      'UNEMPLOYMENT_BENEFIT',
    ]);
    expect(guidance.months.slice(0, 6).map((m: { totalEur: number }) => m.totalEur)).toEqual(
      new Array(6).fill(3258.76),
    );
    expect(guidance.items[1].totalEur).toBe(13_035.04);
    expect(guidance.months[6].amountsEur).toEqual([0, 13_035.04, 2444.07]);
    expect(guidance.months[8].amountsEur[2]).toBe(2281.13);
    const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 100) / 100;
    expect(guidance.totalEur).toBe(sum(guidance.items.map((i: { totalEur: number }) => i.totalEur)));
    expect(guidance.totalEur).toBe(sum(guidance.months.map((m: { totalEur: number }) => m.totalEur)));
    expect(ownWay).toMatchObject({ totalEur: 15_000 });
    expect(ownWay.months[0].amountsEur).toEqual([15_000]);
    // Every statutory amount names its parameters with a date and a source.
    for (const parameter of guidance.items[2].parameters) expect(parameter.sourceUrl).toMatch(/^https:\/\//);
  });

  it('stores nothing of the figures compared', async () => {
    const tables = await f.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    for (const { table_name } of tables) {
      const [row] = await f.query<{ n: string }>(
        `SELECT count(*) AS n FROM "${table_name}" t WHERE t::text LIKE '%3017.37%' OR t::text LIKE '%3017,37%'`,
      );
      expect({ table: table_name, rows: Number(row.n) }).toEqual({ table: table_name, rows: 0 });
    }
  });

  it('keeps an employee’s figures only when they ask, for them alone, and forgets them on request', async () => {
    const KEEP = `mutation($f: EmployeeFiguresInput!) { keepMyMobilityFigures(figures: $f) {
      grossMonthlySalaryEur yearsOfService employmentHistoryYears savedAt } }`;
    const MINE = `{ myMobilityFigures { grossMonthlySalaryEur yearsOfService employmentHistoryYears } }`;
    const FORGET = `mutation { forgetMyMobilityFigures }`;
    const keptRows = () =>
      f.query(
        `SELECT 1 FROM mobility_figures m JOIN user_account u ON u.candidate_id = m.candidate_id WHERE u.id = $1`,
        [seeker.userId],
      );
    const kept = { grossMonthlySalaryEur: 2875.5, yearsOfService: 7, employmentHistoryYears: 19 };
    expect(expectData(await gql(MINE, {}, seeker)).myMobilityFigures).toBeNull();
    expect(expectData(await gql(KEEP, { f: kept }, seeker)).keepMyMobilityFigures).toMatchObject(kept);
    expect(expectData(await gql(MINE, {}, seeker)).myMobilityFigures).toEqual(kept);
    // Replaced, not added to.
    const changed = { ...kept, yearsOfService: 8 };
    expectData(await gql(KEEP, { f: changed }, seeker));
    expect(expectData(await gql(MINE, {}, seeker)).myMobilityFigures).toEqual(changed);
    expect(await keptRows()).toHaveLength(1);
    // Checked as a comparison checks them; the kept ones stay as they were.
    expectError(await gql(KEEP, { f: { ...kept, yearsOfService: 30 } }, seeker), 'BAD_USER_INPUT');
    expect(expectData(await gql(MINE, {}, seeker)).myMobilityFigures).toEqual(changed);
    // Nobody keeps them on someone's behalf, and nobody else reads them.
    expectError(await gql(KEEP, { f: kept }, own.hr), 'FORBIDDEN', {
      reason: 'ONLY_THE_EMPLOYEE_KEEPS_FIGURES',
    });
    expect(expectData(await gql(MINE, {}, own.hr)).myMobilityFigures).toBeNull();
    expect(expectData(await gql(MINE, {}, team)).myMobilityFigures).toBeNull();
    expect(expectData(await gql(FORGET, {}, seeker)).forgetMyMobilityFigures).toBe(true);
    expect(expectData(await gql(MINE, {}, seeker)).myMobilityFigures).toBeNull();
    expect(expectData(await gql(FORGET, {}, seeker)).forgetMyMobilityFigures).toBe(false);
    expect(await keptRows()).toHaveLength(0);
  });

  it('a published version is frozen; a new version starts as its copy, and a stale save is refused', async () => {
    expectError(await gql(SAVE, { id: planId, input: planDraft() }, own.hr), 'CONFLICT', {
      reason: 'NO_DRAFT',
    });
    const started = expectData(await gql(NEW_VERSION, { id: planId }, own.hr)).startMobilityPlanVersion;
    expect(started).toMatchObject({ published: { number: 1 }, draft: { number: 2 } });
    expectError(await gql(NEW_VERSION, { id: planId }, team), 'CONFLICT', { reason: 'DRAFT_EXISTS' });
    const seenAt = started.draft.updatedAt;
    // A form sends each path back with its id: the copy's paths have the published version's ids.
    const renamed = planDraft({
      title: { nl: 'Mobiliteitsplan, versie 2', en: 'Mobility plan, version 2' },
      paths: (planDraft().paths as object[]).map((p, i) => ({ ...p, id: started.published.paths[i].id })),
    });
    expectData(await gql(SAVE, { id: planId, input: renamed, basedOn: seenAt }, team));
    expectError(await gql(SAVE, { id: planId, input: planDraft(), basedOn: seenAt }, own.hr), 'CONFLICT', {
      reason: 'STALE_DRAFT',
    });
    const firstVersion = started.published.id;
    expectData(await gql(PUBLISH, { id: planId }, own.hr));
    const now = expectData(await gql(GET, { id: planId }, seeker)).mobilityPlan;
    expect(now.published.number).toBe(2);
    // Paths keep their ids from version to version; the superseded version is the authors' to read.
    expect(now.published.paths.map((p: { id: string }) => p.id)).toEqual(
      started.published.paths.map((p: { id: string }) => p.id),
    );
    expectError(await gql(COMPARE, { v: firstVersion, f: FIGURES }, seeker), 'NOT_FOUND');
    expectData(await gql(COMPARE, { v: firstVersion, f: FIGURES }, own.hr));
  });

  it('figures out of range are refused by field', async () => {
    const version = expectData(await gql(GET, { id: planId }, seeker)).mobilityPlan.published.id;
    expectError(
      await gql(COMPARE, { v: version, f: { ...FIGURES, grossMonthlySalaryEur: 0 } }, seeker),
      'BAD_USER_INPUT',
      { field: 'grossMonthlySalaryEur' },
    );
    expectError(
      await gql(
        COMPARE,
        { v: version, f: { ...FIGURES, yearsOfService: 30, employmentHistoryYears: 10 } },
        seeker,
      ),
      'BAD_USER_INPUT',
      { reason: 'SERVICE_LONGER_THAN_HISTORY' },
    );
  });

  it('enrolling for guidance is one transaction with the choice: a failed choice leaves no consent behind', async () => {
    const candidateId = await createCandidate(
      t,
      own.hr.token,
      await candidateInputIn(f, own.pc4, { contractEndDate: null, consentGiven: false }),
    );
    const chooser = await f.actor(Role.JOB_SEEKER, { candidateId });
    const viewer = {
      role: Role.JOB_SEEKER as const,
      userId: chooser.userId,
      candidateId,
      employerId: own.employer.id,
      regionCode: REGION,
    };
    const state = () =>
      f.query(
        `SELECT p.status, p.consent_status, p.contract_end_date,
                (SELECT count(*)::int FROM consent_record r WHERE r.candidate_id = p.id) AS consents
           FROM candidate_profile p WHERE p.id = $1`,
        [candidateId],
      );
    const before = await state();
    await expect(
      t.app.get(CandidatesService).enrolForGuidance(viewer, '2027-06-30', async () => {
        throw new Error('the choice could not be stored');
      }),
    ).rejects.toThrow('the choice could not be stored');
    expect(await state()).toEqual(before);
    expect(before[0]).toMatchObject({ status: 'DRAFT', consent_status: 'NOT_ASKED', consents: 0 });
  });

  it('an employee chooses a path until the deadline; the guidance path with consent starts matching at once', async () => {
    const candidateId = await createCandidate(
      t,
      own.hr.token,
      await candidateInputIn(f, own.pc4, { contractEndDate: null, consentGiven: false }),
    );
    const chooser = await f.actor(Role.JOB_SEEKER, { candidateId });
    const plan = expectData(
      await gql(
        `query($id: ID!) { mobilityPlan(id: $id) { published { employmentEndDate paths { id kind followUp } } } }`,
        { id: planId },
        chooser,
      ),
    ).mobilityPlan.published;
    const pathOf = (kind: string) => plan.paths.find((p: { kind: string }) => p.kind === kind);
    const CHOOSE = `mutation($id: ID!, $path: ID!, $share: Boolean) {
      chooseMobilityPath(planId: $id, pathId: $path, shareProfile: $share) { pathId stillOffered canChange deadline } }`;
    const PROFILE = `query($id: ID!) { candidateProfile(id: $id) { status consentStatus contractEndDate } }`;

    expect(
      expectData(
        await gql(
          `query($id: ID!) { myMobilityPathChoice(planId: $id) { pathId canChange } }`,
          { id: planId },
          chooser,
        ),
      ).myMobilityPathChoice,
    ).toEqual({ pathId: null, canChange: true });
    const first = expectData(
      await gql(CHOOSE, { id: planId, path: pathOf('OWN_WAY').id }, chooser),
    ).chooseMobilityPath;
    expect(first).toMatchObject({ pathId: pathOf('OWN_WAY').id, stillOffered: true, canChange: true });
    expect(expectData(await gql(PROFILE, { id: candidateId }, own.hr)).candidateProfile).toMatchObject({
      status: 'DRAFT',
      consentStatus: 'NOT_ASKED',
    });

    // Changing to guidance with consent: the profile is shared with the region, active, and ends with the plan.
    expectData(await gql(CHOOSE, { id: planId, path: pathOf('GUIDANCE').id, share: true }, chooser));
    expect(expectData(await gql(PROFILE, { id: candidateId }, own.hr)).candidateProfile).toEqual({
      status: 'ACTIVE',
      consentStatus: 'GIVEN',
      contractEndDate: plan.employmentEndDate,
    });

    // The HR lead sees how many chose each path, and who only for the path they follow up.
    const choices = expectData(
      await gql(
        `query($id: ID!) { mobilityPlanChoices(planId: $id) { pathId count followUp people { publicCode } } }`,
        { id: planId },
        own.hr,
      ),
    ).mobilityPlanChoices;
    const guidance = choices.find((c: { pathId: string }) => c.pathId === pathOf('GUIDANCE').id);
    expect(guidance).toMatchObject({
      count: 1,
      followUp: true,
      people: [{ publicCode: expect.stringMatching(/^WB-/) }],
    });
    // The mobility team counts; who chose is for the employer's own HR leads.
    const forTeam = expectData(
      await gql(
        `query($id: ID!) { mobilityPlanChoices(planId: $id) { pathId count people { publicCode } } }`,
        { id: planId },
        team,
      ),
    ).mobilityPlanChoices;
    expect(forTeam.find((c: { pathId: string }) => c.pathId === pathOf('GUIDANCE').id)).toMatchObject({
      count: 1,
      people: [],
    });
    // The regional dashboard: every published plan of the region, with its counts per path and nobody named.
    const REGION_FIGURES = `query($region: String!) { regionMobilityPlanFigures(regionCode: $region) {
      plan { id published { paths { id } } } paths { pathId count } chosen chosenDroppedPaths } }`;
    const dashboard = expectData(
      await gql(REGION_FIGURES, { region: REGION }, team),
    ).regionMobilityPlanFigures;
    const row = dashboard.find((r: { plan: { id: string } }) => r.plan.id === planId);
    expect(row).toMatchObject({ chosen: 1, chosenDroppedPaths: 0 });
    expect(row.paths.map((p: { pathId: string }) => p.pathId)).toEqual(
      row.plan.published.paths.map((p: { id: string }) => p.id),
    );
    expect(row.paths.find((p: { pathId: string }) => p.pathId === pathOf('GUIDANCE').id).count).toBe(1);
    expectError(await gql(REGION_FIGURES, { region: REGION }, own.hr), 'FORBIDDEN', {
      reason: 'REGION_PLAN_FIGURES_FORBIDDEN',
    });
    expectError(await gql(REGION_FIGURES, { region: 'AM01' }, team), 'FORBIDDEN');
    const ownWay = choices.find((c: { pathId: string }) => c.pathId === pathOf('OWN_WAY').id);
    expect(ownWay).toEqual({ pathId: pathOf('OWN_WAY').id, count: 0, followUp: false, people: [] });
    expectError(await gql(CHOOSE, { id: planId, path: pathOf('OWN_WAY').id }, own.hr), 'FORBIDDEN', {
      reason: 'ONLY_THE_EMPLOYEE_CHOOSES',
    });
    expectError(await gql(CHOOSE, { id: planId, path: planId }, chooser), 'CONFLICT', {
      reason: 'UNKNOWN_PATH',
    });

    // After the deadline the choice stands as it is.
    const viewer = {
      role: Role.JOB_SEEKER as const,
      userId: chooser.userId,
      candidateId,
      employerId: own.employer.id,
      regionCode: REGION,
    };
    const afterDeadline = new Date(Date.now() + 365 * 86_400_000);
    await expect(
      t.app.get(MobilityPlansService).choose(viewer, planId, pathOf('OWN_WAY').id, false, afterDeadline),
    ).rejects.toMatchObject({ details: { reason: 'DEADLINE_PASSED' } });
    expect(await t.app.get(MobilityPlansService).myChoice(viewer, planId, afterDeadline)).toMatchObject({
      pathId: pathOf('GUIDANCE').id,
      canChange: false,
    });
  });

  it('a newer version that changes the chosen path’s offer asks the person to confirm; new wording does not', async () => {
    const candidateId = await createCandidate(t, own.hr.token, await candidateInputIn(f, own.pc4));
    const chooser = await f.actor(Role.JOB_SEEKER, { candidateId });
    const MINE = `query($id: ID!) { myMobilityPathChoice(planId: $id) { pathId stillOffered changedSinceChosen } }`;
    const CHOOSE = `mutation($id: ID!, $path: ID!) { chooseMobilityPath(planId: $id, pathId: $path) { changedSinceChosen } }`;
    const ids = async () =>
      (
        expectData(await gql(GET, { id: planId }, own.hr)).mobilityPlan.published.paths as { id: string }[]
      ).map((p) => p.id);
    const guidanceId = (await ids())[0];
    expectData(await gql(CHOOSE, { id: planId, path: guidanceId }, chooser));
    const publishWith = async (change: (path: Record<string, unknown>) => Record<string, unknown>) => {
      const pathIds = await ids();
      expectData(await gql(NEW_VERSION, { id: planId }, own.hr));
      const paths: Record<string, unknown>[] = (planDraft().paths as Record<string, unknown>[]).map(
        (p, i) => ({
          ...p,
          id: pathIds[i],
        }),
      );
      paths[0] = change(paths[0]);
      expectData(await gql(SAVE, { id: planId, input: planDraft({ paths }) }, own.hr));
      expectData(await gql(PUBLISH, { id: planId }, own.hr));
    };
    const mine = async () => expectData(await gql(MINE, { id: planId }, chooser)).myMobilityPathChoice;

    await publishWith((path) => ({
      ...path,
      description: {
        nl: 'Begeleiding naar een baan in de regio, intensief.',
        en: 'Guidance to a regional job.',
      },
    }));
    expect(await mine()).toEqual({ pathId: guidanceId, stillOffered: true, changedSinceChosen: false });

    await publishWith((path) => ({ ...path, trainingBudgetEur: 4500 }));
    expect(await mine()).toEqual({ pathId: guidanceId, stillOffered: true, changedSinceChosen: true });
    // Confirming is choosing it again, under the version now published.
    expect(
      expectData(await gql(CHOOSE, { id: planId, path: guidanceId }, chooser)).chooseMobilityPath,
    ).toEqual({ changedSinceChosen: false });
  });

  it('questions are answered in the open: everyone reads the answers, nobody sees who asked anonymously', async () => {
    const ASK = `mutation($id: ID!, $q: String!, $anonymous: Boolean) {
      askMobilityPlanQuestion(planId: $id, question: $q, anonymous: $anonymous) { id mine anonymous askedBy answer { nl } } }`;
    const ANSWER = `mutation($id: ID!, $answer: LocalisedTextInput!) {
      answerMobilityPlanQuestion(questionId: $id, answer: $answer) { id answer { nl en } } }`;
    const LIST = `query($id: ID!) { mobilityPlanQuestions(planId: $id) { id question mine askedBy answer { nl } } }`;
    const colleagueId = await createCandidate(t, own.hr.token, await candidateInputIn(f, own.pc4));
    const colleague = await f.actor(Role.JOB_SEEKER, { candidateId: colleagueId });

    const anonymous = expectData(
      await gql(
        ASK,
        { id: planId, q: 'Telt een dertiende maand mee voor de transitievergoeding?', anonymous: true },
        seeker,
      ),
    ).askMobilityPlanQuestion;
    expect(anonymous).toMatchObject({ mine: true, anonymous: true, askedBy: null, answer: null });
    const named = expectData(
      await gql(ASK, { id: planId, q: 'Mag ik de opleiding ook na de einddatum volgen?' }, colleague),
    ).askMobilityPlanQuestion;
    // Waiting questions: the asker and the authors see them; a colleague does not.
    expect(
      expectData(await gql(LIST, { id: planId }, colleague)).mobilityPlanQuestions.map(
        (q: { id: string }) => q.id,
      ),
    ).toEqual([named.id]);
    const forAuthors = expectData(await gql(LIST, { id: planId }, own.hr)).mobilityPlanQuestions;
    expect(forAuthors.map((q: { askedBy: string | null }) => q.askedBy)).toEqual([
      null,
      expect.stringMatching(/^WB-/),
    ]);
    const notice = await f.query(
      `SELECT 1 FROM notification WHERE kind = 'MOBILITY_PLAN_QUESTION' AND recipient_employer_id = $1`,
      [own.employer.id],
    );
    expect(notice).toHaveLength(2);
    // The region's mobility team may answer too, so it hears of the question as well.
    const teamNotice = await f.query(
      `SELECT 1 FROM notification WHERE kind = 'MOBILITY_PLAN_QUESTION' AND recipient_region_code = $1`,
      [REGION],
    );
    expect(teamNotice).toHaveLength(2);

    expectError(
      await gql(ASK, { id: planId, q: 'Mijn BSN is 111222333, klopt mijn berekening?' }, seeker),
      'BAD_USER_INPUT',
    );
    expectError(await gql(ASK, { id: planId, q: '   ' }, seeker), 'BAD_USER_INPUT', {
      reason: 'QUESTION_TEXT_LENGTH',
    });
    expectError(await gql(ASK, { id: planId, q: 'Vraag' }, own.hr), 'FORBIDDEN', {
      reason: 'ONLY_EMPLOYEES_ASK',
    });
    expectError(
      await gql(ANSWER, { id: anonymous.id, answer: { nl: 'Ja.', en: 'Yes.' } }, seeker),
      'FORBIDDEN',
    );

    const answer = {
      nl: 'Ja, een vaste dertiende maand telt mee.',
      en: 'Yes, a fixed thirteenth month counts.',
    };
    expectData(await gql(ANSWER, { id: anonymous.id, answer }, team));
    // Answered: every employee reads it, with no trace of who asked; the asker is told.
    const forColleague = expectData(await gql(LIST, { id: planId }, colleague)).mobilityPlanQuestions;
    expect(forColleague).toEqual([
      {
        id: anonymous.id,
        question: 'Telt een dertiende maand mee voor de transitievergoeding?',
        mine: false,
        askedBy: null,
        answer: { nl: answer.nl },
      },
      expect.objectContaining({ id: named.id, mine: true }),
    ]);
    const told = await f.query(
      `SELECT 1 FROM notification WHERE kind = 'MOBILITY_PLAN_ANSWER' AND recipient_candidate_id = $1`,
      [
        (
          await f.query<{ candidate_id: string }>(`SELECT candidate_id FROM user_account WHERE id = $1`, [
            seeker.userId,
          ])
        )[0].candidate_id,
      ],
    );
    expect(told).toHaveLength(1);
  });

  it('the mobility team writes plans for its region’s employers only', async () => {
    expectError(await gql(CREATE, { input: planDraft() }, team), 'BAD_USER_INPUT', {
      reason: 'EMPLOYER_REQUIRED',
    });
    expectData(await gql(CREATE, { e: own.employer.id, input: planDraft() }, team));
    expectError(await gql(CREATE, { e: other.employer.id, input: planDraft() }, team), 'FORBIDDEN');
    expectError(await gql(CREATE, { e: own.employer.id, input: planDraft() }, other.hr), 'FORBIDDEN');
  });
});
