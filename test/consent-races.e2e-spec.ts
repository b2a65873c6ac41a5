import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Role, Sector } from '@werkbrug/core';
import { MatchCasesService, MatchInterest } from '@werkbrug/matching';
import { dropTestDatabase } from '@werkbrug/testing';
import { Client } from 'pg';
import { Actor, Fixtures } from './support/fixtures';
import { createVacancy, expectData } from './support/helpers-auth';
import { createMigratedTestDatabase, eventually } from './support/helpers-infra';
import { createMatchableCandidate, secondmentVacancyInput } from './support/helpers-matching';
import { createTestApp, createTestWorker, GraphQLResponse, TestApp } from './support/test-app';

/**
 * Consent changes that race: two requests at once, in a loop, against the real PostgreSQL, with the invariant
 * checked after every round. Introductions to one employer share one identity disclosure; a revocation and a
 * withdrawal of the same consent lock in the same order; a candidate claiming their account and their HR lead
 * answering on their behalf never overlap. Own database and queue prefix.
 */
const REGION = 'AM27';
const VACANCIES = 8;
const RESPOND = (side: string) =>
  `mutation($input: MatchResponseInput!) { respondToMatchAs${side}(input: $input) { id state } }`;
const CONSENT = `mutation($id: ID!, $consent: MatchConsent!) {
  answerIntroductionConsent(matchCaseId: $id, consent: $consent) { state identityDisclosed } }`;
const INTRO_TEXT = `query($id: ID!) { introductionConsentText(matchCaseId: $id) { textVersion } }`;
const RECORD_INTRO = `mutation($id: ID!, $input: RecordConsentStatementInput!) {
  recordIntroductionConsentStatement(matchCaseId: $id, input: $input) { id } }`;
const REVOKE = `mutation($id: ID!) { revokeConsentStatement(id: $id) { id inForce } }`;
const EVALUATE = `mutation($id: ID!) {
  evaluatePlacement(id: $id, evaluation: "Goed ingewerkt.", onBehalfOfCandidate: true) { candidateEvaluation } }`;

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** No error at all, or exactly one with one of `codes`: never an internal error. */
function outcomeOf(res: GraphQLResponse, codes: readonly string[]): string {
  if (!res.errors) return 'OK';
  expect(res.errors).toHaveLength(1);
  const code = res.errors[0].extensions?.code as string;
  expect(code).toMatch(new RegExp(`^(${codes.join('|')})$`));
  return code;
}

describe('consent under concurrent requests', () => {
  let database: { name: string; url: string };
  let t: TestApp;
  let worker: INestApplicationContext | undefined;
  let f: Fixtures;
  let hrOwn: Actor;
  let hrHost: Actor;
  let ownId: string;
  let hostId: string;
  const vacancies: string[] = [];
  let twoCases: string;
  let statements: string;
  let onBehalf: string;

  const gql = (query: string, variables: Record<string, unknown>, actor: Actor) =>
    t.gql(query, variables, actor.token);

  /** Both sides interested: the case waits for the candidate's consent. */
  const bothInterested = async (candidateId: string, vacancyId: string, forCandidate: Actor) => {
    const input = { candidateId, vacancyId, interested: true };
    expectData(await gql(RESPOND('Candidate'), { input }, forCandidate));
    return expectData(await gql(RESPOND('Employer'), { input }, hrHost)).respondToMatchAsEmployer
      .id as string;
  };

  beforeAll(async () => {
    database = await createMigratedTestDatabase('consent_races');
    const overrides = {
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `werkbrug-consent-races-${randomUUID().slice(0, 8)}`,
    };
    t = await createTestApp(overrides);
    f = new Fixtures(t);
    const own = await f.employer(REGION, Sector.CARE);
    const host = await f.employer(REGION, Sector.CARE);
    [ownId, hostId] = [own.id, host.id];
    hrOwn = await f.actor(Role.HR_LEAD, { employerId: own.id });
    hrHost = await f.actor(Role.HR_LEAD, { employerId: host.id });
    const pc4 = await f.pc4(REGION);
    const skills = await f.skillIds(4);
    const candidate = () => createMatchableCandidate(t, f, hrOwn.token, { pc4, skills });
    [twoCases, statements, onBehalf] = [await candidate(), await candidate(), await candidate()];
    for (let i = 0; i < VACANCIES; i++) {
      const id = await createVacancy(
        t,
        hrHost.token,
        await secondmentVacancyInput(f, { pc4, skills }, { title: f.unique('Medewerker zorg') }),
      );
      expectData(
        await gql(`mutation($id: ID!) { changeVacancyStatus(id: $id, status: OPEN) { id } }`, { id }, hrHost),
      );
      vacancies.push(id);
    }
    worker = await createTestWorker(overrides);
    await eventually(
      'every pair on the match lists',
      () =>
        f.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM match_list, unnest(other_ids) AS other
           WHERE side = 'CANDIDATE' AND owner_id = ANY($1) AND other = ANY($2)`,
          [[twoCases, statements, onBehalf], [...vacancies]],
        ),
      (rows) => rows[0].n === 3 * VACANCIES,
      90_000,
    );
  }, 150_000);

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    if (database) await dropTestDatabase(database.name);
  });

  /** Every case with consent rests on an active disclosure, and every active disclosure on a case with consent. */
  const assertDisclosuresConsistent = async (candidateId: string) => {
    expect(
      await f.query(
        `SELECT m.id, m.consent, m.disclosure_id, d.revoked_at FROM match_case m
         LEFT JOIN identity_disclosure d ON d.id = m.disclosure_id
         WHERE m.candidate_id = $1
           AND ((m.consent = 'GIVEN') <> (d.id IS NOT NULL AND d.revoked_at IS NULL) OR (m.disclosure_id IS NOT NULL AND d.revoked_at IS NOT NULL))`,
        [candidateId],
      ),
    ).toEqual([]);
    expect(
      await f.query(
        `SELECT d.id FROM identity_disclosure d WHERE d.candidate_id = $1 AND d.revoked_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM match_case m WHERE m.disclosure_id = d.id AND m.consent = 'GIVEN')`,
        [candidateId],
      ),
    ).toEqual([]);
  };

  it('two introductions to one employer: concurrent consents and withdrawals never leave a case on a revoked disclosure or a disclosure without a case', async () => {
    const js = await f.actor(Role.JOB_SEEKER, { candidateId: twoCases });
    const cases = [
      await bothInterested(twoCases, vacancies[0], js),
      await bothInterested(twoCases, vacancies[1], js),
    ];
    const given = [false, false];
    const toggle = async (i: number) => {
      const consent = given[i] ? 'WITHDRAWN' : 'GIVEN';
      given[i] = !given[i];
      return gql(CONSENT, { id: cases[i], consent }, js);
    };
    for (let round = 0; round < 24; round++) {
      // Half the rounds both cases move the same way (two grants, two releases), half against each other.
      if (round === 12) expectData(await toggle(0));
      const results = await Promise.all([toggle(0), toggle(1)]);
      for (const res of results) expect(res.errors).toBeUndefined();
      await assertDisclosuresConsistent(twoCases);
      const active = await f.query(
        `SELECT id FROM identity_disclosure WHERE candidate_id = $1 AND employer_id = $2 AND revoked_at IS NULL`,
        [twoCases, hostId],
      );
      expect(active).toHaveLength(given.some(Boolean) ? 1 : 0);
    }
  });

  it('a candidate revoking a statement while withdrawing the same consent: one wins, the other is told, nothing deadlocks', async () => {
    const cases: string[] = [];
    const recorded: string[] = [];
    for (const vacancyId of vacancies) {
      const caseId = await bothInterested(statements, vacancyId, hrOwn);
      const { textVersion } = expectData(
        await gql(INTRO_TEXT, { id: caseId }, hrOwn),
      ).introductionConsentText;
      const input = { method: 'IN_PERSON', givenOn: today(), textVersion };
      recorded.push(
        expectData(await gql(RECORD_INTRO, { id: caseId, input }, hrOwn)).recordIntroductionConsentStatement
          .id,
      );
      cases.push(caseId);
    }
    const js = await f.actor(Role.JOB_SEEKER, { candidateId: statements });
    for (const [i, caseId] of cases.entries()) {
      const revoke = () => gql(REVOKE, { id: recorded[i] }, js);
      const withdraw = () => gql(CONSENT, { id: caseId, consent: 'WITHDRAWN' }, js);
      const results = await Promise.all(i % 2 ? [revoke(), withdraw()] : [withdraw(), revoke()]);
      const outcomes = results.map((res) => outcomeOf(res, ['CONFLICT'])).sort();
      expect(outcomes).toEqual(['CONFLICT', 'OK']);
      expect(await f.query(`SELECT consent, disclosure_id FROM match_case WHERE id = $1`, [caseId])).toEqual([
        { consent: 'WITHDRAWN', disclosure_id: null },
      ]);
      expect(
        await f.query(`SELECT revoked_at IS NOT NULL AS revoked FROM consent_statement WHERE id = $1`, [
          recorded[i],
        ]),
      ).toEqual([{ revoked: true }]);
      await assertDisclosuresConsistent(statements);
    }
    expect(
      await f.query(`SELECT id FROM identity_disclosure WHERE candidate_id = $1 AND revoked_at IS NULL`, [
        statements,
      ]),
    ).toEqual([]);
  });

  it('a claim and an HR lead answering on the candidate’s behalf never overlap: no answer lands while the claim holds the candidate', async () => {
    const caseId = await bothInterested(onBehalf, vacancies[0], hrOwn);
    const start = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const placementId = expectData(
      await gql(
        `mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { id } }`,
        {
          input: {
            candidateId: onBehalf,
            hostEmployerId: hostId,
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
        hrOwn,
      ),
    ).proposePlacement.id as string;
    await f.query(`UPDATE placement SET status = 'ENDED' WHERE id = $1`, [placementId]);
    const hrViewer = {
      role: Role.HR_LEAD,
      userId: hrOwn.userId,
      employerId: ownId,
      regionCode: REGION,
    } as const;

    /** What the HR lead has written for the candidate so far (as seen by `client`'s next statement). */
    const answersOnBehalf = async (client: Pick<Client, 'query'>): Promise<number> => {
      const { rows } = await client.query<{ n: number }>(
        `SELECT (SELECT count(*) FROM match_case_event e JOIN match_case m ON m.id = e.match_case_id
                  WHERE m.candidate_id = $1 AND e.actor_user_id = $2)
              + (SELECT count(*) FROM placement_event e JOIN placement p ON p.id = e.placement_id
                  WHERE p.candidate_id = $1 AND e.actor_user_id = $2 AND e.event LIKE 'CANDIDATE_%') AS n`,
        [onBehalf, hrOwn.userId],
      );
      return Number(rows[0].n);
    };
    const interest = async () => {
      const [{ candidate_interest: current }] = await f.query(
        `SELECT candidate_interest FROM match_case WHERE id = $1`,
        [caseId],
      );
      return current === 'INTERESTED' ? MatchInterest.NOT_INTERESTED : MatchInterest.INTERESTED;
    };
    const answers: (() => Promise<string>)[] = [
      async () => {
        const interested = (await interest()) === MatchInterest.INTERESTED;
        const input = { candidateId: onBehalf, vacancyId: vacancies[0], interested, reason: 'Past niet' };
        return outcomeOf(await gql(RESPOND('Candidate'), { input }, hrOwn), ['FORBIDDEN']);
      },
      async () => outcomeOf(await gql(EVALUATE, { id: placementId }, hrOwn), ['FORBIDDEN']),
      async () => {
        const action = { kind: 'CANDIDATE_RESPONSE', interest: await interest() } as const;
        await t.app
          .get(MatchCasesService)
          .advanceFromMeeting(hrViewer, onBehalf, vacancies[0], [action], 'Meet-and-greet');
        return 'OK';
      },
    ];
    // Sanity: each of them works while the candidate has no account.
    for (const answer of answers) await expect(answer()).resolves.toBe('OK');

    const claimer = new Client({ connectionString: database.url });
    await claimer.connect();
    try {
      const seen = new Set<string>();
      for (let round = 0; round < 12; round++) {
        // What claiming an account does: lock the candidate, create the account, commit.
        const claim = async () => {
          await claimer.query('BEGIN');
          await claimer.query(`SELECT id FROM candidate_profile WHERE id = $1 FOR UPDATE`, [onBehalf]);
          const { rows } = await claimer.query<{ id: string }>(
            `INSERT INTO user_account (email, password_hash, display_name, role, candidate_id)
             VALUES ($1, 'not-a-hash', 'Claimed', 'JOB_SEEKER', $2) RETURNING id`,
            [`claim-${round}-${randomUUID().slice(0, 8)}@test.werkbrug.nl`, onBehalf],
          );
          const before = await answersOnBehalf(claimer);
          await sleep(150);
          const during = await answersOnBehalf(claimer);
          await claimer.query('COMMIT');
          return { accountId: rows[0].id, before, during };
        };
        const answer = async () => {
          await sleep(10 + (round % 4) * 20);
          return answers[round % answers.length]();
        };
        const [claimed, outcome] = await Promise.all([claim(), answer()]);
        seen.add(outcome);
        // An answer either committed before the claim took the candidate, or saw the account and was refused.
        expect(claimed.during).toBe(claimed.before);
        expect(await answersOnBehalf(claimer)).toBe(claimed.before);
        await claimer.query(`DELETE FROM user_account WHERE id = $1`, [claimed.accountId]);
      }
      expect(seen).toContain('FORBIDDEN');
    } finally {
      await claimer.end();
    }
  });
});
