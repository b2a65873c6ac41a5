import { Role, Sector } from '@werkbrug/core';
import { Actor, Fixtures } from './support/fixtures';
import {
  candidateInputIn,
  changeCandidateStatus,
  createCandidate,
  createVacancy,
  expectData,
  expectError,
  vacancyInputIn,
} from './support/helpers-auth';
import request from 'supertest';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The region's shortages on a fixture computed by hand (region AM11, nothing else in it):
 *
 *   open vacancies   care employer 1: 3 positions requiring S1 and S2; care employer 2: 2 positions requiring S1;
 *                    logistics employer: 4 positions requiring S3. A draft of 10 positions requiring S2 does not count.
 *   active people    6 open to care only, with S1; 2 open to every sector, with S3; 1 open to logistics only, with
 *                    S1 and S3; 5 open to retail only, with S4 (14 in all). A draft profile (care, S1) does not count.
 *                    A count is hidden when it, or the rest of the 14, is 1–4 people.
 *
 *   by sector        CARE: 2 vacancies, 5 positions, 6 + 2 = 8 candidates → 1.6 per position
 *                    LOGISTICS: 1 vacancy, 4 positions, 2 + 1 = 3 candidates → hidden (fewer than 5 people)
 *   by skill         S1: 2 vacancies, 5 positions, 6 + 1 = 7 candidates → 1.4 per position
 *                    S3: 1 vacancy, 4 positions, 2 + 1 = 3 candidates → hidden
 *                    S2: 1 vacancy, 3 positions, 0 candidates → 0 (nobody: the shortage itself, shown)
 */
const REGION = 'AM11';
const QUERY = `query($region: String) { labourShortages(regionCode: $region) {
  regionCode minimumCellSize
  bySector { sector openVacancies openPositions activeCandidates candidatesPerPosition suppressed }
  bySkill { skillId labelEn openVacancies openPositions activeCandidates candidatesPerPosition suppressed }
  bySectorDefinition { nl en } } }`;

describe('labour shortages', () => {
  let t: TestApp;
  let f: Fixtures;
  let team: Actor;
  let hr: Actor;
  let skills: string[];
  let candidateId: string;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t);
    team = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    const care1 = await f.employer(REGION, Sector.CARE);
    const care2 = await f.employer(REGION, Sector.CARE);
    const logistics = await f.employer(REGION, Sector.LOGISTICS);
    hr = await f.actor(Role.HR_LEAD, { employerId: care1.id });
    const hrCare2 = await f.actor(Role.HR_LEAD, { employerId: care2.id });
    const hrLogistics = await f.actor(Role.HR_LEAD, { employerId: logistics.id });
    skills = await f.skillIds(4, 300);
    const [s1, s2, s3, s4] = skills;
    const pc4 = await f.pc4(REGION);
    const vacancy = async (owner: Actor, positions: number, required: string[], open = true) => {
      const id = await createVacancy(
        t,
        owner.token,
        await vacancyInputIn(f, pc4, { positions, requiredSkillIds: required }),
      );
      if (open)
        expectData(
          await t.gql(
            `mutation($id: ID!) { changeVacancyStatus(id: $id, status: OPEN) { id } }`,
            { id },
            owner.token,
          ),
        );
    };
    await vacancy(hr, 3, [s1, s2]);
    await vacancy(hrCare2, 2, [s1]);
    await vacancy(hrLogistics, 4, [s3]);
    await vacancy(hr, 10, [s2], false);
    const person = async (sectorsOpen: string[], strengths: string[], active = true) => {
      const input = await candidateInputIn(f, pc4, {
        sectorsOpen,
        strengths: strengths.map((skillId) => ({
          skillId,
          level: 3,
          evidenceNote: 'Laat dit dagelijks zien.',
        })),
      });
      const id = await createCandidate(t, hr.token, input);
      if (active) await changeCandidateStatus(t, hr.token, id, 'ACTIVE');
      candidateId = id;
    };
    for (let i = 0; i < 6; i++) await person(['CARE'], [s1]);
    for (let i = 0; i < 2; i++) await person([], [s3]);
    await person(['LOGISTICS'], [s1, s3]);
    for (let i = 0; i < 5; i++) await person(['RETAIL'], [s4]);
    await person(['CARE'], [s1], false);
  }, 120_000);

  afterAll(() => t.close());

  it('counts open positions against the active candidates for them, by sector and skill, small counts hidden', async () => {
    const [s1, s2, s3] = skills;
    const shortages = expectData(await t.gql(QUERY, {}, team.token)).labourShortages;
    expect(shortages).toMatchObject({ regionCode: REGION, minimumCellSize: 5 });
    expect(shortages.bySector).toEqual([
      {
        sector: 'CARE',
        openVacancies: 2,
        openPositions: 5,
        activeCandidates: 8,
        candidatesPerPosition: 1.6,
        suppressed: false,
      },
      {
        sector: 'LOGISTICS',
        openVacancies: 1,
        openPositions: 4,
        activeCandidates: null,
        candidatesPerPosition: null,
        suppressed: true,
      },
    ]);
    expect(
      shortages.bySkill.map((s: Record<string, unknown>) => [
        s.skillId,
        s.openVacancies,
        s.openPositions,
        s.activeCandidates,
        s.candidatesPerPosition,
        s.suppressed,
      ]),
    ).toEqual([
      [s1, 2, 5, 7, 1.4, false],
      [s3, 1, 4, null, null, true],
      [s2, 1, 3, 0, 0, false],
    ]);
    expect(shortages.bySkill[0].labelEn).toEqual(expect.any(String));
    expect(shortages.bySectorDefinition.nl).toContain('open plaats');
    // The region's HR leads see the same, and the CSV has the same lines.
    expect(expectData(await t.gql(QUERY, {}, hr.token)).labourShortages.bySector).toEqual(shortages.bySector);
    const csv = await request(t.app.getHttpServer())
      .get('/shortages.csv')
      .set('Authorization', `Bearer ${hr.token}`);
    expect(csv.status).toBe(200);
    expect(csv.text.split('\r\n').slice(0, 3)).toEqual([
      'regio,naar,groep,open_vacatures,open_plaatsen,actieve_kandidaten,kandidaten_per_open_plaats,onderdrukt',
      'AM11,sector,CARE,2,5,8,1.6,',
      'AM11,sector,LOGISTICS,1,4,,,minder dan 5 personen',
    ]);
  });

  it('is for the region’s team and HR leads and for administrators naming a region', async () => {
    const jobSeeker = await f.actor(Role.JOB_SEEKER, { candidateId });
    expectError(await t.gql(QUERY, {}, jobSeeker.token), 'FORBIDDEN');
    const otherTeam = await f.actor(Role.MOBILITY_TEAM, { regionCode: 'AM01' });
    expectError(await t.gql(QUERY, { region: REGION }, otherTeam.token), 'FORBIDDEN');
    const admin = await f.actor(Role.ADMINISTRATOR);
    expectError(await t.gql(QUERY, {}, admin.token), 'BAD_USER_INPUT', { reason: 'REGION_REQUIRED' });
    expect(
      expectData(await t.gql(QUERY, { region: REGION }, admin.token)).labourShortages.bySector,
    ).toHaveLength(2);
  });
});
