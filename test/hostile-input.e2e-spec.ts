import { Role } from '@werkbrug/core';
import request from 'supertest';
import { Actor, Fixtures } from './support/fixtures';
import {
  candidateInputIn,
  createCandidate,
  createVacancy,
  EmployerWithHrLead,
  employerWithHrLead,
  expectData,
  expectError,
  LOGIN,
  UPDATE_VACANCY,
  vacancyInputIn,
} from './support/helpers-auth';
import { createTestApp, GraphQLResponse, TestApp } from './support/test-app';

/**
 * Hostile input never causes an internal error: text is normalised at every boundary (NFC, no control
 * characters, no unpaired surrogates), blank names are refused, every id is checked, HTTP routes validate their
 * parameters like GraphQL does, and no message repeats the value that was sent. Region AM32 is this file's own.
 */
const REGION = 'AM32';
const SECRET_VALUE = 'geheim-0612345678';

const UPDATE_IDENTITY = `mutation($id: ID!, $input: CandidateIdentityInput!) {
  updateCandidateIdentity(candidateId: $id, input: $input) { fullName email phone dateOfBirth }
}`;
const CREATE_EMPLOYER = `mutation($input: CreateEmployerInput!) { createEmployer(input: $input) { id name } }`;
const MARK_READ = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`;
const CREATE_SESSION = `mutation($input: SessionSetupInput!) { createMeetAndGreetSession(input: $input) { id } }`;

function expectNoInternalError(res: GraphQLResponse): void {
  expect(res.status).toBeLessThan(500);
  expect(JSON.stringify(res.errors ?? [])).not.toContain('INTERNAL_SERVER_ERROR');
}

function sessionSetup(overrides: Record<string, unknown> = {}) {
  const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  return {
    title: 'Matchingsbijeenkomst',
    venue: 'Stadhuis',
    date: inTenDays,
    firstSlotStart: '13:00',
    slotMinutes: 15,
    slotCount: 4,
    tableCount: 2,
    maxMeetingsPerCandidate: 2,
    maxMeetingsPerRepresentative: 4,
    minMeetingsPerCandidate: 1,
    registrationDeadline: new Date(Date.now() + 5 * 86_400_000).toISOString(),
    ...overrides,
  };
}

describe('hostile input', () => {
  let t: TestApp;
  let f: Fixtures;
  let owner: EmployerWithHrLead;
  let rmt: Actor;
  let admin: Actor;
  let candidateId: string;
  let vacancyId: string;
  let sessionId: string;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t);
    owner = await employerWithHrLead(f, REGION);
    rmt = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    admin = await f.actor(Role.ADMINISTRATOR);
    candidateId = await createCandidate(t, owner.hr.token, await candidateInputIn(f, owner.pc4));
    vacancyId = await createVacancy(t, owner.hr.token, await vacancyInputIn(f, owner.pc4));
    sessionId = expectData(await t.gql(CREATE_SESSION, { input: sessionSetup() }, rmt.token))
      .createMeetAndGreetSession.id;
  }, 120_000);

  afterAll(() => t?.close());

  describe('a NUL byte or other control characters in free text are removed, not stored', () => {
    it('in a vacancy description and title', async () => {
      const res = await t.gql(
        UPDATE_VACANCY,
        {
          id: vacancyId,
          input: { title: 'Kok\u0000 in de keuken', description: 'Regel 1\r\nRegel\u00072\u0085\tx' },
        },
        owner.hr.token,
      );
      expectNoInternalError(res);
      expect(expectData(res).updateVacancy).toMatchObject({
        title: 'Kok in de keuken',
        description: 'Regel 1\nRegel2\tx',
      });
    });

    it('in a candidate sketch, a name and a reason', async () => {
      const sketch = await t.gql(
        `mutation($id: ID!, $input: UpdateCandidateInput!) { updateCandidateProfile(id: $id, input: $input) { sketchStrengths } }`,
        { id: candidateId, input: { sketchStrengths: 'Zorgzaam\u0000 en precies' } },
        owner.hr.token,
      );
      expect(expectData(sketch).updateCandidateProfile.sketchStrengths).toBe('Zorgzaam en precies');
      const name = await t.gql(
        UPDATE_IDENTITY,
        { id: candidateId, input: { fullName: 'An\u0000na' } },
        owner.hr.token,
      );
      expect(expectData(name).updateCandidateIdentity.fullName).toBe('Anna');
      const login = await t.gql(LOGIN, { input: { email: 'x\u0000@example.nl', password: 'pw\u0000' } });
      expectNoInternalError(login);
    });

    it('normalises text to Unicode NFC', async () => {
      const decomposed = 'Rene\u0301e';
      const res = await t.gql(
        UPDATE_IDENTITY,
        { id: candidateId, input: { fullName: decomposed } },
        owner.hr.token,
      );
      expect(expectData(res).updateCandidateIdentity.fullName).toBe('Ren\u00e9e');
    });
  });

  describe('blank-only names and titles are BAD_USER_INPUT naming the field', () => {
    it.each([
      [
        'an identity name',
        () => t.gql(UPDATE_IDENTITY, { id: candidateId, input: { fullName: '   ' } }, owner.hr.token),
        'fullName',
      ],
      [
        'a vacancy title',
        () => t.gql(UPDATE_VACANCY, { id: vacancyId, input: { title: ' \t ' } }, owner.hr.token),
        'title',
      ],
      [
        'an employer name',
        () =>
          t.gql(
            CREATE_EMPLOYER,
            { input: { name: '    ', sector: 'CARE', regionCode: REGION } },
            admin.token,
          ),
        'name',
      ],
      [
        'a vacancy title of one letter between spaces',
        () => t.gql(UPDATE_VACANCY, { id: vacancyId, input: { title: ' a ' } }, owner.hr.token),
        'title',
      ],
      [
        'an employer name of one letter between spaces',
        () =>
          t.gql(CREATE_EMPLOYER, { input: { name: ' b ', sector: 'CARE', regionCode: REGION } }, admin.token),
        'name',
      ],
      [
        'a session title',
        () => t.gql(CREATE_SESSION, { input: sessionSetup({ title: '\u0000\u0000  ' }) }, rmt.token),
        'title',
      ],
    ])('%s', async (_name, send, field) => {
      const res = await send();
      expectError(res, 'BAD_USER_INPUT', { field });
    });
  });

  describe('an unpaired UTF-16 surrogate is BAD_USER_INPUT naming the field', () => {
    it('in an e-mail address of an identity', async () => {
      const res = await t.gql(
        UPDATE_IDENTITY,
        { id: candidateId, input: { email: 'anna\ud800@example.nl' } },
        owner.hr.token,
      );
      expectError(res, 'BAD_USER_INPUT', { field: 'email' });
    });

    it('in the e-mail address given to log in', async () => {
      const res = await t.gql(LOGIN, { input: { email: '\udc00anna@example.nl', password: 'x'.repeat(12) } });
      expectError(res, 'BAD_USER_INPUT', { field: 'email' });
    });

    it('in a plain string argument', async () => {
      const res = await t.gql(
        `query($q: String!) { searchSkills(query: $q) { matchedLabel } }`,
        { q: 'zorg\ud800' },
        owner.hr.token,
      );
      expectError(res, 'BAD_USER_INPUT', { field: 'query' });
    });
  });

  it('a malformed id in markNotificationsRead is BAD_USER_INPUT', async () => {
    const res = await t.gql(MARK_READ, { ids: ['not-a-uuid'] }, owner.hr.token);
    expectError(res, 'BAD_USER_INPUT', { field: 'ids' });
    const fine = await t.gql(MARK_READ, { ids: [] }, owner.hr.token);
    expect(expectData(fine).markNotificationsRead).toBe(0);
  });

  describe("date-times carry the region's offset", () => {
    const deadlineOf = (id: string) =>
      t.gql(
        `query($id: ID!) { meetAndGreetSession(sessionId: $id) { registrationDeadline } }`,
        { id },
        rmt.token,
      );

    it('a clock time without offset is read in the region and comes back with its offset', async () => {
      const day = new Date(Date.now() + 4 * 86_400_000).toISOString().slice(0, 10);
      const created = await t.gql(
        CREATE_SESSION,
        { input: sessionSetup({ registrationDeadline: `${day}T17:00` }) },
        rmt.token,
      );
      const deadline: string = expectData(await deadlineOf(expectData(created).createMeetAndGreetSession.id))
        .meetAndGreetSession.registrationDeadline;
      expect(deadline).toMatch(new RegExp(`^${day}T17:00:00\\.000\\+0[12]:00$`));
    });

    it("an instant in UTC comes back as the same instant in the region's clock time", async () => {
      const deadline: string = expectData(await deadlineOf(sessionId)).meetAndGreetSession
        .registrationDeadline;
      expect(deadline).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0[12]:00$/);
    });

    it('text that is no date-time is BAD_USER_INPUT with an example, and nothing is created', async () => {
      const res = await t.gql(
        CREATE_SESSION,
        { input: sessionSetup({ registrationDeadline: 'morgen' }) },
        rmt.token,
      );
      expectNoInternalError(res);
      expectError(res, 'BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toContain('2027-01-12T10:30');
    });
  });

  describe('HTTP routes validate their parameters and answer 400', () => {
    const get = (path: string, token?: string) => {
      const req = request(t.app.getHttpServer()).get(path);
      return token ? req.set('authorization', `Bearer ${token}`) : req;
    };

    it.each([
      [
        'a malformed candidateId on the agenda page',
        () => `/sessions/${sessionId}/agenda.html?candidateId=1%20OR%201=1`,
        'candidateId',
      ],
      [
        'a malformed employerId on the agenda page',
        () => `/sessions/${sessionId}/agenda.html?employerId=x`,
        'employerId',
      ],
      [
        'a repeated candidateId on the agenda page',
        () => `/sessions/${sessionId}/agenda.html?candidateId=a&candidateId=b`,
        'candidateId',
      ],
      ['a malformed session id on the table plan', () => `/sessions/nope/table-plan.html`, 'id'],
      [
        'a malformed date on the ledger CSV',
        () => `/reciprocity-ledger.csv?from=2027-02-30&to=2027-03-01`,
        'from',
      ],
      ['a missing date on the ledger CSV', () => `/reciprocity-ledger.csv?to=2027-03-01`, 'from'],
      [
        'repeated dates on the ledger CSV',
        () => `/reciprocity-ledger.csv?from=2027-01-01&from=x&to=2027-03-01`,
        'from',
      ],
      [
        'an unknown period on the ledger CSV',
        () => `/reciprocity-ledger.csv?from=2027-01-01&to=2027-03-01&period=YEAR`,
        'period',
      ],
    ])('%s', async (_name, path, field) => {
      const res = await get(path(), rmt.token);
      expect({ status: res.status, code: res.body.code, field: res.body.field }).toEqual({
        status: 400,
        code: 'BAD_USER_INPUT',
        field,
      });
    });
  });

  describe('variables that do not fit their types', () => {
    it('more than 50 invalid values are one BAD_USER_INPUT with status 400', async () => {
      const res = await t.gql(MARK_READ, { ids: Array.from({ length: 80 }, () => true) }, owner.hr.token);
      expect(res.status).toBe(400);
      expectError(res, 'BAD_USER_INPUT');
    });

    it('messages name the field but never repeat the value', async () => {
      const cases: [string, Record<string, unknown>][] = [
        [UPDATE_VACANCY, { id: vacancyId, input: { hoursMin: SECRET_VALUE } }],
        [UPDATE_VACANCY, { id: vacancyId, input: { kind: SECRET_VALUE } }],
        [UPDATE_VACANCY, { id: vacancyId, input: { startDate: SECRET_VALUE } }],
        [UPDATE_IDENTITY, { id: candidateId, input: { dateOfBirth: SECRET_VALUE } }],
        [UPDATE_IDENTITY, { id: { secret: SECRET_VALUE }, input: {} }],
        [`query($n: Int!) { myNotifications(limit: $n) { id } }`, { n: SECRET_VALUE }],
        [`query($s: Sector) { employers(sector: $s) { totalCount } }`, { s: SECRET_VALUE }],
      ];
      for (const [document, variables] of cases) {
        const res = await t.gql(document, variables, owner.hr.token);
        expectNoInternalError(res);
        expect(res.errors?.length).toBeGreaterThan(0);
        expect(JSON.stringify(res.errors)).not.toContain(SECRET_VALUE);
      }
      const res = await t.gql(
        UPDATE_VACANCY,
        { id: vacancyId, input: { hoursMin: SECRET_VALUE } },
        owner.hr.token,
      );
      expect(expectError(res, 'BAD_USER_INPUT', { field: 'input.hoursMin' }).message).toContain(
        'at "input.hoursMin"',
      );
    });

    it('inline literals are not repeated either, nor class-validator values', async () => {
      const inline = await t.gql(
        `mutation { updateVacancy(id: "${vacancyId}", input: { hoursMin: "${SECRET_VALUE}" }) { id } }`,
        {},
        owner.hr.token,
      );
      expect(inline.status).toBe(400);
      expect(JSON.stringify(inline.errors)).not.toContain(SECRET_VALUE);
      const validator = await t.gql(
        UPDATE_IDENTITY,
        { id: candidateId, input: { email: SECRET_VALUE, phone: SECRET_VALUE } },
        owner.hr.token,
      );
      expectError(validator, 'BAD_USER_INPUT', { field: 'email' });
      expect(JSON.stringify(validator.errors)).not.toContain(SECRET_VALUE);
    });
  });
});
