import { randomUUID } from 'node:crypto';
import { Role, toRegionIsoString } from '@werkbrug/core';
import { Actor, Fixtures } from './support/fixtures';
import {
  expectIdentityRefused,
  candidateInputIn,
  changeCandidateStatus,
  createCandidate,
  EmployerWithHrLead,
  employerWithHrLead,
  expectData,
  expectError,
} from './support/helpers-auth';
import { createTestApp, GraphQLResponse, TestApp } from './support/test-app';

/**
 * Candidate identities: who may read them, that every read leaves exactly one trace the candidate can see, and
 * that consent withdrawal and anonymised profiles keep the person out of other employers' view.
 */
const REGION = 'AM33';
const IDENTITY = {
  fullName: 'Zoë Quaxington-Brems',
  email: 'zoe.quaxington@example.nl',
  phone: '0687654321',
  dateOfBirth: '1979-11-23',
};
/** Any of these in a response means the identity leaked. */
const IDENTITY_TRACES = ['Quaxington', 'quaxington', '0687654321', '87654321', '1979-11-23'];
const IDENTITY_FIELDS = ['fullName', 'email', 'phone', 'dateOfBirth'];

const READ_IDENTITY = `query($id: ID!, $purpose: String!) {
  candidateIdentity(candidateId: $id, purpose: $purpose) { candidateId fullName email phone dateOfBirth }
}`;
const ACCESS_LOG = `query($id: ID!) {
  identityAccessLog(candidateId: $id) { id accessedByUserId accessorRole accessorEmployerId fields purpose accessedAt }
}`;
const PROFILE = `query($id: ID!) { candidateProfile(id: $id) { id visibility status consentStatus } }`;
const LIST = `{ candidateProfiles(first: 100) { nodes { id } } }`;

interface LogRow {
  id: string;
  accessed_by_user_id: string;
  accessor_role: string;
  accessor_employer_id: string | null;
  fields: string[];
  purpose: string;
  accessed_at: Date;
}

describe('candidate identity', () => {
  let t: TestApp;
  let f: Fixtures;
  let a: EmployerWithHrLead;
  let b: EmployerWithHrLead;
  let c: EmployerWithHrLead;
  let mobility: Actor;
  let admin: Actor;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t);
    [a, b, c] = [
      await employerWithHrLead(f, REGION),
      await employerWithHrLead(f, REGION),
      await employerWithHrLead(f, REGION),
    ];
    mobility = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    admin = await f.actor(Role.ADMINISTRATOR);
  });

  afterAll(() => t.close());

  /** An ACTIVE profile of employer A, shared with the whole region, with its job seeker account. */
  async function activeCandidate(): Promise<{ id: string; jobSeeker: Actor }> {
    const id = await createCandidate(t, a.hr.token, await candidateInputIn(f, a.pc4, { identity: IDENTITY }));
    await changeCandidateStatus(t, a.hr.token, id, 'ACTIVE');
    return { id, jobSeeker: await f.actor(Role.JOB_SEEKER, { candidateId: id }) };
  }

  const readIdentity = (id: string, token: string, purpose = 'Kennismakingsgesprek plannen') =>
    t.gql(READ_IDENTITY, { id, purpose }, token);

  const logRows = (candidateId: string): Promise<LogRow[]> =>
    f.query(
      `SELECT id::text, accessed_by_user_id, accessor_role, accessor_employer_id, fields, purpose, accessed_at
       FROM identity_access_log WHERE candidate_id = $1 ORDER BY identity_access_log.id`,
      [candidateId],
    );

  function expectNoIdentity(res: GraphQLResponse): void {
    const body = JSON.stringify(res);
    for (const trace of IDENTITY_TRACES) expect(body).not.toContain(trace);
  }

  it('writes exactly one access-log row per read, with who, role, employer and purpose', async () => {
    const { id, jobSeeker } = await activeCandidate();
    const colleague = await f.actor(Role.HR_LEAD, { employerId: a.employer.id });
    expect(await logRows(id)).toEqual([]);

    const first = expectData(await readIdentity(id, a.hr.token, 'Contract opstellen'));
    expect(first.candidateIdentity).toEqual({ candidateId: id, ...IDENTITY });
    expect(await logRows(id)).toHaveLength(1);
    expectData(await readIdentity(id, colleague.token, '  Gesprek met teamleider  '));
    expectData(await readIdentity(id, jobSeeker.token, 'Eigen gegevens controleren'));

    const rows = await logRows(id);
    expect(rows).toEqual([
      expect.objectContaining({
        accessed_by_user_id: a.hr.userId,
        accessor_role: 'HR_LEAD',
        accessor_employer_id: a.employer.id,
        fields: IDENTITY_FIELDS,
        purpose: 'Contract opstellen',
      }),
      expect.objectContaining({
        accessed_by_user_id: colleague.userId,
        accessor_role: 'HR_LEAD',
        accessor_employer_id: a.employer.id,
        purpose: 'Gesprek met teamleider',
      }),
      expect.objectContaining({
        accessed_by_user_id: jobSeeker.userId,
        accessor_role: 'JOB_SEEKER',
        accessor_employer_id: null,
        purpose: 'Eigen gegevens controleren',
      }),
    ]);
    for (const row of rows) expect(Date.now() - row.accessed_at.getTime()).toBeLessThan(60_000);
  });

  it('shows the job seeker every read of their identity, newest first', async () => {
    const { id, jobSeeker } = await activeCandidate();
    expectData(await readIdentity(id, a.hr.token, 'Eerste inzage'));
    expectData(await readIdentity(id, a.hr.token, 'Tweede inzage'));

    const seen = expectData(await t.gql(ACCESS_LOG, { id }, jobSeeker.token)).identityAccessLog;
    const rows = (await logRows(id)).reverse();
    expect(rows).toHaveLength(2);
    expect(seen).toEqual(
      rows.map((row) => ({
        id: row.id,
        accessedByUserId: row.accessed_by_user_id,
        accessorRole: row.accessor_role,
        accessorEmployerId: row.accessor_employer_id,
        fields: row.fields,
        purpose: row.purpose,
        // DateTime values come in the region's clock time with its offset.
        accessedAt: toRegionIsoString(row.accessed_at),
      })),
    );
    expect(seen.map((e: { purpose: string }) => e.purpose)).toEqual(['Tweede inzage', 'Eerste inzage']);
    // Looking at the log is not itself an identity read.
    expect(await logRows(id)).toHaveLength(2);
  });

  it.each([
    ['too short', 'abc'],
    ['empty', ''],
    ['short once trimmed', '   abcd   '],
  ])('refuses a purpose that is %s with BAD_USER_INPUT and writes no log row', async (_label, purpose) => {
    const { id } = await activeCandidate();
    const res = await readIdentity(id, a.hr.token, purpose);
    expectError(res, 'BAD_USER_INPUT', { field: 'purpose' });
    expectNoIdentity(res);
    expect(await logRows(id)).toEqual([]);
  });

  it('tells those who see the anonymised profile why not, answers NOT_FOUND to everyone else, and logs nothing', async () => {
    const { id } = await activeCandidate();
    expect(expectData(await t.gql(PROFILE, { id }, b.hr.token)).candidateProfile.visibility).toBe(
      'ANONYMISED',
    );
    // Another employer sees the profile: "no consent yet", never "not found" about a profile it just read.
    const employer = await readIdentity(id, b.hr.token);
    expectIdentityRefused(employer);
    expectNoIdentity(employer);
    const team = await readIdentity(id, mobility.token);
    expectError(team, 'FORBIDDEN', { reason: 'IDENTITY_NOT_FOR_ROLE' });
    expectNoIdentity(team);
    // The administrator does not see profiles: for them, as for an unknown id, there is nothing.
    const administrator = await readIdentity(id, admin.token);
    expectError(administrator, 'NOT_FOUND');
    expect((await readIdentity(randomUUID(), admin.token)).errors).toEqual(administrator.errors);
    expect(await logRows(id)).toEqual([]);
  });

  it('lets another employer read the identity while a disclosure is active, and not after it is revoked', async () => {
    const { id } = await activeCandidate();
    expectIdentityRefused(await readIdentity(id, b.hr.token));
    await f.query(`INSERT INTO identity_disclosure (candidate_id, employer_id) VALUES ($1, $2)`, [
      id,
      b.employer.id,
    ]);

    const read = expectData(await readIdentity(id, b.hr.token, 'Kennismaking na match'));
    expect(read.candidateIdentity).toEqual({ candidateId: id, ...IDENTITY });
    expect(await logRows(id)).toEqual([
      expect.objectContaining({
        accessed_by_user_id: b.hr.userId,
        accessor_role: 'HR_LEAD',
        accessor_employer_id: b.employer.id,
        purpose: 'Kennismaking na match',
      }),
    ]);
    // The disclosure is for employer B only.
    expectIdentityRefused(await readIdentity(id, c.hr.token));

    await f.query(
      `UPDATE identity_disclosure SET revoked_at = now() WHERE candidate_id = $1 AND employer_id = $2`,
      [id, b.employer.id],
    );
    const revoked = await readIdentity(id, b.hr.token);
    expectIdentityRefused(revoked);
    expectNoIdentity(revoked);
    expect(await logRows(id)).toHaveLength(1);
  });

  it('pauses an active profile when the job seeker withdraws consent, hiding it from other employers and the mobility team', async () => {
    const { id, jobSeeker } = await activeCandidate();
    for (const viewer of [b.hr, mobility]) {
      expectData(await t.gql(PROFILE, { id }, viewer.token));
      const list = expectData(await t.gql(LIST, {}, viewer.token)).candidateProfiles.nodes;
      expect(list).toContainEqual({ id });
    }

    const withdrawn = await t.gql(
      `mutation($id: ID!) { recordCandidateConsent(id: $id, given: false) { id status consentStatus } }`,
      { id },
      jobSeeker.token,
    );
    expect(expectData(withdrawn).recordCandidateConsent).toEqual({
      id,
      status: 'PAUSED',
      consentStatus: 'WITHDRAWN',
    });

    for (const viewer of [b.hr, mobility]) {
      expectError(await t.gql(PROFILE, { id }, viewer.token), 'NOT_FOUND');
      const list = expectData(await t.gql(LIST, {}, viewer.token)).candidateProfiles.nodes;
      expect(list).not.toContainEqual({ id });
    }
    expect(expectData(await t.gql(PROFILE, { id }, a.hr.token)).candidateProfile).toEqual({
      id,
      visibility: 'OWNER',
      status: 'PAUSED',
      consentStatus: 'WITHDRAWN',
    });
    const reactivate = await t.gql(
      `mutation($id: ID!) { changeCandidateStatus(id: $id, status: ACTIVE) { status } }`,
      { id },
      a.hr.token,
    );
    expectError(reactivate, 'CONFLICT');
    const [row] = await f.query(`SELECT status, consent_status FROM candidate_profile WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'PAUSED', consent_status: 'WITHDRAWN' });
  });

  it('finds a profile by its public code, typed in any case, only for whom the list would show it', async () => {
    const BY_CODE = `query($code: String) { candidateProfiles(first: 10, publicCode: $code) { totalCount nodes { id } } }`;
    const byCode = async (code: string, token: string) =>
      expectData(await t.gql(BY_CODE, { code }, token)).candidateProfiles;
    const { id: active } = await activeCandidate();
    const draft = await createCandidate(t, a.hr.token, await candidateInputIn(f, a.pc4));
    const codes = await f.query<{ id: string; public_code: string }>(
      `SELECT id, public_code FROM candidate_profile WHERE id = ANY($1::uuid[])`,
      [[active, draft]],
    );
    const codeOf = (id: string) => codes.find((row) => row.id === id)!.public_code;
    const typed = ` ${codeOf(active).toLowerCase()} `;

    for (const viewer of [a.hr, b.hr, mobility])
      expect(await byCode(typed, viewer.token)).toEqual({ totalCount: 1, nodes: [{ id: active }] });
    expect(await byCode(codeOf(draft).toLowerCase(), a.hr.token)).toEqual({
      totalCount: 1,
      nodes: [{ id: draft }],
    });
    // A draft is the owner's alone; an administrator sees no profiles; a code that is no one's finds nothing.
    for (const viewer of [b.hr, mobility, admin])
      expect(await byCode(codeOf(draft), viewer.token)).toEqual({ totalCount: 0, nodes: [] });
    expect(await byCode(codeOf(active), admin.token)).toEqual({ totalCount: 0, nodes: [] });
    expect(await byCode('WB-0000000', a.hr.token)).toEqual({ totalCount: 0, nodes: [] });
    expect(await byCode('', a.hr.token)).toEqual({ totalCount: 0, nodes: [] });
  });

  describe('profiles never contain the identity', () => {
    let selection: string;
    let candidateId: string;
    let jobSeeker: Actor;

    beforeAll(async () => {
      selection = await selectionOf(t, 'CandidateProfile', 3);
      ({ id: candidateId, jobSeeker } = await activeCandidate());
    });

    it('has no identity field in the CandidateProfile type', async () => {
      const res = await t.gql(`{ __type(name: "CandidateProfile") { fields { name } } }`);
      const fields = (expectData(res).__type.fields as { name: string }[]).map((field) => field.name);
      expect(fields).toEqual(expect.arrayContaining(['id', 'publicCode', 'sketchStrengths', 'strengths']));
      for (const field of [...IDENTITY_FIELDS, 'identity', 'name']) expect(fields).not.toContain(field);
    });

    it.each([
      ['the owner', () => a.hr.token],
      ['another employer', () => b.hr.token],
      ['the mobility team', () => mobility.token],
      ['the job seeker', () => jobSeeker.token],
    ])('as seen by %s, in every field', async (_label, token) => {
      const one = await t.gql(
        `query($id: ID!) { candidateProfile(id: $id) { ${selection} } }`,
        {
          id: candidateId,
        },
        token(),
      );
      expect(expectData(one).candidateProfile.id).toBe(candidateId);
      expectNoIdentity(one);
      const list = await t.gql(`{ candidateProfiles(first: 50) { nodes { ${selection} } } }`, {}, token());
      expect(expectData(list).candidateProfiles.nodes).toContainEqual(
        expect.objectContaining({ id: candidateId }),
      );
      expectNoIdentity(list);
    });

    it('in the answers to creating and updating a profile', async () => {
      const created = await t.gql(
        `mutation($input: CreateCandidateInput!) { createCandidateProfile(input: $input) { ${selection} } }`,
        { input: await candidateInputIn(f, a.pc4, { identity: IDENTITY }) },
        a.hr.token,
      );
      const id = expectData(created).createCandidateProfile.id as string;
      expectNoIdentity(created);
      const updated = await t.gql(
        `mutation($id: ID!) { updateCandidateProfile(id: $id, input: { hoursMax: 36 }) { ${selection} } }`,
        { id },
        a.hr.token,
      );
      expect(expectData(updated).updateCandidateProfile.hoursMax).toBe(36);
      expectNoIdentity(updated);
    });
  });
});

interface IntrospectedType {
  name: string;
  kind: string;
  fields: { name: string; args: unknown[]; type: TypeRef }[] | null;
}
interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

/** Every field of `typeName` (objects expanded `depth` levels deep), read from the schema itself. */
async function selectionOf(t: TestApp, typeName: string, depth: number): Promise<string> {
  const ref = `kind name ofType { kind name ofType { kind name ofType { kind name } } }`;
  const res = await t.gql(
    `{ __schema { types { name kind fields { name args { name } type { ${ref} } } } } }`,
  );
  const types = new Map<string, IntrospectedType>(
    (expectData(res).__schema.types as IntrospectedType[]).map((type) => [type.name, type]),
  );
  const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);
  const build = (name: string, level: number): string =>
    (types.get(name)?.fields ?? [])
      .filter((field) => field.args.length === 0)
      .flatMap((field) => {
        const type = named(field.type);
        if (type.kind !== 'OBJECT') return [field.name];
        return level < depth ? [`${field.name} { ${build(type.name!, level + 1)} }`] : [];
      })
      .join(' ');
  return build(typeName, 1);
}
