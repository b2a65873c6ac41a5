import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { addMonths, regionToday, Role, Sector } from '@werkbrug/core';
import { dropTestDatabase } from '@werkbrug/testing';
import { Actor, Fixtures } from './support/fixtures';
import { createVacancy, expectData, expectError } from './support/helpers-auth';
import {
  createMatchableCandidate,
  openVacancy,
  secondmentVacancyInput,
  waitForPairsListed,
} from './support/helpers-matching';
import { createMigratedTestDatabase } from './support/helpers-infra';
import { createTestApp, createTestWorker, TestApp } from './support/test-app';

/**
 * Matching and meet-and-greet sessions scoped to an employer network: the lists keep only the network's active
 * members (both sides for the region's view), and a network's session suggests and invites only its members and
 * their candidates. Own database and queue prefix, with a real worker to build the lists.
 */
const REGION = 'AM27';

describe('matching and sessions scoped to an employer network', () => {
  let database: { name: string; url: string };
  let t: TestApp;
  let worker: INestApplicationContext | undefined;
  let f: Fixtures;
  let team: Actor;
  let hrHost: Actor;
  let hrMember: Actor;
  let hrOutsider: Actor;
  let ids: {
    host: string;
    member: string;
    outsider: string;
    ofMember: string;
    ofOutsider: string;
    hostVacancy: string;
    outsiderVacancy: string;
    network: string;
  };

  const gql = (query: string, variables: Record<string, unknown>, actor: Actor) =>
    t.gql(query, variables, actor.token);

  beforeAll(async () => {
    database = await createMigratedTestDatabase('network_scopes');
    const overrides = {
      DATABASE_URL: database.url,
      QUEUE_PREFIX: `werkbrug-network-scopes-${randomUUID().slice(0, 8)}`,
    };
    t = await createTestApp(overrides);
    f = new Fixtures(t);
    const [host, member, outsider] = [
      await f.employer(REGION, Sector.CARE),
      await f.employer(REGION, Sector.CARE),
      await f.employer(REGION, Sector.CARE),
    ];
    hrHost = await f.actor(Role.HR_LEAD, { employerId: host.id });
    hrMember = await f.actor(Role.HR_LEAD, { employerId: member.id });
    hrOutsider = await f.actor(Role.HR_LEAD, { employerId: outsider.id });
    team = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    const place = { pc4: await f.pc4(REGION), skills: await f.skillIds(4) };
    const ofMember = await createMatchableCandidate(t, f, hrMember.token, place);
    const ofOutsider = await createMatchableCandidate(t, f, hrOutsider.token, place);
    const hostVacancy = await createVacancy(t, hrHost.token, await secondmentVacancyInput(f, place));
    const outsiderVacancy = await createVacancy(t, hrOutsider.token, await secondmentVacancyInput(f, place));
    await openVacancy(t, hrHost.token, hostVacancy);
    await openVacancy(t, hrOutsider.token, outsiderVacancy);

    const network = expectData(
      await gql(
        `mutation($input: EmployerNetworkInput!) { createEmployerNetwork(input: $input) { id } }`,
        { input: { name: 'Zorgnetwerk', employerIds: [host.id, member.id] } },
        team,
      ),
    ).createEmployerNetwork;
    const commitment = {
      commitmentStart: regionToday(),
      commitmentEnd: addMonths(regionToday(), 6),
      contactName: 'HR-adviseur',
    };
    for (const hr of [hrHost, hrMember])
      expectData(
        await gql(
          `mutation($id: ID!, $c: NetworkCommitmentInput!) { joinEmployerNetwork(networkId: $id, commitment: $c) { id } }`,
          { id: network.id, c: commitment },
          hr,
        ),
      );
    ids = {
      host: host.id,
      member: member.id,
      outsider: outsider.id,
      ofMember,
      ofOutsider,
      hostVacancy,
      outsiderVacancy,
      network: network.id,
    };
    worker = await createTestWorker(overrides);
    await waitForPairsListed(f, [ofMember, ofOutsider], hostVacancy, 60_000);
    // Nobody is suggested their own employer's vacancy.
    await waitForPairsListed(f, [ofMember], outsiderVacancy, 60_000);
  }, 180_000);

  afterAll(async () => {
    await worker?.close();
    await t?.close();
    if (database) await dropTestDatabase(database.name);
  });

  it("a vacancy's and a candidate's matches keep only the network's members", async () => {
    const VACANCY = `query($id: ID!, $network: ID) { vacancyMatches(vacancyId: $id, first: 20, networkId: $network) {
      totalCount nodes { candidateId } } }`;
    const all = expectData(await gql(VACANCY, { id: ids.hostVacancy }, hrHost)).vacancyMatches;
    expect(all.nodes.map((n: { candidateId: string }) => n.candidateId).sort()).toEqual(
      [ids.ofMember, ids.ofOutsider].sort(),
    );
    const scoped = expectData(
      await gql(VACANCY, { id: ids.hostVacancy, network: ids.network }, hrHost),
    ).vacancyMatches;
    expect(scoped).toEqual({ totalCount: 1, nodes: [{ candidateId: ids.ofMember }] });
    // A network the viewer does not see is refused like an unknown one.
    expectError(
      await gql(VACANCY, { id: ids.outsiderVacancy, network: ids.network }, hrOutsider),
      'NOT_FOUND',
    );

    // The drop-out counts narrow the same way: the outsider's candidate is not compared.
    const DROP_OUT = `query($id: ID!, $network: ID) { vacancyDropOut(vacancyId: $id, networkId: $network) { compared } }`;
    const counted = async (network?: string) =>
      expectData(await gql(DROP_OUT, { id: ids.hostVacancy, network }, hrHost)).vacancyDropOut.compared;
    const wholeRegion = await counted();
    expect(wholeRegion).toBeGreaterThanOrEqual(2);
    expect(await counted(ids.network)).toBe(wholeRegion - 1);
    expectError(
      await gql(DROP_OUT, { id: ids.outsiderVacancy, network: ids.network }, hrOutsider),
      'NOT_FOUND',
    );

    const CANDIDATE = `query($id: ID!, $network: ID) { candidateMatches(candidateId: $id, first: 20, networkId: $network) {
      nodes { vacancyId } } }`;
    const forCandidate = expectData(
      await gql(CANDIDATE, { id: ids.ofMember, network: ids.network }, hrMember),
    ).candidateMatches;
    expect(forCandidate.nodes).toEqual([{ vacancyId: ids.hostVacancy }]);
    expect(
      expectData(await gql(CANDIDATE, { id: ids.ofMember }, hrMember)).candidateMatches.nodes,
    ).toHaveLength(2);
  });

  it("the region's view scoped to a network keeps the pairs whose two sides are members", async () => {
    const REGION_MATCHES = `query($filter: RegionMatchFilterInput) { regionMatches(first: 50, filter: $filter) {
      totalCount nodes { candidateId vacancyId } } }`;
    expect(expectData(await gql(REGION_MATCHES, {}, team)).regionMatches.totalCount).toBe(3);
    const scoped = expectData(
      await gql(REGION_MATCHES, { filter: { networkId: ids.network } }, team),
    ).regionMatches;
    expect(scoped).toEqual({
      totalCount: 1,
      nodes: [{ candidateId: ids.ofMember, vacancyId: ids.hostVacancy }],
    });
  });

  it("a network's session suggests and invites only the members and their candidates", async () => {
    const setup = {
      title: 'Netwerkbijeenkomst',
      venue: 'Gemeentehuis',
      date: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
      firstSlotStart: '13:00',
      slotMinutes: 15,
      slotCount: 4,
      tableCount: 2,
      maxMeetingsPerCandidate: 2,
      maxMeetingsPerRepresentative: 4,
      minMeetingsPerCandidate: 1,
      registrationDeadline: new Date(Date.now() + 5 * 86_400_000).toISOString(),
    };
    const CREATE = `mutation($input: SessionSetupInput!, $network: ID) {
      createMeetAndGreetSession(input: $input, networkId: $network) { id networkId } }`;
    const session = expectData(
      await gql(CREATE, { input: setup, network: ids.network }, team),
    ).createMeetAndGreetSession;
    expect(session.networkId).toBe(ids.network);
    // Another region's team does not know the network.
    const elsewhere = await f.actor(Role.MOBILITY_TEAM, { regionCode: 'AM28' });
    expectError(await gql(CREATE, { input: setup, network: ids.network }, elsewhere), 'BAD_USER_INPUT', {
      reason: 'SESSION_NETWORK_UNKNOWN',
    });

    const SUGGEST = `query($id: ID!) { sessionInviteeSuggestions(sessionId: $id) {
      candidates { candidateId } employers { employerId } } }`;
    const suggested = expectData(await gql(SUGGEST, { id: session.id }, team)).sessionInviteeSuggestions;
    expect(suggested.candidates).toEqual([{ candidateId: ids.ofMember }]);
    // Employers with matching open vacancies: the outsider's vacancy matches too, but it is not a member.
    expect(suggested.employers).toEqual([{ employerId: ids.host }]);

    const INVITE = `mutation($id: ID!, $input: InviteToSessionInput!) { inviteToSession(sessionId: $id, input: $input) {
      candidates employers } }`;
    for (const input of [{ candidateIds: [ids.ofOutsider] }, { employers: [{ employerId: ids.outsider }] }])
      expectError(await gql(INVITE, { id: session.id, input }, team), 'BAD_USER_INPUT', {
        reason: 'INVITEES_OUTSIDE_NETWORK',
      });
    expect(
      expectData(
        await gql(
          INVITE,
          { id: session.id, input: { candidateIds: [ids.ofMember], employers: [{ employerId: ids.host }] } },
          team,
        ),
      ).inviteToSession,
    ).toEqual({ candidates: 1, employers: 1 });
  });
});
