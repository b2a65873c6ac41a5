import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Role, Sector } from '@werkbrug/core';
import { dropTestDatabase } from '@werkbrug/testing';
import { Actor, Fixtures } from './support/fixtures';
import { changeCandidateStatus, createVacancy, expectData, expectError } from './support/helpers-auth';
import {
  createMatchableCandidate,
  openVacancy,
  secondmentVacancyInput,
  waitForPairsListed,
} from './support/helpers-matching';
import { createMigratedTestDatabase, eventually } from './support/helpers-infra';
import { createTestApp, createTestWorker, TestApp } from './support/test-app';

/**
 * "Waarom staat deze kandidaat niet op mijn lijst?": every hard rule that keeps a pair apart, with what would change
 * it; the drop-out per rule of a vacancy; and placements of every kind (secondment, trial place, meeloopstage,
 * project hire) reach candidates who want a permanent job, because the person keeps their own contract.
 */
const REGION = 'AM27';
const WHY = `query($c: ID!, $v: ID!) { whyNotMatched(candidateId: $c, vacancyId: $v) {
  listed incomplete summary { nl en } exclusions { rule name { nl } explanation { nl en } remedy { nl en } } } }`;
const DROP_OUT = `query($id: ID!) { vacancyDropOut(vacancyId: $id) {
  compared eligible rules { rule firstExcluded broken text { nl en } } } }`;

describe('why a candidate is not on my list', () => {
  let database: { name: string; url: string };
  let t: TestApp;
  let worker: INestApplicationContext | undefined;
  let f: Fixtures;
  let hrOwn: Actor;
  let hrHost: Actor;
  let rmt: Actor;
  let seeker: Actor;
  let permanentOnly: string;
  let farAway: string;
  let jobVacancy: string;
  const placementVacancies: Record<string, string> = {};
  let pc4: string;
  let skills: string[];

  const gql = (query: string, variables: Record<string, unknown>, actor: Actor) =>
    t.gql(query, variables, actor.token);

  beforeAll(async () => {
    database = await createMigratedTestDatabase('why_not');
    const overrides = {
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `werkbrug-why-not-${randomUUID().slice(0, 8)}`,
    };
    t = await createTestApp(overrides);
    f = new Fixtures(t);
    const own = await f.employer(REGION, Sector.CARE);
    const host = await f.employer(REGION, Sector.CARE);
    hrOwn = await f.actor(Role.HR_LEAD, { employerId: own.id });
    hrHost = await f.actor(Role.HR_LEAD, { employerId: host.id });
    rmt = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    pc4 = await f.pc4(REGION);
    skills = await f.skillIds(4);
    // Wants a permanent job only, and at most 24 hours: a fixed-term 30–36 hour job breaks two rules.
    permanentOnly = await createMatchableCandidate(
      t,
      f,
      hrOwn.token,
      { pc4, skills },
      {
        contractTypes: ['PERMANENT'],
        hoursMin: 16,
        hoursMax: 24,
      },
    );
    seeker = await f.actor(Role.JOB_SEEKER, { candidateId: permanentOnly });
    // Lives some distance away and travels at most 1 km.
    const farPc4 = await f.pc4(REGION, 40);
    farAway = await createMatchableCandidate(t, f, hrOwn.token, { pc4: farPc4, skills }, { maxTravelKm: 1 });
    const job = await secondmentVacancyInput(
      f,
      { pc4, skills },
      {
        kind: 'JOB',
        contractType: 'FIXED_TERM',
        hoursMin: 30,
        hoursMax: 36,
        title: 'Woonbegeleider',
      },
    );
    jobVacancy = await createVacancy(t, hrHost.token, job);
    await openVacancy(t, hrHost.token, jobVacancy);
    // Every kind of placement, each with the contract type an HR lead would pick for it.
    const kinds = {
      SECONDMENT: 'SECONDMENT',
      TRIAL_PLACEMENT: 'FIXED_TERM',
      WORK_EXPERIENCE: 'TRAINEESHIP',
      PROJECT_HIRE: 'TEMPORARY_AGENCY',
    };
    for (const [kind, contractType] of Object.entries(kinds)) {
      const input = await secondmentVacancyInput(
        f,
        { pc4, skills },
        { kind, contractType, title: `Plek ${kind}` },
      );
      placementVacancies[kind] = await createVacancy(t, hrHost.token, input);
      await openVacancy(t, hrHost.token, placementVacancies[kind]);
    }
    worker = await createTestWorker(overrides);
    for (const id of Object.values(placementVacancies))
      await waitForPairsListed(f, [permanentOnly], id, 60_000);
  }, 180_000);

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    if (database) await dropTestDatabase(database.name);
  });

  it('secondments, trial places, meeloopstages and project hires reach a candidate who wants a permanent job', async () => {
    for (const [kind, vacancyId] of Object.entries(placementVacancies)) {
      const why = expectData(await gql(WHY, { c: permanentOnly, v: vacancyId }, hrHost)).whyNotMatched;
      expect({ kind, listed: why.listed, exclusions: why.exclusions }).toEqual({
        kind,
        listed: true,
        exclusions: [],
      });
      expect(why.summary.nl).toBe('Deze kandidaat staat op de lijst.');
    }
  });

  it('names every rule that excludes the pair and what would change it, in Dutch and English', async () => {
    const why = expectData(await gql(WHY, { c: permanentOnly, v: jobVacancy }, hrHost)).whyNotMatched;
    expect(why.listed).toBe(false);
    expect(why.incomplete).toBeNull();
    expect(why.exclusions.map((e: { rule: string }) => e.rule)).toEqual([
      'CONTRACT_TYPE',
      'HOURS_NO_OVERLAP',
    ]);
    const [contract, hours] = why.exclusions;
    expect(contract.name.nl).toBe('contractsoort');
    expect(contract.remedy.nl).toContain(
      'De vacature biedt tijdelijk contract; de kandidaat zoekt vast contract.',
    );
    expect(contract.remedy.en).toContain('the candidate looks for permanent contract');
    expect(hours.explanation.nl).toBe('Uren sluiten niet aan: gewenst 16–24, vacature 30–36 per week.');
    expect(hours.remedy.nl).toContain('De vacature vraagt minstens 30 uur; de kandidaat wil hoogstens 24.');
    expect(why.summary.nl).toBe(
      '2 regels sluiten deze combinatie uit; hieronder staat wat eraan te doen is.',
    );

    // The candidate asks the same about a vacancy they can see, and reads the same answer.
    const own = expectData(await gql(WHY, { c: permanentOnly, v: jobVacancy }, seeker)).whyNotMatched;
    expect(own.exclusions).toEqual(why.exclusions);
    const far = expectData(await gql(WHY, { c: farAway, v: jobVacancy }, rmt)).whyNotMatched;
    expect(far.exclusions.map((e: { rule: string }) => e.rule)).toEqual(['TRAVEL_DISTANCE']);
    expect(far.exclusions[0].remedy.nl).toContain('de kandidaat reist hoogstens 1 km');
  });

  it('counts how many candidates drop out on each rule, for the employer and the mobility team only', async () => {
    await eventually(
      'both candidates compared with the job',
      async () => expectData(await gql(DROP_OUT, { id: jobVacancy }, hrHost)).vacancyDropOut,
      (counts) => counts?.compared === 2,
      30_000,
    );
    const counts = expectData(await gql(DROP_OUT, { id: jobVacancy }, hrHost)).vacancyDropOut;
    expect(counts.eligible).toBe(0);
    const byRule = Object.fromEntries(
      counts.rules.map((r: { rule: string; firstExcluded: number; broken: number }) => [r.rule, r]),
    );
    expect(byRule.CONTRACT_TYPE).toMatchObject({ firstExcluded: 1, broken: 1 });
    expect(byRule.HOURS_NO_OVERLAP).toMatchObject({ firstExcluded: 0, broken: 1 });
    expect(byRule.TRAVEL_DISTANCE).toMatchObject({ firstExcluded: 1, broken: 1 });
    expect(byRule.CONTRACT_TYPE.text.nl).toBe('1 kandidaat valt af op contractsoort');
    expect(byRule.TRAVEL_DISTANCE.text.nl).toBe('1 kandidaat valt af op reisafstand');
    expect(byRule.HOURS_NO_OVERLAP.text.en).toBe('0 candidates drop out on hours');
    const firstTotal = counts.rules.reduce(
      (sum: number, r: { firstExcluded: number }) => sum + r.firstExcluded,
      0,
    );
    expect(firstTotal).toBe(counts.compared - counts.eligible);

    expect(expectData(await gql(DROP_OUT, { id: jobVacancy }, rmt)).vacancyDropOut).toEqual(counts);
    expectError(await gql(DROP_OUT, { id: jobVacancy }, hrOwn), 'FORBIDDEN');

    // The gateway keeps the region's candidates between questions: a change shows in the very next answer.
    await changeCandidateStatus(t, hrOwn.token, farAway, 'PAUSED');
    const paused = expectData(await gql(DROP_OUT, { id: jobVacancy }, hrHost)).vacancyDropOut;
    expect(paused.compared).toBe(1);
    await changeCandidateStatus(t, hrOwn.token, farAway, 'ACTIVE');
    expect(expectData(await gql(DROP_OUT, { id: jobVacancy }, hrHost)).vacancyDropOut).toEqual(counts);
    // Someone who leaves the region without a changed row to notice (as an erased profile does) is not counted
    // either: the kept copy checks its members against the region as stored.
    const move = (region: string) =>
      f.query(`UPDATE candidate_profile SET region_code = $2 WHERE id = $1`, [farAway, region]);
    await move('AM01');
    expect(expectData(await gql(DROP_OUT, { id: jobVacancy }, hrHost)).vacancyDropOut.compared).toBe(1);
    await move(REGION);
    expect(expectData(await gql(DROP_OUT, { id: jobVacancy }, hrHost)).vacancyDropOut).toEqual(counts);
  });
});
