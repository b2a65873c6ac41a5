import { randomUUID } from 'node:crypto';
import { Role, Sector } from '@werkbrug/core';
import { addDays, regionToday } from '@werkbrug/trajectories';
import { Actor, Fixtures } from './support/fixtures';
import { candidateInputIn, changeCandidateStatus, createCandidate, expectData } from './support/helpers-auth';
import request from 'supertest';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The meet-and-greet conversion on a fixture computed by hand (region AM17, nothing else in it; k = 5). A session
 * that took place 60 days ago planned 13 meetings, in pairs of a candidate and an employer:
 *
 *   candidates 1–5 with the host: a follow-up talk, and since then an agreed placement at the host
 *   candidates 6–10 with the host: no fit;  candidate 1 with another employer: no fit
 *   candidate 11 with the host: did not take place (not a meeting);  candidate 12 with the host: no outcome recorded
 *
 *   meetings 12 · next steps 5 (5/12) · placements 5 (5/12) · hires 0 · outcome not recorded 1 → hidden
 *   Then candidate 1 is hired by the host: hires 1 → hidden (fewer than 5 pairs).
 */
const REGION = 'AM17';
const QUERY = `query($from: LocalDate!, $to: LocalDate!) { outcomeFigures(from: $from, to: $to) {
  meetAndGreet { steps { step count shareOfMeetings suppressed } notRecorded notRecordedSuppressed definition { nl en } } } }`;

describe('meet-and-greet conversion', () => {
  let t: TestApp;
  let f: Fixtures;
  let team: Actor;
  let ownId: string;
  let hostId: string;
  let candidates: string[];
  const today = regionToday();

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t);
    team = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    const own = await f.employer(REGION, Sector.CARE);
    const host = await f.employer(REGION, Sector.CARE);
    const other = await f.employer(REGION, Sector.RETAIL);
    [ownId, hostId] = [own.id, host.id];
    const hr = await f.actor(Role.HR_LEAD, { employerId: own.id });
    const pc4 = await f.pc4(REGION);
    candidates = [];
    for (let i = 0; i < 12; i++) {
      const id = await createCandidate(t, hr.token, await candidateInputIn(f, pc4));
      await changeCandidateStatus(t, hr.token, id, 'ACTIVE');
      candidates.push(id);
    }
    const [session] = await f.query<{ id: string }>(
      `INSERT INTO meet_and_greet_session (region_code, title, venue, session_date, time_zone, first_slot_start,
         slot_minutes, slot_count, table_count, max_meetings_per_candidate, max_meetings_per_representative,
         min_meetings_per_candidate, registration_deadline, status, plan_status, created_by_user_id)
       VALUES ($1, 'Matchmiddag', 'Stadhuis', $2, 'Europe/Amsterdam', '13:00', 15, 8, 4, 3, 6, 1,
         now() - interval '70 days', 'CLOSED', 'PLANNED', $3) RETURNING id`,
      [REGION, addDays(today, -60), team.userId],
    );
    for (const employerId of [host.id, other.id])
      await f.query(
        `INSERT INTO session_employer (session_id, employer_id, status, calendar_token, representatives)
         VALUES ($1, $2, 'ACCEPTED', $3, 2)`,
        [session.id, employerId, randomUUID()],
      );
    const outcomes = [
      ...Array<string>(5).fill('FOLLOW_UP_TALK'),
      ...Array<string>(5).fill('NO_FIT'),
      'DID_NOT_TAKE_PLACE',
      null,
    ];
    for (const [i, candidateId] of candidates.entries()) {
      await f.query(
        `INSERT INTO session_candidate (session_id, candidate_id, status, calendar_token) VALUES ($1, $2, 'ACCEPTED', $3)`,
        [session.id, candidateId, randomUUID()],
      );
      // The host's two representatives each meet a candidate per slot.
      const meet = (employerId: string, slot: number, representative: number, outcome: string | null) =>
        f.query(
          `INSERT INTO session_meeting (session_id, candidate_id, employer_id, slot, representative, table_no, outcome)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [session.id, candidateId, employerId, slot, representative, i, outcome],
        );
      await meet(host.id, i % 6, Math.floor(i / 6), outcomes[i]);
      if (i === 0) await meet(other.id, 7, 0, 'NO_FIT');
    }
    for (const candidateId of candidates.slice(0, 5))
      await f.query(
        `INSERT INTO placement (region_code, candidate_id, lending_employer_id, host_employer_id, kind, purpose,
           requested_hours_per_week, duration_weeks, contract_hours_per_week, own_work_hours_per_week, salary_paid_by,
           travel_costs_reimbursed, travel_costs_paid_by, return_option, lending_contact, host_contact, status,
           created_by_user_id)
         VALUES ($1, $2, $3, $4, 'TRIAL_PLACEMENT', 'GAIN_EXPERIENCE', 16, 8, 32, 16, 'LENDING_EMPLOYER', true,
           'HOST_EMPLOYER', true, 'HR', 'HR', 'AGREED', $5)`,
        [REGION, candidateId, own.id, host.id, hr.userId],
      );
  }, 120_000);

  afterAll(() => t.close());

  const conversion = async () =>
    expectData(await t.gql(QUERY, { from: addDays(today, -365), to: today }, team.token)).outcomeFigures
      .meetAndGreet;

  it('follows the pairs from meeting to next step, placement and hire, small numbers hidden', async () => {
    const view = await conversion();
    expect(view.steps).toEqual([
      { step: 'MEETINGS', count: 12, shareOfMeetings: 1, suppressed: false },
      { step: 'FOLLOW_UP_TALKS', count: 5, shareOfMeetings: 5 / 12, suppressed: false },
      { step: 'PLACEMENTS', count: 5, shareOfMeetings: 5 / 12, suppressed: false },
      { step: 'HIRES', count: 0, shareOfMeetings: 0, suppressed: false },
    ]);
    expect(view).toMatchObject({ notRecorded: null, notRecordedSuppressed: true });
    expect(view.definition.nl).toContain('matchmiddag');
    const csv = await request(t.app.getHttpServer())
      .get(`/outcome-figures.csv?from=${addDays(today, -365)}&to=${today}`)
      .set('Authorization', `Bearer ${team.token}`);
    expect(csv.text.split('\r\n')).toContainEqual(
      expect.stringMatching(/^AM17,[-\d]+,[-\d]+,NONE,totaal,MEET_AND_GREET_PLACEMENTS,0\.417,5,12,,/),
    );
  });

  it('counts a hire at the employer the candidate met, hidden while fewer than five pairs', async () => {
    await f.query(
      `INSERT INTO hire (candidate_id, region_code, from_employer_id, employer_id, external, contract_type, started_on,
         source, recorded_by_user_id, candidate_track, candidate_registered_at, from_sector)
       VALUES ($1, $2, $3, $4, true, 'PERMANENT', $5, 'PLACEMENT', $6, 'WORK_TO_WORK', now(), 'CARE')`,
      [candidates[0], REGION, ownId, hostId, addDays(today, -5), team.userId],
    );
    const view = await conversion();
    expect(view.steps[3]).toEqual({ step: 'HIRES', count: null, shareOfMeetings: null, suppressed: true });
    expect(view.steps[2].count).toBe(5);
  });
});
