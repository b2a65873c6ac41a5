import { randomUUID } from 'node:crypto';
import { Role, Sector } from '@werkbrug/core';
import { dropTestDatabase } from '@werkbrug/testing';
import { EarlyStartService } from '@werkbrug/trajectories';
import { Actor, Fixtures } from './support/fixtures';
import { candidateInputIn, createCandidate, expectData, expectError } from './support/helpers-auth';
import { createMatchableCandidate, placementAgreement } from './support/helpers-matching';
import { createMigratedTestDatabase } from './support/helpers-infra';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Start six months ahead: the worklist of candidates whose contract ends within six months with nothing started
 * (no introduction, meet-and-greet or placement), per HR lead and per region, and the worker's weekly reminder.
 * Own database; no worker (nobody has suggestions, so "no fitting vacancies yet" is the step for active ones).
 */
const REGION = 'AM27';
const WORKLIST = `{ earlyStartWorklist { today until entries {
  candidateId publicCode track status contractEndDate daysLeft suggestions nextStep nextStepText { nl en } } } }`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('start six months ahead', () => {
  let database: { name: string; url: string };
  let t: TestApp;
  let f: Fixtures;
  let ownId: string;
  let hrOwn: Actor;
  let hrOther: Actor;
  let rmt: Actor;
  let seeker: Actor;
  const ids: Record<string, string> = {};
  const codes: Record<string, string> = {};

  const worklist = async (actor: Actor) =>
    expectData(await t.gql(WORKLIST, {}, actor.token)).earlyStartWorklist as {
      until: string;
      entries: {
        candidateId: string;
        publicCode: string;
        nextStep: string;
        daysLeft: number;
        status: string;
      }[];
    };

  beforeAll(async () => {
    database = await createMigratedTestDatabase('early_start');
    t = await createTestApp({
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `werkbrug-early-start-${randomUUID().slice(0, 8)}`,
    });
    f = new Fixtures(t);
    const own = await f.employer(REGION, Sector.CARE);
    const other = await f.employer(REGION, Sector.CARE);
    ownId = own.id;
    hrOwn = await f.actor(Role.HR_LEAD, { employerId: own.id });
    hrOther = await f.actor(Role.HR_LEAD, { employerId: other.id });
    rmt = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    const pc4 = await f.pc4(REGION);
    const skills = await f.skillIds(4);
    const active = (token: string, days: number) =>
      createMatchableCandidate(t, f, token, { pc4, skills }, { contractEndDate: inDays(days) });
    ids.soon = await active(hrOwn.token, 90);
    ids.later = await active(hrOwn.token, 400);
    ids.placed = await active(hrOwn.token, 60);
    ids.others = await active(hrOther.token, 30);
    ids.draft = await createCandidate(
      t,
      hrOwn.token,
      await candidateInputIn(f, pc4, { contractEndDate: inDays(120) }),
    );
    seeker = await f.actor(Role.JOB_SEEKER, { candidateId: ids.soon });
    // Something has started for this one: a secondment proposed at the other employer.
    const propose = `mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { id } }`;
    expectData(
      await t.gql(
        propose,
        {
          input: {
            candidateId: ids.placed,
            hostEmployerId: other.id,
            kind: 'SECONDMENT',
            startDate: inDays(20),
            endDate: inDays(50),
            hoursPerWeek: 16,
            ...placementAgreement(),
          },
        },
        hrOwn.token,
      ),
    );
    const rows = await f.query<{ id: string; public_code: string }>(
      `SELECT id, public_code FROM candidate_profile WHERE id = ANY($1)`,
      [Object.values(ids)],
    );
    for (const [name, id] of Object.entries(ids)) codes[name] = rows.find((r) => r.id === id)!.public_code;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    if (database) await dropTestDatabase(database.name);
  });

  it('lists an HR lead’s own candidates whose contract ends within six months and with whom nothing started', async () => {
    const list = await worklist(hrOwn);
    expect(list.until).toBe(inDays(183));
    expect(list.entries.map((e) => e.candidateId)).toEqual([ids.soon, ids.draft]);
    const [soon, draft] = list.entries;
    expect(soon).toMatchObject({ status: 'ACTIVE', daysLeft: 90, nextStep: 'NO_SUGGESTIONS' });
    expect(draft).toMatchObject({ status: 'DRAFT', nextStep: 'COMPLETE_PROFILE' });
  });

  it('the mobility team sees the whole region as far as it may (no drafts); job seekers and others are refused', async () => {
    const list = await worklist(rmt);
    expect(list.entries.map((e) => e.candidateId)).toEqual([ids.others, ids.soon]);
    expect((await worklist(hrOther)).entries.map((e) => e.candidateId)).toEqual([ids.others]);
    expectError(await t.gql(WORKLIST, {}, seeker.token), 'FORBIDDEN');
  });

  it('reminds each employer and the region once a week, naming the candidates by public code', async () => {
    const service = t.app.get(EarlyStartService);
    expect(await service.remindWeekly()).toBe(3); // two employers and one region
    expect(await service.remindWeekly()).toBeNull(); // the same week: already sent
    const reminders = await f.query<{
      recipient_employer_id: string | null;
      recipient_region_code: string | null;
      text_nl: string;
    }>(
      `SELECT recipient_employer_id, recipient_region_code, text_nl FROM notification WHERE kind = 'EARLY_START_REMINDER'`,
    );
    const own = reminders.find((r) => r.recipient_employer_id === ownId)!;
    expect(own.text_nl).toBe(
      `Begin zes maanden vooruit: 2 kandidaten van jullie organisatie hebben een contract dat binnen zes maanden afloopt, en er is nog geen kennismaking, meet-and-greet of plaatsing (${codes.soon}, ${codes.draft}). Zie de werklijst "Start op tijd".`,
    );
    const region = reminders.find((r) => r.recipient_region_code === REGION)!;
    expect(region.text_nl).toContain('2 kandidaten in de regio');
    expect(region.text_nl).not.toContain(codes.draft);
    expect(region.text_nl).not.toContain(codes.placed);
  });
});
