import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Role, Sector } from '@werkbrug/core';
import { getQueueToken } from '@nestjs/bullmq';
import { QueueName } from '@werkbrug/queue';
import { dropTestDatabase } from '@werkbrug/testing';
import type { Queue } from 'bullmq';
import { Actor, Fixtures } from './support/fixtures';
import {
  expectIdentityRefused,
  candidateInputIn,
  changeCandidateStatus,
  createCandidate,
  createVacancy,
  expectData,
  vacancyInputIn,
} from './support/helpers-auth';
import { openVacancy } from './support/helpers-matching';
import { createMigratedTestDatabase, eventually } from './support/helpers-infra';
import { createTestApp, createTestWorker, TestApp } from './support/test-app';

/**
 * Matching end to end through the worker: writes → outbox → incremental jobs and a regional rematch flow →
 * top-K lists in PostgreSQL. A database and queue prefix of its own, because the relay reads every outbox row.
 */
const REGION = 'AM27';

interface ListRow {
  side: string;
  owner_id: string;
  other_ids: string[];
  scores: number[];
}

describe('matching pipeline', () => {
  let database: { name: string; url: string };
  let t: TestApp;
  let worker: INestApplicationContext | undefined;
  let f: Fixtures;
  let hrA: Actor;
  let hrB: Actor;
  let rmt: Actor;
  let jobSeeker: Actor;
  let vacancyId: string;
  let pc4: string;
  let skills: string[];
  const candidates: string[] = [];
  let workerOverrides: Record<string, string> = {};

  const lists = (side: string, owner: string) =>
    f.query<ListRow>(
      `SELECT side, owner_id, other_ids::text[] AS other_ids, scores FROM match_list WHERE side = $1 AND owner_id = $2`,
      [side, owner],
    );

  beforeAll(async () => {
    database = await createMigratedTestDatabase('matching');
    const overrides = {
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `werkbrug-matching-${randomUUID().slice(0, 8)}`,
    };
    t = await createTestApp(overrides);
    f = new Fixtures(t);
    const employerA = await f.employer(REGION, Sector.CARE);
    const employerB = await f.employer(REGION, Sector.RETAIL);
    hrA = await f.actor(Role.HR_LEAD, { employerId: employerA.id });
    hrB = await f.actor(Role.HR_LEAD, { employerId: employerB.id });
    pc4 = await f.pc4(REGION);
    skills = await f.skillIds(6);
    for (let i = 0; i < 3; i++) {
      const id = await createCandidate(
        t,
        hrA.token,
        await candidateInputIn(f, pc4, {
          strengths: skills.slice(i, i + 3).map((skillId) => ({ skillId, level: 3 })),
          sectorsOpen: [],
          contractTypes: [],
          supportNeeds: [],
        }),
      );
      await changeCandidateStatus(t, hrA.token, id, 'ACTIVE');
      candidates.push(id);
    }
    rmt = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    jobSeeker = await f.actor(Role.JOB_SEEKER, { candidateId: candidates[0] });
    worker = await createTestWorker(overrides);
    workerOverrides = overrides;
  }, 90_000);

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    if (database) await dropTestDatabase(database.name);
  });

  it('builds lists for a region without scores by a full rematch', async () => {
    const run = await eventually(
      'a completed rematch',
      () =>
        f.query(`SELECT status, chunks_total, candidates FROM rematch_run WHERE region_code = $1`, [REGION]),
      (rows) => rows.some((r) => r.status === 'COMPLETED'),
      30_000,
    );
    expect(run.find((r) => r.status === 'COMPLETED')).toMatchObject({ candidates: 3 });
    for (const id of candidates) expect(await lists('CANDIDATE', id)).toHaveLength(1);
  });

  it('a new vacancy appears in the lists of the candidates it fits, and its own list names them', async () => {
    vacancyId = await createVacancy(
      t,
      hrB.token,
      await vacancyInputIn(f, pc4, {
        requiredSkillIds: [skills[0], skills[1]],
        niceToHaveSkillIds: [],
        trainedOnTheJobSkillIds: [skills[4]],
        contractType: 'PERMANENT',
        startDate: null,
      }),
    );
    await openVacancy(t, hrB.token, vacancyId);
    const [own] = await eventually(
      'the vacancy list',
      () => lists('VACANCY', vacancyId),
      (rows) => rows.length === 1 && rows[0].other_ids.length > 0,
    );
    // Candidates 0 and 1 hold skills 0 and 1; candidate 2 holds 2–4 and at most related ones.
    expect(own.other_ids).toEqual(expect.arrayContaining([candidates[0], candidates[1]]));
    for (const id of [candidates[0], candidates[1]]) {
      const [list] = await lists('CANDIDATE', id);
      expect(list.other_ids).toContain(vacancyId);
    }
  });

  const MATCH_FIELDS = `nodes { candidateId vacancyId score candidateRank vacancyRank
      candidate { id publicCode visibility employerId }
      vacancy { id title }
      explanation { score modelVersion eligible breakdown { component value weight contribution explanation { nl en } }
        matchedSkills { skill { skillId labelEn } level role } missingRequiredSkills { skillId }
        trainedGaps { skillId } improvements { kind audience scoreGain explanation { nl en } } }
      case { id state } }
    totalCount hasNextPage endCursor updatedAt`;

  it('shows the job seeker their suggestions with an explanation that reproduces the stored score', async () => {
    const data = expectData(await t.gql(`{ mySuggestions { ${MATCH_FIELDS} } }`, {}, jobSeeker.token));
    const page = data.mySuggestions;
    const match = page.nodes.find((m: { vacancyId: string }) => m.vacancyId === vacancyId);
    expect(match).toBeDefined();
    expect(match.explanation.score).toBe(match.score);
    expect(match.explanation.breakdown).toHaveLength(9);
    const points = match.explanation.breakdown.reduce(
      (n: number, b: { contribution: number }) => n + b.contribution,
      0,
    );
    expect(Math.abs(points - match.score)).toBeLessThan(1);
    expect(
      match.explanation.matchedSkills.map((m: { skill: { skillId: string } }) => m.skill.skillId),
    ).toEqual(expect.arrayContaining([skills[0], skills[1]]));
    expect(match.explanation.trainedGaps.map((g: { skillId: string }) => g.skillId)).toContain(skills[4]);
    expect(match.explanation.breakdown[0].explanation.nl).toEqual(expect.any(String));
    expect(page.updatedAt).toEqual(expect.any(String));
  });

  it('explains a pair anew once a side has changed (explanations are remembered per profile version)', async () => {
    const suggestion = async () =>
      (
        expectData(await t.gql(`{ mySuggestions { ${MATCH_FIELDS} } }`, {}, jobSeeker.token)).mySuggestions
          .nodes as { vacancyId: string; score: number; explanation: { score: number } }[]
      ).find((m) => m.vacancyId === vacancyId);
    const setNiceToHave = async (ids: string[]) =>
      expect(
        (
          await t.gql(
            `mutation($id: ID!, $input: UpdateVacancyInput!) { updateVacancy(id: $id, input: $input) { id } }`,
            { id: vacancyId, input: { niceToHaveSkillIds: ids } },
            hrB.token,
          )
        ).errors,
      ).toBeUndefined();
    const before = (await suggestion())!;
    expect((await suggestion())!.explanation).toEqual(before.explanation); // the remembered one

    // A nice-to-have skill the candidate lacks: the explanation and, once rescored, the stored score change.
    await setNiceToHave([skills[3]]);
    const changed = await eventually(
      'the new explanation and score',
      suggestion,
      (m) =>
        m !== undefined &&
        m.explanation.score !== before.explanation.score &&
        m.score === m.explanation.score,
    );
    expect(changed!.explanation.score).toBeLessThan(before.explanation.score);

    await setNiceToHave([]);
    await eventually(
      'the first explanation back',
      suggestion,
      (m) => m?.explanation.score === before.explanation.score && m.score === before.score,
    );
  });

  it("shows the vacancy's employer the candidates anonymised, and the mobility team the region with filters", async () => {
    const forEmployer = expectData(
      await t.gql(
        `query($id: ID!) { vacancyMatches(vacancyId: $id) { ${MATCH_FIELDS} } }`,
        { id: vacancyId },
        hrB.token,
      ),
    ).vacancyMatches;
    expect(forEmployer.nodes.length).toBeGreaterThanOrEqual(2);
    for (const m of forEmployer.nodes) {
      expect(m.candidate).toMatchObject({ visibility: 'ANONYMISED', employerId: null });
    }
    const region = expectData(
      await t.gql(
        `{ regionMatches(filter: { sector: RETAIL, minScore: 1 }) { ${MATCH_FIELDS} } }`,
        {},
        rmt.token,
      ),
    ).regionMatches;
    expect(region.nodes.map((m: { vacancyId: string }) => m.vacancyId)).toContain(vacancyId);
    const none = expectData(
      await t.gql(`{ regionMatches(filter: { sector: CARE }) { totalCount } }`, {}, rmt.token),
    ).regionMatches;
    expect(none.totalCount).toBe(0);
    const denied = await t.gql(`{ regionMatches { totalCount } }`, {}, hrB.token);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("the region's list holds every current pair once, best first, filtered and paged as reading every list would", async () => {
    // The reference: every entry of both sides' stored lists, a pair once with the higher score, both sides shown.
    const expected = (where: string, params: unknown[]) =>
      f.query<{ candidateId: string; vacancyId: string; score: number }>(
        `WITH entries AS (
           SELECT m.owner_id AS c, u.other AS v, u.score FROM match_list m, unnest(m.other_ids, m.scores) AS u(other, score)
           WHERE m.side = 'CANDIDATE' AND m.region_code = $1
           UNION ALL
           SELECT u.other, m.owner_id, u.score FROM match_list m, unnest(m.other_ids, m.scores) AS u(other, score)
           WHERE m.side = 'VACANCY' AND m.region_code = $1
         ), pairs AS (SELECT c, v, max(score) AS score FROM entries GROUP BY c, v)
         SELECT p.c::text AS "candidateId", p.v::text AS "vacancyId", p.score::float8 AS score FROM pairs p
         JOIN candidate_match_profile cp ON cp.id = p.c AND cp.status = 'ACTIVE' AND cp.consent_status = 'GIVEN'
         JOIN vacancy_match_profile vp ON vp.id = p.v AND vp.status = 'OPEN'
         JOIN employer_sector e ON e.employer_id = vp.employer_id
         WHERE ${where}
         ORDER BY p.score DESC, p.c, p.v`,
        [REGION, ...params],
      );
    const read = async (filter: string, first = 50, after: string | null = null) =>
      expectData(
        await t.gql(
          `query($first: Int!, $after: String) { regionMatches(first: $first, after: $after, filter: ${filter}) {
             totalCount hasNextPage endCursor nodes { candidateId vacancyId score candidateRank vacancyRank } } }`,
          { first, after },
          rmt.token,
        ),
      ).regionMatches as {
        totalCount: number;
        hasNextPage: boolean;
        endCursor: string | null;
        nodes: { candidateId: string; vacancyId: string; score: number; candidateRank: number | null }[];
      };
    const pairsOf = (page: Awaited<ReturnType<typeof read>>) =>
      page.nodes.map(({ candidateId, vacancyId, score }) => ({ candidateId, vacancyId, score }));
    const close = (rows: { candidateId: string; vacancyId: string; score: number }[]) =>
      rows.map((r) => ({ ...r, score: Math.round(r.score * 10) / 10 }));

    const all = await expected('true', []);
    expect(all.length).toBeGreaterThan(1);
    const whole = await read('{}');
    expect(whole.totalCount).toBe(all.length);
    expect(pairsOf(whole)).toEqual(close(all));
    const ranked = whole.nodes.find((n) => n.candidateRank !== null)!;
    const [candidateList] = await lists('CANDIDATE', ranked.candidateId);
    expect(candidateList.other_ids[ranked.candidateRank! - 1]).toBe(ranked.vacancyId);

    // Paged: the second page goes on where the first stopped.
    const first = await read('{}', 1);
    expect(first).toMatchObject({ totalCount: all.length, hasNextPage: true });
    const second = await read('{}', 1, first.endCursor);
    expect([...pairsOf(first), ...pairsOf(second)]).toEqual(close(all.slice(0, 2)));

    // Filters: a skill on either side, a score range, a track, a sector.
    const middle = all[Math.floor(all.length / 2)].score;
    for (const [filter, where, params] of [
      [
        `{ skillId: "${skills[0]}" }`,
        `(EXISTS (SELECT 1 FROM vacancy_match_skill s WHERE s.vacancy_id = p.v AND s.skill_id = $2)
          OR EXISTS (SELECT 1 FROM candidate_match_strength s WHERE s.candidate_id = p.c AND s.skill_id = $2))`,
        [skills[0]],
      ],
      [`{ minScore: ${middle} }`, 'p.score >= $2', [middle]],
      [`{ maxScore: ${middle} }`, 'p.score <= $2', [middle]],
      ['{ track: WORK_TO_WORK }', "cp.track = 'WORK_TO_WORK'", []],
      ['{ sector: RETAIL }', "e.sector = 'RETAIL'", []],
    ] as const) {
      const page = await read(filter);
      const rows = await expected(where, [...params]);
      expect({ filter, total: page.totalCount, pairs: pairsOf(page) }).toEqual({
        filter,
        total: rows.length,
        pairs: close(rows),
      });
    }

    // Who may be shown is read per request: a paused candidate leaves the list at once, before any rescoring.
    const paused = all[0].candidateId;
    await changeCandidateStatus(t, hrA.token, paused, 'PAUSED');
    const without = await read('{}');
    expect(without.nodes.map((n) => n.candidateId)).not.toContain(paused);
    expect(without.totalCount).toBe(all.filter((p) => p.candidateId !== paused).length);
    await changeCandidateStatus(t, hrA.token, paused, 'ACTIVE');
    // Back as it was (the worker rescores the reactivated candidate) before the next test reads their suggestions.
    await eventually(
      'the region list as before the pause',
      () => read('{}'),
      (page) => JSON.stringify(pairsOf(page)) === JSON.stringify(close(all)),
      30_000,
    );
  });

  it('gives one suggestion by itself, as each side may see it, with its explanation when opened', async () => {
    const ONE = `query($c: ID!, $v: ID!) { match(candidateId: $c, vacancyId: $v) {
      score candidateRank vacancyRank candidate { visibility } explanation { score } } }`;
    const one = async (actor: Actor, candidateId = candidates[0]) =>
      t.gql(ONE, { c: candidateId, v: vacancyId }, actor.token);
    const listed = expectData(
      await t.gql(`{ mySuggestions { ${MATCH_FIELDS} } }`, {}, jobSeeker.token),
    ).mySuggestions.nodes.find((m: { vacancyId: string }) => m.vacancyId === vacancyId);

    const forJobSeeker = expectData(await one(jobSeeker)).match;
    expect(forJobSeeker).toMatchObject({ score: listed.score, candidateRank: listed.candidateRank });
    expect(forJobSeeker.candidate.visibility).toBe('OWNER');
    expect(forJobSeeker.explanation.score).toBe(listed.explanation.score);
    // The vacancy's employer sees the other employer's candidate anonymised; the region's team sees it too.
    expect(expectData(await one(hrB)).match.candidate.visibility).toBe('ANONYMISED');
    expect(expectData(await one(rmt)).match.score).toBe(listed.score);
    // The candidate's own HR lead may see the candidate's list; another job seeker sees no such candidate.
    expect(expectData(await one(hrA)).match.score).toBe(listed.score);
    const other = await f.actor(Role.JOB_SEEKER, { candidateId: candidates[2] });
    expect((await one(other)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // A pair on neither list (a draft vacancy is never scored) is null, not an explanation made up on request.
    const draft = await createVacancy(t, hrB.token, await vacancyInputIn(f, pc4, {}));
    const unlisted = await t.gql(ONE, { c: candidates[0], v: draft }, hrB.token);
    expect(expectData(unlisted).match).toBeNull();
  });

  it('runs the workflow through mutual interest and consent; the employer then reads the identity, logged', async () => {
    const respond = (mutation: string, token: string, interested: boolean, reason?: string) =>
      t.gql(
        `mutation($input: MatchResponseInput!) { ${mutation}(input: $input) { id state } }`,
        { input: { candidateId: candidates[0], vacancyId, interested, reason } },
        token,
      );
    const identity = (token: string) =>
      t.gql(
        `query($id: ID!) { candidateIdentity(candidateId: $id, purpose: "Kennismaking na match") { fullName } }`,
        { id: candidates[0] },
        token,
      );
    expectIdentityRefused(await identity(hrB.token));

    const noReason = await respond('respondToMatchAsEmployer', hrB.token, false);
    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const first = expectData(
      await respond('respondToMatchAsCandidate', jobSeeker.token, true),
    ).respondToMatchAsCandidate;
    expect(first.state).toBe('INTEREST_SHOWN');
    const notTheirs = await respond('respondToMatchAsEmployer', hrA.token, true);
    expect(notTheirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const mutual = expectData(
      await respond('respondToMatchAsEmployer', hrB.token, true),
    ).respondToMatchAsEmployer;
    expect(mutual.state).toBe('CONSENT_REQUESTED');
    expectIdentityRefused(await identity(hrB.token));

    const consent = (token: string, value: string) =>
      t.gql(
        `mutation($id: ID!, $consent: MatchConsent!) { answerIntroductionConsent(matchCaseId: $id, consent: $consent) { state identityDisclosed } }`,
        { id: first.id, consent: value },
        token,
      );
    expect((await consent(hrB.token, 'GIVEN')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(expectData(await consent(jobSeeker.token, 'GIVEN')).answerIntroductionConsent).toEqual({
      state: 'INTRODUCED',
      identityDisclosed: true,
    });
    expect(expectData(await identity(hrB.token)).candidateIdentity.fullName).toEqual(expect.any(String));
    const log = expectData(
      await t.gql(
        `query($id: ID!) { identityAccessLog(candidateId: $id) { accessorRole accessorEmployerId purpose } }`,
        { id: candidates[0] },
        jobSeeker.token,
      ),
    ).identityAccessLog;
    expect(log[0]).toMatchObject({ accessorRole: 'HR_LEAD', purpose: 'Kennismaking na match' });

    const outcome = expectData(
      await t.gql(
        `mutation($id: ID!) { recordMatchOutcome(matchCaseId: $id, outcome: TRIAL_PLACEMENT, note: "Start in januari") { state outcome history { event toState actorRole } } }`,
        { id: first.id },
        hrB.token,
      ),
    ).recordMatchOutcome;
    expect(outcome.state).toBe('CLOSED');
    expect(outcome.history.map((h: { event: string }) => h.event)).toEqual([
      'CANDIDATE_INTERESTED',
      'EMPLOYER_INTERESTED',
      'CONSENT_GIVEN',
      'OUTCOME_TRIAL_PLACEMENT',
    ]);
  });

  it('withdrawing consent to share revokes the disclosure', async () => {
    expectData(
      await t.gql(
        `mutation($id: ID!) { recordCandidateConsent(id: $id, given: false) { consentStatus } }`,
        { id: candidates[0] },
        hrA.token,
      ),
    );
    const read = await t.gql(
      `query($id: ID!) { candidateIdentity(candidateId: $id, purpose: "Nog een keer kijken") { fullName } }`,
      { id: candidates[0] },
      hrB.token,
    );
    expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Ended once, by the match workflow: the case's consent to reveal the identity with the reason, the disclosure
    // with one audit line, the case closed with a history entry.
    const ended = await f.query<{ kind: string; reason: string; disclosureEnds: number }>(
      `SELECT r.kind, r.withdrawal_reason AS reason,
              (SELECT count(*)::int FROM audit_entry a
               WHERE a.action = 'IDENTITY_DISCLOSURE_ENDED' AND a.candidate_id = r.candidate_id) AS "disclosureEnds"
       FROM consent_record r WHERE r.candidate_id = $1 AND r.kind = 'REVEAL_IDENTITY'`,
      [candidates[0]],
    );
    expect(ended).toEqual([
      { kind: 'REVEAL_IDENTITY', reason: 'PROFILE_CONSENT_WITHDRAWN', disclosureEnds: 1 },
    ]);
    // The paused profile leaves the lists once its rescoring job has run: its own list is emptied and no
    // vacancy's list holds it any more.
    await eventually(
      'the paused candidate to leave the lists',
      () =>
        f.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM match_list
           WHERE (side = 'CANDIDATE' AND owner_id = $1 AND cardinality(other_ids) > 0)
              OR (side = 'VACANCY' AND $1 = ANY(other_ids))`,
          [candidates[0]],
        ),
      (r) => r[0].n === 0,
    );
  });

  it('records a job seeker rating with the score it was about', async () => {
    const rated = expectData(
      await t.gql(
        `mutation($input: MatchRatingInput!) { rateMatch(input: $input) { useful reason score } }`,
        { input: { candidateId: candidates[1], vacancyId, useful: false, reason: 'Te ver reizen' } },
        (await f.actor(Role.JOB_SEEKER, { candidateId: candidates[1] })).token,
      ),
    ).rateMatch;
    expect(rated).toMatchObject({ useful: false, reason: 'Te ver reizen', score: expect.any(Number) });
  });

  it('shows rematch progress to the mobility team', async () => {
    const started = expectData(
      await t.gql(`mutation { startRegionRematch { id status } }`, {}, rmt.token),
    ).startRegionRematch;
    const done = await eventually(
      'the rematch to complete',
      async () =>
        expectData(
          await t.gql(
            `query($id: ID!) { rematchRun(id: $id) { status progress chunksDone chunksTotal pairsScored } }`,
            { id: started.id },
            rmt.token,
          ),
        ).rematchRun,
      (r) => r.status === 'COMPLETED',
      30_000,
    );
    expect(done).toMatchObject({ progress: 1, pairsScored: expect.any(Number) });
    expect(done.chunksDone).toBe(done.chunksTotal);
  });

  it('suggests part-time vacancies at two employers that together give the hours wanted', async () => {
    const employerC = await f.employer(REGION, Sector.CLEANING);
    const hrC = await f.actor(Role.HR_LEAD, { employerId: employerC.id });
    const wantsFullWeek = await createCandidate(
      t,
      hrA.token,
      await candidateInputIn(f, pc4, {
        strengths: skills.slice(0, 3).map((skillId) => ({ skillId, level: 3 })),
        // More than any single vacancy here offers (the first one's 24–32 included).
        hoursMin: 34,
        hoursMax: 38,
        sectorsOpen: [],
        contractTypes: [],
        supportNeeds: [],
      }),
    );
    await changeCandidateStatus(t, hrA.token, wantsFullWeek, 'ACTIVE');
    const partTime = async (token: string, workDays: string[]) => {
      const id = await createVacancy(
        t,
        token,
        await vacancyInputIn(f, pc4, {
          requiredSkillIds: [skills[0], skills[1]],
          niceToHaveSkillIds: [],
          trainedOnTheJobSkillIds: [],
          hoursMin: 16,
          hoursMax: 20,
          workDays,
          shifts: ['DAY'],
          contractType: 'PERMANENT',
          startDate: null,
        }),
      );
      expectData(
        await t.gql(
          `mutation($id: ID!) { changeVacancyStatus(id: $id, status: OPEN) { id } }`,
          { id },
          token,
        ),
      );
      return id;
    };
    const early = await partTime(hrB.token, ['MON', 'TUE']);
    const late = await partTime(hrC.token, ['WED', 'THU', 'FRI']);
    const combinations = expectData(
      await t.gql(
        `query($id: ID!) { partTimeCombinations(candidateId: $id) { score hoursMin hoursMax reason explanation { nl en }
           parts { vacancy { id employerId } share score explanation { score } } } }`,
        { id: wantsFullWeek },
        hrA.token,
      ),
    ).partTimeCombinations;
    const pair = combinations.find(
      (c: { parts: { vacancy: { id: string } }[] }) =>
        c.parts.length === 2 && c.parts.every((p) => [early, late].includes(p.vacancy.id)),
    );
    expect(pair).toBeDefined();
    expect(pair.hoursMin).toBeGreaterThanOrEqual(34);
    expect(pair.reason).toBe('NO_SINGLE_FITS');
    expect(pair.explanation.nl).toEqual(expect.any(String));
    for (const part of pair.parts) expect(part.explanation.score).toBe(part.score);
  });

  it('proposes a region-wide allocation next to the greedy plan, for the mobility team only', async () => {
    const query = `{ allocationPlan { positions edgesUsed
      optimal { introductions { candidatePublicCode vacancyId score employerId employer { id name } vacancy { id title } }
        byEmployer { employerId employer { id name } }
        totals { totalScore introductions candidatesReached maxIntroductionsPerCandidate feasibleTotalScore } }
      greedy { totals { totalScore introductions candidatesReached maxIntroductionsPerCandidate feasibleTotalScore } } } }`;
    const plan = expectData(await t.gql(query, {}, rmt.token)).allocationPlan;
    expect(plan.optimal.totals.maxIntroductionsPerCandidate).toBeLessThanOrEqual(1);
    expect(plan.optimal.totals.feasibleTotalScore).toBeGreaterThanOrEqual(
      plan.greedy.totals.feasibleTotalScore,
    );
    expect(plan.optimal.introductions.length).toBeGreaterThan(0);
    // Each row names its employer and vacancy itself, however many the region has.
    for (const row of plan.optimal.introductions) {
      expect(row.employer).toEqual({ id: row.employerId, name: expect.any(String) });
      expect(row.vacancy).toEqual({ id: row.vacancyId, title: expect.any(String) });
    }
    for (const row of plan.optimal.byEmployer) expect(row.employer?.id).toBe(row.employerId);
    expect((await t.gql(query, {}, hrA.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('resumes a rematch whose jobs Redis lost, when the next change in its region comes', async () => {
    await eventually(
      'the start-up rematch done and none in flight',
      () =>
        f.query<{ active: number; done: number }>(
          `SELECT count(*) FILTER (WHERE status IN ('QUEUED', 'SCORING', 'FINISHING'))::int AS active,
             count(*) FILTER (WHERE status = 'COMPLETED')::int AS done
           FROM rematch_run WHERE region_code = $1`,
          [REGION],
        ),
      (rows) => rows[0].active === 0 && rows[0].done > 0,
      30_000,
    );
    await worker?.close();
    worker = undefined;
    // The region's scores are gone (say, a new model) and a rematch is requested; then Redis loses every job,
    // as when it restarts without persistence. The run stays in the database, QUEUED or further.
    await f.query(`DELETE FROM region_matching_snapshot WHERE region_code = $1`, [REGION]);
    const run = expectData(
      await t.gql(`mutation { startRegionRematch { id status } }`, {}, rmt.token),
    ).startRegionRematch;
    expect(['QUEUED', 'SCORING']).toContain(run.status);
    await f.query(`UPDATE outbox_event SET dispatched_at = now(), attempts = 1 WHERE dispatched_at IS NULL`);
    for (const name of [QueueName.MATCHING, QueueName.REMATCH]) {
      await t.app.get<Queue>(getQueueToken(name)).obliterate({ force: true });
    }
    // A worker that does not look for stale regions at start: the change below must do it.
    worker = await createTestWorker({ ...workerOverrides, MATCHING_REFRESH_ON_START: 'false' });
    await changeCandidateStatus(t, hrA.token, candidates[2], 'PAUSED');
    const [done] = await eventually(
      'the lost run to complete',
      () => f.query(`SELECT status FROM rematch_run WHERE id = $1`, [run.id]),
      (rows) => rows[0]?.status === 'COMPLETED',
      30_000,
    );
    expect(done.status).toBe('COMPLETED');
    expect(
      await f.query(`SELECT run_id FROM region_matching_snapshot WHERE region_code = $1`, [REGION]),
    ).toEqual([{ run_id: run.id }]);
  });

  it('resumes a rematch whose jobs Redis lost, when the mobility team asks for a rematch again', async () => {
    await worker?.close();
    worker = undefined;
    await f.query(`DELETE FROM region_matching_snapshot WHERE region_code = $1`, [REGION]);
    const run = expectData(
      await t.gql(`mutation { startRegionRematch { id status } }`, {}, rmt.token),
    ).startRegionRematch;
    await f.query(`UPDATE outbox_event SET dispatched_at = now(), attempts = 1 WHERE dispatched_at IS NULL`);
    for (const name of [QueueName.MATCHING, QueueName.REMATCH]) {
      await t.app.get<Queue>(getQueueToken(name)).obliterate({ force: true });
    }
    worker = await createTestWorker({ ...workerOverrides, MATCHING_REFRESH_ON_START: 'false' });
    const again = expectData(
      await t.gql(`mutation { startRegionRematch { id status } }`, {}, rmt.token),
    ).startRegionRematch;
    expect(again.id).toBe(run.id);
    const [done] = await eventually(
      'the lost run to complete',
      () => f.query(`SELECT status FROM rematch_run WHERE id = $1`, [run.id]),
      (rows) => rows[0]?.status === 'COMPLETED',
      30_000,
    );
    expect(done.status).toBe('COMPLETED');
  });
});
