// `npm run demo:session` walks a mobility team through a whole meet-and-greet cycle in the running demo region
// (start it with `npm run demo` first), through the public GraphQL API only, as each role would:
// set up → invite (from the match lists) → answers and wishes → plan → publish → a cancellation re-plans →
// outcomes once the first meetings have started. It prints what each step returned. Options:
// --url http://localhost:3000  --start-in-minutes 2  --candidates 24  --employers 6
import { argument, gql, login, sleep, step, URL_BASE, type Data } from './demo/demo-api';
import { DEMO_EMPLOYERS } from './demo/demo-region';

const SESSION = `id status planStatus planCurrent planVersion
  planFigures { meetings objective upperBound seconds candidatesBelowFloor kept changed added } planError`;

async function waitForPlan(token: string, sessionId: string, afterVersion: number): Promise<Data> {
  for (let i = 0; i < 120; i++) {
    const { meetAndGreetSession: s } = await gql(
      token,
      `query($id: ID!) { meetAndGreetSession(sessionId: $id) { ${SESSION} } }`,
      {
        id: sessionId,
      },
    );
    if (s.planStatus === 'FAILED') throw new Error(`planning failed: ${s.planError}`);
    if (s.planStatus === 'PLANNED' && s.planCurrent && s.planVersion > afterVersion) return s;
    await sleep(500);
  }
  throw new Error('no plan after 60 s: is the worker running (npm run demo)?');
}

async function main(): Promise<void> {
  const startInMinutes = Number(argument('start-in-minutes', '2'));
  const candidateCount = Number(argument('candidates', '24'));
  const employerCount = Number(argument('employers', '6'));
  const rmt = await login('rmt@werkbrug.demo');
  const hr = new Map<string, string>();
  for (const e of DEMO_EMPLOYERS) hr.set(e.slug, await login(`hr.${e.slug}@werkbrug.demo`));
  const jobSeeker = await login('werkzoekende@werkbrug.demo');

  step('1. The mobility team sets up a session');
  const start = new Date(Math.ceil((Date.now() + startInMinutes * 60_000) / 60_000) * 60_000);
  const local = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(start);
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(start);
  const { createMeetAndGreetSession: created } = await gql(
    rmt,
    `mutation($input: SessionSetupInput!) { createMeetAndGreetSession(input: $input) { id title date firstSlotStart slots { number startsAt } } }`,
    {
      input: {
        title: 'Matchingsbijeenkomst Noordoost-Brabant',
        venue: 'Provinciehuis ’s-Hertogenbosch, Statenzaal',
        date,
        firstSlotStart: local,
        slotMinutes: 10,
        slotCount: 8,
        breaks: [{ afterSlot: 4, minutes: 10 }],
        tableCount: 8,
        maxMeetingsPerCandidate: 3,
        maxMeetingsPerRepresentative: 7,
        minMeetingsPerCandidate: 2,
        registrationDeadline: new Date(start.getTime() - 30_000).toISOString(),
      },
    },
  );
  const sessionId = created.id as string;
  console.log(
    `${created.title} on ${created.date} from ${created.firstSlotStart} (${created.slots.length} slots), id ${sessionId}`,
  );

  step('2. Invitations, suggested from the match lists');
  const { sessionInviteeSuggestions: firstEmployers } = await gql(
    rmt,
    `query($id: ID!, $limit: Int!) { sessionInviteeSuggestions(sessionId: $id, limit: $limit) { employers { employerId name matchingCandidates } } }`,
    { id: sessionId, limit: employerCount },
  );
  const employers = firstEmployers.employers as {
    employerId: string;
    name: string;
    matchingCandidates: number;
  }[];
  await gql(
    rmt,
    `mutation($id: ID!, $input: InviteToSessionInput!) { inviteToSession(sessionId: $id, input: $input) { employers } }`,
    {
      id: sessionId,
      input: {
        employers: employers.map((e, i) => ({ employerId: e.employerId, representatives: i < 2 ? 2 : 1 })),
      },
    },
  );
  const { sessionInviteeSuggestions: then } = await gql(
    rmt,
    `query($id: ID!, $limit: Int!) { sessionInviteeSuggestions(sessionId: $id, limit: $limit) { candidates { candidateId publicCode bestScore } } }`,
    { id: sessionId, limit: candidateCount },
  );
  const invited = await gql(
    rmt,
    `mutation($id: ID!, $input: InviteToSessionInput!) { inviteToSession(sessionId: $id, input: $input) { candidates employers } }`,
    {
      id: sessionId,
      input: { candidateIds: then.candidates.map((c: { candidateId: string }) => c.candidateId) },
    },
  );
  console.log(
    `Invited ${employers.length} employers (${employers.map((e) => e.name).join(', ')}) and ${invited.inviteToSession.candidates} candidates.`,
  );

  step('3. Participants answer (blocked slots) and state wishes');
  const RESPOND = `mutation($id: ID!, $p: ParticipantInput!, $a: SessionAnswerInput!) { respondToSessionInvitation(sessionId: $id, participant: $p, answer: $a) }`;
  const WISH = `mutation($id: ID!, $input: SessionWishInput!) { setSessionWish(sessionId: $id, input: $input) { kind } }`;
  let answers = 0;
  let wishes = 0;
  for (const [slug, token] of hr) {
    const { sessionEmployers, sessionCandidates } = await gql(
      token,
      `query($id: ID!) { sessionEmployers(sessionId: $id) { employerId status } sessionCandidates(sessionId: $id) { candidateId status } }`,
      { id: sessionId },
    ).catch(() => ({ sessionEmployers: [], sessionCandidates: [] }));
    const { me } = await gql(token, `{ me { employerId } }`);
    const ownEmployer = (sessionEmployers as { employerId: string }[]).find(
      (e) => e.employerId === me.employerId,
    );
    if (ownEmployer) {
      await gql(token, RESPOND, {
        id: sessionId,
        p: { employerId: me.employerId },
        a: { attending: true, blockedSlots: slug === 'logistiek' ? [1, 2] : [] },
      });
      answers++;
    }
    for (const [i, c] of (sessionCandidates as { candidateId: string; status: string }[]).entries()) {
      if (c.status !== 'INVITED') continue;
      // One in eight cannot come; some arrive late.
      await gql(token, RESPOND, {
        id: sessionId,
        p: { candidateId: c.candidateId },
        a: { attending: i % 8 !== 7, blockedSlots: i % 5 === 0 ? [1] : [] },
      });
      answers++;
    }
    if (ownEmployer) {
      const attending = (
        await gql(token, `query($id: ID!) { sessionCandidates(sessionId: $id) { candidateId status } }`, {
          id: sessionId,
        })
      ).sessionCandidates as { candidateId: string; status: string }[];
      const others = attending.filter((c) => c.status === 'ACCEPTED');
      if (others[0]) {
        await gql(token, WISH, {
          id: sessionId,
          input: {
            candidateId: others[0].candidateId,
            employerId: me.employerId,
            side: 'EMPLOYER',
            kind: 'WOULD_LIKE',
          },
        });
        wishes++;
      }
    }
  }
  const mine = await gql(
    jobSeeker,
    `query($id: ID!) { sessionEmployers(sessionId: $id) { employerId name } }`,
    { id: sessionId },
  ).catch(() => null);
  console.log(
    `${answers} answers, ${wishes} employer wishes${mine ? `; the demo job seeker sees ${mine.sessionEmployers.length} employers` : ''}.`,
  );

  step('4. The worker plans');
  await gql(rmt, `mutation($id: ID!) { planMeetAndGreetSession(sessionId: $id) { planStatus } }`, {
    id: sessionId,
  });
  const plannedSession = await waitForPlan(rmt, sessionId, 0);
  console.log('Plan:', JSON.stringify(plannedSession.planFigures));
  const { sessionUnmetWishes } = await gql(
    rmt,
    `query($id: ID!) { sessionUnmetWishes(sessionId: $id) { reason explanation } }`,
    { id: sessionId },
  );
  console.log(`Unmet wishes: ${sessionUnmetWishes.length}`, sessionUnmetWishes.slice(0, 3));

  step('5. Publish: agendas, calendar feeds, print');
  await gql(rmt, `mutation($id: ID!) { publishMeetAndGreetSession(sessionId: $id) { status } }`, {
    id: sessionId,
  });
  const { sessionTablePlan } = await gql(
    rmt,
    `query($id: ID!) { sessionTablePlan(sessionId: $id) { printUrl tables { table cells { employer candidate } } } }`,
    {
      id: sessionId,
    },
  );
  const firstRow = sessionTablePlan.tables[0].cells.map(
    (c: { employer: string; candidate: string } | null) => (c ? `${c.employer} – ${c.candidate}` : '(free)'),
  );
  console.log(`Table 1: ${firstRow.join(' | ')}`);
  console.log(
    `Printable table plan: ${URL_BASE}${sessionTablePlan.printUrl} (with the mobility team's bearer token)`,
  );
  const [firstEmployer] = employers;
  const employerSlug = DEMO_EMPLOYERS.find((e) => e.name === firstEmployer.name)?.slug;
  if (employerSlug) {
    const { sessionAgenda } = await gql(
      hr.get(employerSlug)!,
      `query($id: ID!, $p: ParticipantInput!) { sessionAgenda(sessionId: $id, participant: $p) { participantLabel calendarUrl entries { slot table counterpart } } }`,
      { id: sessionId, p: { employerId: firstEmployer.employerId } },
    );
    console.log(
      `${sessionAgenda.participantLabel}'s agenda: ${sessionAgenda.entries.map((e: { slot: number; table: number; counterpart: string }) => `slot ${e.slot} table ${e.table} ${e.counterpart}`).join('; ')}`,
    );
    console.log(`Calendar feed: ${URL_BASE}${sessionAgenda.calendarUrl}`);
  }

  step('6. A cancellation re-plans with the fewest changes');
  const { sessionCandidates: all } = await gql(
    rmt,
    `query($id: ID!) { sessionCandidates(sessionId: $id) { candidateId status } }`,
    { id: sessionId },
  );
  const leaving = (all as { candidateId: string; status: string }[]).find((c) => c.status === 'ACCEPTED')!;
  await gql(
    rmt,
    `mutation($id: ID!, $p: ParticipantInput!) { markSessionNoShow(sessionId: $id, participant: $p) }`,
    {
      id: sessionId,
      p: { candidateId: leaving.candidateId },
    },
  );
  const replanned = await waitForPlan(rmt, sessionId, plannedSession.planVersion);
  console.log('Re-plan:', JSON.stringify(replanned.planFigures));

  step('7. Outcomes, once the first meetings have started');
  const wait = start.getTime() - Date.now();
  if (wait > 0) {
    console.log(`Waiting ${Math.ceil(wait / 1000)} s for the first slot to start…`);
    await sleep(wait + 1000);
  }
  const { sessionTablePlan: plan } = await gql(
    rmt,
    `query($id: ID!) { sessionTablePlan(sessionId: $id) { tables { cells { meetingId employer candidate } } } }`,
    {
      id: sessionId,
    },
  );
  const firstSlot = (
    plan.tables as { cells: ({ meetingId: string; employer: string; candidate: string } | null)[] }[]
  )
    .map((t) => t.cells[0])
    .filter((c) => c !== null);
  const outcomes = ['FOLLOW_UP_TALK', 'NO_FIT', 'TRIAL_PLACEMENT', 'APPLICATION'];
  const RECORD = `mutation($input: MeetingOutcomeInput!) { recordMeetingOutcome(input: $input) { outcome matchState } }`;
  // The team records that each meeting took place and what the employer said; the candidate's answer is theirs.
  console.log("Recorded by the mobility team (the employer's answer; the candidate's stays open):");
  for (const [i, cell] of firstSlot.entries()) {
    const { recordMeetingOutcome } = await gql(rmt, RECORD, {
      input: { meetingId: cell.meetingId, outcome: outcomes[i % outcomes.length] },
    });
    console.log(
      `${cell.employer} – ${cell.candidate}: ${recordMeetingOutcome.outcome} → match ${recordMeetingOutcome.matchState ?? '(not moved)'}`,
    );
  }
  const { me } = await gql(jobSeeker, `{ me { candidateId } }`);
  const own = await gql(
    jobSeeker,
    `query($id: ID!, $p: ParticipantInput!) { sessionAgenda(sessionId: $id, participant: $p) { entries { meetingId slot counterpart } } }`,
    { id: sessionId, p: { candidateId: me.candidateId } },
  ).catch(() => null);
  const ownFirst = own?.sessionAgenda.entries.find((e: { slot: number }) => e.slot === 1);
  if (ownFirst) {
    const { recordMeetingOutcome } = await gql(jobSeeker, RECORD, {
      input: { meetingId: ownFirst.meetingId, outcome: 'FOLLOW_UP_TALK' },
    });
    console.log(
      `The demo job seeker gives their own answer (${ownFirst.counterpart}): ${recordMeetingOutcome.outcome} → match ${recordMeetingOutcome.matchState ?? '(not moved)'}`,
    );
  } else {
    console.log('The demo job seeker has no meeting in the first slot; their answers wait for them.');
  }
  console.log(`\nDone. Session ${sessionId}; close it with closeMeetAndGreetSession when the day is over.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
