import { addDays, addMonths, regionToday, Role } from '@werkbrug/core';
import { CollegialRequestsService, NetworkReviewService, quarterOf } from '@werkbrug/networks';
import request from 'supertest';
import { asBytes } from './support/binary-response';
import { Actor, Fixtures } from './support/fixtures';
import {
  candidateInputIn,
  createCandidate,
  createVacancy,
  EmployerWithHrLead,
  employerWithHrLead,
  expectData,
  expectError,
  vacancyInputIn,
} from './support/helpers-auth';
import { openVacancy, placementAgreement } from './support/helpers-matching';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Employer networks and collegial requests: a care network of the region's employers, an HR lead asking the
 * network for help with one employee, and the colleagues answering. Region AM25 is this file's own.
 */
const REGION = 'AM25';
const NETWORK = `{ id name minimumCommitmentMonths myStatus seesRequests
  members { employerId employerName status commitmentStart commitmentEnd contactName contactPhone } }`;
const CREATE = `mutation($input: EmployerNetworkInput!) { createEmployerNetwork(input: $input) ${NETWORK} }`;
const JOIN = `mutation($id: ID!, $c: NetworkCommitmentInput!) { joinEmployerNetwork(networkId: $id, commitment: $c) ${NETWORK} }`;
const GET = `query($id: ID!) { employerNetwork(id: $id) ${NETWORK} }`;
const REQUEST = `{ id status candidatePublicCode sought hoursPerWeek employerName hoursToFirstAnswer
  recipients { employerId answered } answers { employerId kind vacancyId note } }`;
const ASK = `mutation($input: CollegialRequestInput!) { createCollegialRequest(input: $input) ${REQUEST} }`;
const ANSWER = `mutation($id: ID!, $a: CollegialAnswerInput!) { answerCollegialRequest(requestId: $id, answer: $a) ${REQUEST} }`;
const REQUESTS = `query($id: ID!) { collegialRequests(networkId: $id) ${REQUEST} }`;
const REQUESTS_WITH_PLACEMENTS = `query($id: ID!) { collegialRequests(networkId: $id) {
  answers { employerId placement { id } } } }`;

const today = () => new Date().toISOString().slice(0, 10);
const commitment = (months = 6) => ({
  commitmentStart: today(),
  commitmentEnd: addMonths(today(), months),
  contactName: 'P. de Vries, HR-adviseur',
  contactPhone: '073 123 45 67',
});

describe('employer networks and collegial requests', () => {
  let t: TestApp;
  let f: Fixtures;
  let asking: EmployerWithHrLead;
  let helping: EmployerWithHrLead;
  let declining: EmployerWithHrLead;
  let invitedOnly: EmployerWithHrLead;
  let outsider: EmployerWithHrLead;
  let team: Actor;
  let otherTeam: Actor;
  let networkId: string;

  const gql = (query: string, variables: Record<string, unknown>, actor: Actor) =>
    t.gql(query, variables, actor.token);

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t);
    asking = await employerWithHrLead(f, REGION);
    helping = await employerWithHrLead(f, REGION);
    declining = await employerWithHrLead(f, REGION);
    invitedOnly = await employerWithHrLead(f, REGION);
    outsider = await employerWithHrLead(f, REGION);
    team = await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION });
    otherTeam = await f.actor(Role.MOBILITY_TEAM, { regionCode: 'AM28' });
  }, 120_000);

  afterAll(() => t?.close());

  it('the team starts a network of its region; invited employers join with a commitment and a contact', async () => {
    const created = expectData(
      await gql(
        CREATE,
        {
          input: {
            name: 'Zorgnetwerk Meierij',
            description: 'Vier zorgorganisaties die elkaars medewerkers verder helpen.',
            employerIds: [asking, helping, declining, invitedOnly].map((e) => e.employer.id),
          },
        },
        team,
      ),
    ).createEmployerNetwork;
    networkId = created.id;
    expect(created).toMatchObject({ minimumCommitmentMonths: 6, myStatus: null, seesRequests: true });
    expect(created.members.map((m: { status: string }) => m.status)).toEqual(Array(4).fill('INVITED'));
    // Only employers of the region.
    const elsewhere = await employerWithHrLead(f, 'AM28');
    expectError(
      await gql(CREATE, { input: { name: 'Te ver', employerIds: [elsewhere.employer.id] } }, team),
      'BAD_USER_INPUT',
      { reason: 'EMPLOYER_OUTSIDE_REGION' },
    );

    // Invited: the network and its members are visible, its requests not yet.
    const invited = expectData(await gql(GET, { id: networkId }, asking.hr)).employerNetwork;
    expect(invited).toMatchObject({ myStatus: 'INVITED', seesRequests: false });
    expectError(await gql(REQUESTS, { id: networkId }, asking.hr), 'FORBIDDEN', {
      reason: 'NETWORK_MEMBER_ONLY',
    });
    // A commitment shorter than the network's minimum is refused.
    expectError(await gql(JOIN, { id: networkId, c: commitment(5) }, asking.hr), 'BAD_USER_INPUT', {
      reason: 'COMMITMENT_TOO_SHORT',
    });
    for (const member of [asking, helping, declining])
      expect(
        expectData(await gql(JOIN, { id: networkId, c: commitment() }, member.hr)).joinEmployerNetwork
          .myStatus,
      ).toBe('ACTIVE');
    const joined = expectData(await gql(GET, { id: networkId }, helping.hr)).employerNetwork;
    expect(
      joined.members.find((m: { employerId: string }) => m.employerId === asking.employer.id),
    ).toMatchObject({
      status: 'ACTIVE',
      contactName: 'P. de Vries, HR-adviseur',
      contactPhone: '073 123 45 67',
    });

    // Nobody outside sees the network: not another employer of the region, not another region's team.
    expectError(await gql(GET, { id: networkId }, outsider.hr), 'NOT_FOUND');
    expectError(await gql(GET, { id: networkId }, otherTeam), 'NOT_FOUND');
    expect(expectData(await gql(`{ employerNetworks { id } }`, {}, outsider.hr)).employerNetworks).toEqual(
      [],
    );
  });

  it('an HR lead asks the network for one employee; colleagues answer with an offer or "not now" and why', async () => {
    const candidateId = await createCandidate(t, asking.hr.token, await candidateInputIn(f, asking.pc4));
    const input = {
      networkId,
      candidateId,
      sought: 'TEMPORARY_EXPERIENCE',
      startFrom: addMonths(today(), 1),
      durationMonths: 6,
      hoursPerWeek: 24,
      lenderOffer: 'Wij betalen het salaris door en vergoeden de reiskosten.',
      note: 'Zoekt een andere werkervaring, liefst met cliëntcontact.',
    };
    // Only for one's own candidate, and only as an active member.
    const otherCandidate = await createCandidate(t, helping.hr.token, await candidateInputIn(f, helping.pc4));
    expectError(
      await gql(ASK, { input: { ...input, candidateId: otherCandidate } }, asking.hr),
      'FORBIDDEN',
      {
        reason: 'NOT_YOUR_CANDIDATE',
      },
    );
    expectError(await gql(ASK, { input }, invitedOnly.hr), 'FORBIDDEN', { reason: 'NETWORK_MEMBER_ONLY' });
    expectError(
      await gql(ASK, { input: { ...input, note: 'Bel haar op 06-12345678.' } }, asking.hr),
      'BAD_USER_INPUT',
    );

    const request = expectData(await gql(ASK, { input }, asking.hr)).createCollegialRequest;
    expect(request).toMatchObject({ status: 'OPEN', candidatePublicCode: expect.stringMatching(/^WB-/) });
    // Put to every other active member, not to the employer that was only invited.
    expect(request.recipients.map((r: { employerId: string }) => r.employerId).sort()).toEqual(
      [helping.employer.id, declining.employer.id].sort(),
    );
    const notified = await f.query(
      `SELECT recipient_employer_id FROM notification WHERE kind = 'COLLEGIAL_REQUEST' AND subject_id = $1`,
      [request.id],
    );
    expect(notified).toHaveLength(2);

    // An offer of a vacancy names one of the member's own open vacancies.
    const vacancyId = await createVacancy(t, helping.hr.token, await vacancyInputIn(f, helping.pc4));
    expectError(
      await gql(
        ANSWER,
        { id: request.id, a: { kind: 'VACANCY', vacancyId, note: 'Zie vacature' } },
        helping.hr,
      ),
      'BAD_USER_INPUT',
      { reason: 'OFFER_VACANCY' },
    );
    await openVacancy(t, helping.hr.token, vacancyId);
    const offered = expectData(
      await gql(
        ANSWER,
        {
          id: request.id,
          a: { kind: 'VACANCY', vacancyId, note: 'Een half jaar op de afdeling dagbesteding.' },
        },
        helping.hr,
      ),
    ).answerCollegialRequest;
    expect(offered.answers).toEqual([
      {
        employerId: helping.employer.id,
        kind: 'VACANCY',
        vacancyId,
        note: 'Een half jaar op de afdeling dagbesteding.',
      },
    ]);
    expect(offered.hoursToFirstAnswer).toBeGreaterThanOrEqual(0);
    expectError(
      await gql(ANSWER, { id: request.id, a: { kind: 'NOT_NOW', note: ' ' } }, declining.hr),
      'BAD_USER_INPUT',
      {
        reason: 'REASON_REQUIRED',
      },
    );
    expectData(
      await gql(
        ANSWER,
        { id: request.id, a: { kind: 'NOT_NOW', note: 'Reorganisatie tot de zomer.' } },
        declining.hr,
      ),
    );
    // The asker cannot answer their own request; the asker is told of each answer.
    expectError(
      await gql(ANSWER, { id: request.id, a: { kind: 'CONVERSATION', note: '' } }, asking.hr),
      'FORBIDDEN',
      {
        reason: 'NOT_A_RECIPIENT',
      },
    );
    const answered = await f.query(
      `SELECT 1 FROM notification WHERE kind = 'COLLEGIAL_ANSWER' AND recipient_employer_id = $1 AND subject_id = $2`,
      [asking.employer.id, request.id],
    );
    expect(answered).toHaveLength(2);

    // Members and the region's team read the network's requests; nobody else.
    for (const reader of [asking.hr, helping.hr, team]) {
      const [listed] = expectData(await gql(REQUESTS, { id: networkId }, reader)).collegialRequests;
      expect(listed.recipients.every((r: { answered: boolean }) => r.answered)).toBe(true);
    }
    expectError(await gql(REQUESTS, { id: networkId }, outsider.hr), 'NOT_FOUND');

    // The periodic review: the request, its answers and the offer; small counts per member hidden from employers.
    const REVIEW = `query($id: ID!, $from: LocalDate!, $to: LocalDate!) { networkReview(networkId: $id, from: $from, to: $to) {
      requests answered offers medianHoursToFirstAnswer members { employerId asked received answered offers } } }`;
    const period = { id: networkId, from: addMonths(today(), -3), to: today() };
    const forTeam = expectData(await gql(REVIEW, period, team)).networkReview;
    expect(forTeam).toMatchObject({ requests: 1, answered: 1, offers: 1 });
    expect(forTeam.medianHoursToFirstAnswer).toBeGreaterThanOrEqual(0);
    expect(forTeam.members.find((m: { employerId: string }) => m.employerId === helping.employer.id)).toEqual(
      {
        employerId: helping.employer.id,
        asked: 0,
        received: 1,
        answered: 1,
        offers: 1,
      },
    );
    const forMember = expectData(await gql(REVIEW, period, helping.hr)).networkReview;
    // Another member's small counts are hidden from an HR lead; their own employer's row they read whole.
    expect(
      forMember.members.find((m: { employerId: string }) => m.employerId === helping.employer.id),
    ).toEqual({ employerId: helping.employer.id, asked: 0, received: 1, answered: 1, offers: 1 });
    const forAsker = expectData(await gql(REVIEW, period, asking.hr)).networkReview;
    expect(
      forAsker.members.find((m: { employerId: string }) => m.employerId === helping.employer.id),
    ).toEqual({ employerId: helping.employer.id, asked: 0, received: null, answered: null, offers: null });
    expectError(await gql(REVIEW, period, outsider.hr), 'NOT_FOUND');
    expectError(await gql(REVIEW, { ...period, to: addMonths(today(), -4) }, team), 'BAD_USER_INPUT', {
      reason: 'REVIEW_PERIOD',
    });

    // Closed by the asker; no more answers after that.
    const CLOSE = `mutation($id: ID!) { closeCollegialRequest(requestId: $id, note: "Plek gevonden") { status } }`;
    expectError(await gql(CLOSE, { id: request.id }, helping.hr), 'FORBIDDEN');
    expect(expectData(await gql(CLOSE, { id: request.id }, asking.hr)).closeCollegialRequest.status).toBe(
      'CLOSED',
    );
    expectError(
      await gql(ANSWER, { id: request.id, a: { kind: 'PROJECT', note: 'Later' } }, helping.hr),
      'CONFLICT',
      {
        reason: 'REQUEST_CLOSED',
      },
    );
  });

  it('reminds a member that has not answered after the network’s days, once per period, until it answers', async () => {
    const candidateId = await createCandidate(t, asking.hr.token, await candidateInputIn(f, asking.pc4));
    const request = expectData(
      await gql(
        ASK,
        {
          input: {
            networkId,
            candidateId,
            sought: 'PROJECT_WORK',
            startFrom: today(),
            durationMonths: 3,
            hoursPerWeek: 16,
            recipientEmployerIds: [helping.employer.id, declining.employer.id],
          },
        },
        asking.hr,
      ),
    ).createCollegialRequest;
    const reminders = async (employerId: string) =>
      (
        await f.query(
          `SELECT 1 FROM notification WHERE kind = 'COLLEGIAL_REQUEST_REMINDER' AND subject_id = $1
             AND recipient_employer_id = $2`,
          [request.id, employerId],
        )
      ).length;
    const networks = t.app.get(CollegialRequestsService);
    const days = (n: number) => new Date(Date.now() + n * 86_400_000);
    expectData(
      await gql(ANSWER, { id: request.id, a: { kind: 'NOT_NOW', note: 'Geen project nu.' } }, declining.hr),
    );
    // Before the network's five days nobody is reminded; after them only the member that did not answer.
    await networks.remindUnanswered(days(4));
    expect(await reminders(helping.employer.id)).toBe(0);
    await networks.remindUnanswered(days(6));
    await networks.remindUnanswered(days(7));
    expect(await reminders(helping.employer.id)).toBe(1);
    expect(await reminders(declining.employer.id)).toBe(0);
    // Again after as many days; not once it has answered.
    await networks.remindUnanswered(days(12));
    expect(await reminders(helping.employer.id)).toBe(2);
    expectData(
      await gql(
        ANSWER,
        { id: request.id, a: { kind: 'PROJECT', note: 'Archief digitaliseren.' } },
        helping.hr,
      ),
    );
    await networks.remindUnanswered(days(30));
    expect(await reminders(helping.employer.id)).toBe(2);
  });

  it('an offer becomes a placement at the offering member, agreed by all, in the ledger and the review', async () => {
    const candidateId = await createCandidate(t, asking.hr.token, await candidateInputIn(f, asking.pc4));
    const startFrom = addDays(today(), 14);
    const request = expectData(
      await gql(
        ASK,
        {
          input: {
            networkId,
            candidateId,
            sought: 'SECONDMENT',
            startFrom,
            durationMonths: 3,
            hoursPerWeek: 16,
            lenderOffer: 'Salaris loopt door.',
          },
        },
        asking.hr,
      ),
    ).createCollegialRequest;
    expectData(
      await gql(
        ANSWER,
        { id: request.id, a: { kind: 'SECONDMENT_PLACE', note: 'Een plek in het facilitair team.' } },
        helping.hr,
      ),
    );
    expectData(
      await gql(ANSWER, { id: request.id, a: { kind: 'NOT_NOW', note: 'Geen ruimte.' } }, declining.hr),
    );
    const PROPOSE = `mutation($id: ID!, $employer: ID!, $input: PlacementTermsInput!) {
      proposePlacementFromCollegialOffer(requestId: $id, offeringEmployerId: $employer, kind: SECONDMENT, input: $input) {
        answers { employerId placement { id status startDate } } } }`;
    const terms = placementAgreement({
      startDate: startFrom,
      endDate: addDays(startFrom, 89),
      hoursPerWeek: 16,
      workDays: ['MON', 'TUE'],
    });
    // "Not now" is no offer; only the asker (or the team) proposes; the member that offered cannot.
    expectError(
      await gql(PROPOSE, { id: request.id, employer: declining.employer.id, input: terms }, asking.hr),
      'CONFLICT',
      { reason: 'NO_OFFER_TO_PLACE' },
    );
    expectError(
      await gql(PROPOSE, { id: request.id, employer: helping.employer.id, input: terms }, helping.hr),
      'FORBIDDEN',
      { reason: 'NOT_THE_ASKER' },
    );
    expectError(
      await gql(PROPOSE, { id: request.id, employer: helping.employer.id, input: terms }, outsider.hr),
      'NOT_FOUND',
    );
    const proposed = expectData(
      await gql(PROPOSE, { id: request.id, employer: helping.employer.id, input: terms }, asking.hr),
    ).proposePlacementFromCollegialOffer;
    const offer = proposed.answers.find((a: { employerId: string }) => a.employerId === helping.employer.id);
    expect(offer.placement).toMatchObject({ status: 'PROPOSED', startDate: startFrom });
    const placementId = offer.placement.id;
    expectError(
      await gql(PROPOSE, { id: request.id, employer: helping.employer.id, input: terms }, asking.hr),
      'CONFLICT',
      { reason: 'OFFER_ALREADY_PLACED' },
    );
    // Only the two parties (and the team) see that the offer became a placement, as they see the placement.
    const [forOther] = expectData(
      await gql(REQUESTS_WITH_PLACEMENTS, { id: networkId }, declining.hr),
    ).collegialRequests;
    expect(
      forOther.answers.find((a: { employerId: string }) => a.employerId === helping.employer.id).placement,
    ).toBeNull();
    const [forHost] = expectData(
      await gql(REQUESTS_WITH_PLACEMENTS, { id: networkId }, helping.hr),
    ).collegialRequests;
    expect(
      forHost.answers.find((a: { employerId: string }) => a.employerId === helping.employer.id).placement,
    ).toEqual({ id: placementId });
    // The offer is settled: the placement's own lifecycle changes or ends it, not a new answer.
    expectError(
      await gql(ANSWER, { id: request.id, a: { kind: 'NOT_NOW', note: 'Toch niet.' } }, helping.hr),
      'CONFLICT',
      { reason: 'ANSWER_HAS_PLACEMENT' },
    );
    // Two proposals at once: one placement is linked to the offer, the other is rolled back.
    const racing = expectData(
      await gql(
        ASK,
        {
          input: {
            networkId,
            candidateId,
            sought: 'SECONDMENT',
            startFrom,
            durationMonths: 3,
            hoursPerWeek: 16,
          },
        },
        asking.hr,
      ),
    ).createCollegialRequest;
    expectData(
      await gql(
        ANSWER,
        { id: racing.id, a: { kind: 'SECONDMENT_PLACE', note: 'Ook hier een plek.' } },
        declining.hr,
      ),
    );
    const raced = await Promise.all(
      [1, 2].map(() =>
        gql(
          PROPOSE,
          {
            id: racing.id,
            employer: declining.employer.id,
            input: { ...terms, startDate: null, endDate: null, hoursPerWeek: null },
          },
          asking.hr,
        ),
      ),
    );
    expect(raced.filter((r) => !r.errors)).toHaveLength(1);
    const [{ count }] = await f.query(
      `SELECT count(*)::int AS count FROM placement WHERE candidate_id = $1 AND host_employer_id = $2`,
      [candidateId, declining.employer.id],
    );
    expect(count).toBe(1);
    // Without dates, the request's start, hours and length are the placement's.
    const [stored] = await f.query(
      `SELECT host_employer_id, lending_employer_id, candidate_id, kind, not_before::text, requested_hours_per_week,
              duration_weeks
         FROM placement WHERE id = $1`,
      [placementId],
    );
    expect(stored).toMatchObject({
      host_employer_id: helping.employer.id,
      lending_employer_id: asking.employer.id,
      candidate_id: candidateId,
      kind: 'SECONDMENT',
      not_before: startFrom,
      requested_hours_per_week: 16,
      duration_weeks: 13,
    });

    // The host agrees, and the candidate's HR lead records the candidate's consent read out to them.
    expectData(
      await gql(
        `mutation($id: ID!) { agreeToPlacement(id: $id) { status } }`,
        { id: placementId },
        helping.hr,
      ),
    );
    const text = expectData(
      await gql(
        `query($id: ID!) { placementConsentText(placementId: $id) { textVersion } }`,
        { id: placementId },
        asking.hr,
      ),
    ).placementConsentText;
    expectData(
      await gql(
        `mutation($id: ID!, $input: RecordConsentStatementInput!) { recordPlacementConsentStatement(placementId: $id, input: $input) { id } }`,
        { id: placementId, input: { method: 'IN_PERSON', givenOn: today(), textVersion: text.textVersion } },
        asking.hr,
      ),
    );
    // Recording the statement is the candidate's consent: with both HR leads agreed, the placement is agreed.
    const agreed = expectData(
      await gql(`query($id: ID!) { placement(id: $id) { status } }`, { id: placementId }, asking.hr),
    ).placement;
    expect(agreed.status).toBe('AGREED');

    // The ledger scoped to the network holds it; the review counts it as started once its day is in the period.
    const LEDGER = `query($from: LocalDate!, $to: LocalDate!, $network: ID) {
      reciprocityLedger(from: $from, to: $to, byQuarter: true, networkId: $network) {
        employers { employerId hoursLent hoursBorrowed } csvUrl } }`;
    const range = { from: startFrom, to: addDays(startFrom, 89) };
    const scoped = expectData(await gql(LEDGER, { ...range, network: networkId }, team)).reciprocityLedger;
    const lent = scoped.employers
      .filter((r: { employerId: string }) => r.employerId === asking.employer.id)
      .reduce((sum: number, r: { hoursLent: number }) => sum + r.hoursLent, 0);
    expect(lent).toBeCloseTo((16 * 90) / 7, 1);
    expect(scoped.csvUrl).toContain(`networkId=${networkId}`);
    expectError(await gql(LEDGER, { ...range, network: networkId }, outsider.hr), 'NOT_FOUND');

    const REVIEW = `query($id: ID!, $from: LocalDate!, $to: LocalDate!) { networkReview(networkId: $id, from: $from, to: $to) {
      placementsStarted members { employerId hoursLent hoursBorrowed placementsLent placementsBorrowed } } }`;
    const review = expectData(await gql(REVIEW, { id: networkId, ...range }, team)).networkReview;
    // Agreed and starting in two weeks: its hours are in the ledger, but it has not started yet (the unit tests
    // count a placement once its first day has come).
    expect(review.placementsStarted).toBe(0);
    const member = (of: typeof review, id: string) =>
      of.members.find((m: { employerId: string }) => m.employerId === id);
    expect(member(review, asking.employer.id)).toMatchObject({ placementsLent: 1, placementsBorrowed: 0 });
    expect(member(review, asking.employer.id).hoursLent).toBeCloseTo((16 * 90) / 7, 1);
    expect(member(review, helping.employer.id).hoursBorrowed).toBeCloseTo((16 * 90) / 7, 1);
    // An HR lead reads their own row whole, and not the hours behind another member's single placement.
    const forAsker = expectData(await gql(REVIEW, { id: networkId, ...range }, asking.hr)).networkReview;
    expect(member(forAsker, asking.employer.id).hoursLent).toBeCloseTo((16 * 90) / 7, 1);
    expect(member(forAsker, helping.employer.id)).toMatchObject({
      hoursBorrowed: null,
      placementsBorrowed: null,
    });
  });

  it('members write notes for the quarter, the worker asks for them before it ends, and the review prints them', async () => {
    const NOTES = `mutation($id: ID!, $quarter: LocalDate!, $notes: NetworkReviewNotesInput!) {
      writeNetworkReviewNotes(networkId: $id, quarterStart: $quarter, notes: $notes) {
        employerId employerName quarterStart successes bottlenecks challenges } }`;
    const quarter = quarterOf(regionToday());
    const notes = {
      successes: 'Twee medewerkers hebben een andere werkervaring opgedaan.',
      bottlenecks: 'Roosters sluiten slecht op elkaar aan.',
      challenges: '',
    };
    const written = expectData(
      await gql(NOTES, { id: networkId, quarter: quarter.start, notes }, helping.hr),
    ).writeNetworkReviewNotes;
    expect(written).toMatchObject({ employerId: helping.employer.id, quarterStart: quarter.start, ...notes });
    // The quarter before is still open for notes, older ones and days that start no quarter are not.
    expectData(await gql(NOTES, { id: networkId, quarter: addMonths(quarter.start, -3), notes }, helping.hr));
    for (const wrong of [
      addMonths(quarter.start, -6),
      addDays(quarter.start, 1),
      addMonths(quarter.start, 3),
    ])
      expectError(await gql(NOTES, { id: networkId, quarter: wrong, notes }, helping.hr), 'BAD_USER_INPUT', {
        reason: 'REVIEW_NOTES_QUARTER',
      });
    expectError(
      await gql(
        NOTES,
        { id: networkId, quarter: quarter.start, notes: { successes: ' ', bottlenecks: '', challenges: '' } },
        helping.hr,
      ),
      'BAD_USER_INPUT',
      { reason: 'EMPTY_REVIEW_NOTES' },
    );
    expectError(
      await gql(
        NOTES,
        { id: networkId, quarter: quarter.start, notes: { ...notes, challenges: 'Bel 06-12345678.' } },
        helping.hr,
      ),
      'BAD_USER_INPUT',
    );
    // Only members' HR leads write notes; outsiders do not see the network at all.
    expectError(await gql(NOTES, { id: networkId, quarter: quarter.start, notes }, team), 'FORBIDDEN');
    expectError(await gql(NOTES, { id: networkId, quarter: quarter.start, notes }, outsider.hr), 'NOT_FOUND');

    // The worker asks the members without notes in the quarter's last two weeks, once.
    const reviews = t.app.get(NetworkReviewService);
    const asked = async () =>
      (
        await f.query(
          `SELECT recipient_employer_id FROM notification WHERE kind = 'NETWORK_REVIEW_NOTES' AND subject_id = $1`,
          [networkId],
        )
      ).map((r: { recipient_employer_id: string }) => r.recipient_employer_id);
    const noon = (day: string) => new Date(`${day}T11:00:00Z`);
    expect(await reviews.remindNotes(noon(addDays(quarter.end, -20)))).toBe(0);
    await reviews.remindNotes(noon(addDays(quarter.end, -5)));
    await reviews.remindNotes(noon(addDays(quarter.end, -4)));
    expect((await asked()).sort()).toEqual([asking.employer.id, declining.employer.id].sort());

    // The review shows the notes of the period's quarters, and opens to print, as a PDF and as CSV.
    const REVIEW = `query($id: ID!, $from: LocalDate!, $to: LocalDate!) { networkReview(networkId: $id, from: $from, to: $to) {
      notes { employerName quarterStart successes } printUrl pdfUrl csvUrl } }`;
    const review = expectData(
      await gql(REVIEW, { id: networkId, from: quarter.start, to: quarter.end }, asking.hr),
    ).networkReview;
    expect(review.notes).toEqual([
      { employerName: written.employerName, quarterStart: quarter.start, successes: notes.successes },
    ]);
    const open = (url: string, actor: Actor) =>
      request(t.app.getHttpServer()).get(url).set('Authorization', `Bearer ${actor.token}`);
    const html = await open(review.printUrl, asking.hr);
    expect(html.status).toBe(200);
    expect(html.text).toContain('Terugblik Zorgnetwerk Meierij');
    expect(html.text).toContain(notes.successes);
    const english = await open(`${review.printUrl}&lang=en`, asking.hr);
    expect(english.text).toContain('Review of Zorgnetwerk Meierij');
    const pdf = await asBytes(open(review.pdfUrl, team));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const csv = await open(review.csvUrl, team);
    expect(csv.status).toBe(200);
    expect(csv.text.split('\r\n')[0]).toMatch(/^period_from,period_to,employer_id,employer,/);
    expect(csv.text).toContain(notes.bottlenecks);
    const refused = await open(review.csvUrl, outsider.hr);
    expect(refused.status).toBe(404);
    // Every download is in the audit trail, as the other documents and exports are.
    const audited = await f.query(
      `SELECT action FROM audit_entry WHERE subject_type = 'NetworkReview' AND subject_id = $1`,
      [networkId],
    );
    expect(audited.map((a: { action: string }) => a.action).sort()).toEqual([
      'CSV_DOWNLOADED',
      'PRINT_DOWNLOADED',
      'PRINT_DOWNLOADED',
      'PRINT_DOWNLOADED',
    ]);
  });

  it('an HR lead starts a network with their own employer in it, and a member can leave', async () => {
    const started = expectData(
      await gql(
        CREATE,
        {
          input: {
            name: 'Facilitair netwerk',
            employerIds: [outsider.employer.id],
            commitment: commitment(12),
          },
        },
        declining.hr,
      ),
    ).createEmployerNetwork;
    expect(started).toMatchObject({ myStatus: 'ACTIVE', seesRequests: true });
    expect(started.members).toHaveLength(2);
    // Without a commitment an HR lead cannot start one.
    expectError(
      await gql(CREATE, { input: { name: 'Zonder', employerIds: [] } }, declining.hr),
      'BAD_USER_INPUT',
      {
        reason: 'COMMITMENT_TOO_SHORT',
      },
    );
    expect(
      expectData(
        await gql(
          `mutation($id: ID!) { leaveEmployerNetwork(networkId: $id) }`,
          { id: started.id },
          declining.hr,
        ),
      ).leaveEmployerNetwork,
    ).toBe(true);
    expectError(await gql(GET, { id: started.id }, declining.hr), 'NOT_FOUND');
  });
});
