import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Role, Sector } from '@werkbrug/core';
import { dropTestDatabase } from '@werkbrug/testing';
import { addDays, regionToday } from '@werkbrug/trajectories';
import { Actor, Fixtures } from './support/fixtures';
import { createVacancy, expectData } from './support/helpers-auth';
import { createMigratedTestDatabase, eventually } from './support/helpers-infra';
import { createMatchableCandidate, openVacancy, secondmentVacancyInput } from './support/helpers-matching';
import { createTestApp, createTestWorker, TestApp } from './support/test-app';

/**
 * A guidance trajectory's search directions feed the person's match scores through the worker: two vacancies alike
 * in everything but their occupation score the same until the counsellor agrees a direction; then the one in the
 * direction rises and the other falls, each explaining why; when the trajectory closes they are alike again. Its
 * own database and queue prefix, because the relay reads every outbox row. In order.
 */
const REGION = 'AM27';

interface ListRow {
  other_ids: string[];
  scores: number[];
}

describe('search directions in matching', () => {
  let database: { name: string; url: string };
  let t: TestApp;
  let worker: INestApplicationContext | undefined;
  let f: Fixtures;
  let team: Actor;
  let jobSeeker: Actor;
  let hr: Actor;
  let candidateId: string;
  let inDirection: string;
  let elsewhere: string;
  let trajectoryId: string;
  let occupations: { direction: { id: string; label: string }; other: { id: string } };

  const scoresOf = async (): Promise<Map<string, number>> => {
    const [list] = await f.query<ListRow>(
      `SELECT other_ids::text[] AS other_ids, scores FROM match_list WHERE side = 'CANDIDATE' AND owner_id = $1`,
      [candidateId],
    );
    return new Map((list?.other_ids ?? []).map((id, i) => [id, list.scores[i]]));
  };
  const waitForScores = (label: string, ok: (a: number, b: number) => boolean) =>
    eventually(
      label,
      scoresOf,
      (s) => s.has(inDirection) && s.has(elsewhere) && ok(s.get(inDirection)!, s.get(elsewhere)!),
      60_000,
    );

  beforeAll(async () => {
    database = await createMigratedTestDatabase('directions');
    const overrides = {
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `werkbrug-directions-${randomUUID().slice(0, 8)}`,
    };
    t = await createTestApp(overrides);
    f = new Fixtures(t);
    const own = await f.employer(REGION, Sector.CARE);
    const host = await f.employer(REGION, Sector.LOGISTICS);
    hr = await f.actor(Role.HR_LEAD, { employerId: own.id });
    const hostHr = await f.actor(Role.HR_LEAD, { employerId: host.id });
    team = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    const place = { pc4: await f.pc4(REGION), skills: await f.skillIds(4) };
    candidateId = await createMatchableCandidate(t, f, hr.token, place);
    jobSeeker = await f.actor(Role.JOB_SEEKER, { candidateId });
    // Two occupations of different ISCO minor groups: a direction, and one that is not near it.
    const [direction, other] = await f.query<{ id: string; label: string }>(
      `(SELECT id, coalesce(label_nl, label_en) AS label FROM esco_occupation WHERE isco_group = '9333' ORDER BY code LIMIT 1)
       UNION ALL
       (SELECT id, coalesce(label_nl, label_en) FROM esco_occupation WHERE isco_group = '2511' ORDER BY code LIMIT 1)`,
    );
    occupations = { direction, other };
    const vacancy = async (occupationId: string) => {
      const id = await createVacancy(
        t,
        hostHr.token,
        await secondmentVacancyInput(f, place, { escoOccupationId: occupationId }),
      );
      await openVacancy(t, hostHr.token, id);
      return id;
    };
    inDirection = await vacancy(direction.id);
    elsewhere = await vacancy(other.id);
    worker = await createTestWorker(overrides);
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    if (database) await dropTestDatabase(database.name);
  });

  it('scores two vacancies alike in all but their occupation the same while no direction is agreed', async () => {
    await waitForScores('both vacancies scored alike', (a, b) => a === b);
  });

  const profileVersion = async () =>
    expectData(
      await t.gql(`query($id: ID!) { candidateProfile(id: $id) { version } }`, { id: candidateId }, hr.token),
    ).candidateProfile.version as number;

  it('raises the vacancy in the agreed direction, and leaves the other as it was, once the plan names it', async () => {
    const before = await scoresOf();
    const version = await profileVersion();
    trajectoryId = expectData(
      await t.gql(
        `mutation($input: OpenTrajectoryInput!) { openTrajectory(input: $input) { id } }`,
        {
          input: {
            candidateId,
            kind: 'WORK_TO_WORK',
            counsellorUserId: team.userId,
            startedOn: addDays(regionToday(), -7),
          },
        },
        team.token,
      ),
    ).openTrajectory.id;
    expectData(
      await t.gql(
        `mutation($id: ID!, $input: SaveTrajectoryPlanInput!) { saveTrajectoryPlan(id: $id, input: $input) { id } }`,
        { id: trajectoryId, input: { searchDirectionIds: [occupations.direction.id] } },
        team.token,
      ),
    );
    const after = await waitForScores('the direction in the scores', (a, b) => a > b);
    const base = before.get(inDirection)!;
    // The direction gains 1/11 of what is left to 100 (one decimal, so ±0.1); outside it nothing changes.
    expect(after.get(inDirection)).toBeCloseTo(base + (100 - base) / 11, 0);
    expect(after.get(elsewhere)).toBe(before.get(elsewhere));
    // The profile's own version is not counted: an HR lead editing it meanwhile gets no conflict.
    expect(await profileVersion()).toBe(version);
  });

  it('explains the direction to the person, without calling it a trajectory', async () => {
    const { mySuggestions } = expectData(
      await t.gql(
        `{ mySuggestions { nodes { vacancyId score explanation { score breakdown { component value contribution explanation { nl en } } } } } }`,
        {},
        jobSeeker.token,
      ),
    );
    type Node = {
      vacancyId: string;
      score: number;
      explanation: {
        score: number;
        breakdown: { component: string; value: number; explanation: { nl: string } }[];
      };
    };
    const nodes = mySuggestions.nodes as Node[];
    const direction = (id: string) =>
      nodes
        .find((n) => n.vacancyId === id)!
        .explanation.breakdown.find((b) => b.component === 'SEARCH_DIRECTION')!;
    const first = nodes.find((n) => n.vacancyId === inDirection)!;
    expect(first.explanation.score).toBe(first.score);
    expect(direction(inDirection)).toMatchObject({ value: 1 });
    expect(direction(inDirection).explanation.nl).toBe(
      `Het beroep '${occupations.direction.label}' is een van de beroepen waar de kandidaat naar zoekt.`,
    );
    expect(direction(elsewhere).explanation.nl).toMatch(/verlaagt de score niet/);
    expect(direction(elsewhere).explanation.nl).not.toMatch(/traject/i);
  });

  it('lets the direction go when the trajectory closes', async () => {
    expectData(
      await t.gql(
        `mutation($id: ID!, $input: CloseTrajectoryInput!) { closeTrajectory(id: $id, input: $input) { id } }`,
        {
          id: trajectoryId,
          input: { outcome: 'OTHER', closedOn: regionToday(), note: 'Verhuisd buiten de regio.' },
        },
        team.token,
      ),
    );
    await waitForScores('the scores alike again', (a, b) => a === b);
  });
});
