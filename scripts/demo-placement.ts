// `npm run demo:placement` walks through a secondment in the running demo region (start it with `npm run demo`),
// through the public GraphQL API only, as each role would: a candidate of Zorggroep De Meierij (the demo job seeker
// when they have such a match) and a host say yes to a match → the candidate consents to the introduction (for a
// candidate without an account, their HR lead records the consent they gave as a statement, with the text shown)
// → their HR lead proposes the placement from the match → the worker
// proposes dates and hours → host, candidate and lender agree → the ledger shows it → a second, overlapping
// proposal is reported as a conflict to the parties. Option: --url http://localhost:3000
import { gql, login, sleep, step, URL_BASE } from './demo/demo-api';
import { DEMO_EMPLOYERS } from './demo/demo-region';

const FIELDS = `id status kind startDate endDate hoursPerWeek planWarnings planProblem lenderAgreed hostAgreed candidateConsented
  conflicts { kind blocking explanationNl }`;
const TERMS = {
  purpose: 'GAIN_EXPERIENCE',
  contractHoursPerWeek: 32,
  ownWorkHoursPerWeek: 8,
  salaryPaidBy: 'LENDING_EMPLOYER',
  travelCostsReimbursed: true,
  travelCostsPaidBy: 'HOST_EMPLOYER',
  insuranceNote: 'Valt onder de eigen verzekering van de uitlener.',
  returnOption: true,
  lendingContact: 'HR Zorggroep De Meierij',
  hostContact: 'Teamleider ontvangende organisatie',
};

async function main(): Promise<void> {
  const jobSeeker = await login('werkzoekende@werkbrug.demo');
  const rmt = await login('rmt@werkbrug.demo');
  const hr = new Map<string, string>();
  for (const e of DEMO_EMPLOYERS) hr.set(e.name, await login(`hr.${e.slug}@werkbrug.demo`));
  const lenderToken = hr.get(DEMO_EMPLOYERS[0].name)!;

  step('1. A secondment match for one of the lending HR lead’s candidates');
  type Suggestion = {
    score: number;
    case: { state: string } | null;
    vacancy: { id: string; title: string; kind: string; employer: { id: string; name: string } };
  };
  const { me } = await gql(jobSeeker, `{ me { candidateId } }`);
  const { candidateProfiles } = await gql(
    lenderToken,
    `{ candidateProfiles(first: 50, ownership: OWN, status: ACTIVE) { nodes { id } } }`,
  );
  // The demo job seeker first (they answer and consent themself), then the HR lead's other candidates.
  const candidates = [
    me.candidateId as string,
    ...(candidateProfiles.nodes as { id: string }[]).map((c) => c.id).filter((id) => id !== me.candidateId),
  ];
  let pick: (Suggestion & { candidateId: string }) | undefined;
  for (const kind of ['SECONDMENT', 'TRIAL_PLACEMENT', 'WORK_EXPERIENCE'])
    for (const candidateId of candidates) {
      if (pick) break;
      const { candidateMatches } = await gql(
        lenderToken,
        `query($id: ID!) { candidateMatches(candidateId: $id, first: 50) { nodes { score case { state } vacancy { id title kind employer { id name } } } } }`,
        { id: candidateId },
      );
      const found = (candidateMatches.nodes as Suggestion[]).find(
        (n) => !n.case && n.vacancy.kind === kind && hr.has(n.vacancy.employer.name),
      );
      if (found) pick = { ...found, candidateId };
    }
  if (!pick)
    throw new Error('no placement-kind match yet; is the region matched (give the worker a minute)?');
  const candidateId = pick.candidateId;
  // The job seeker answers for themself; for people without an account their HR lead answers on their behalf.
  const candidateSide = candidateId === me.candidateId ? jobSeeker : lenderToken;
  const recordStatement = async (kind: 'Introduction' | 'Placement', id: string, textVersion: string) =>
    (
      await gql(
        lenderToken,
        `mutation($id: ID!, $input: RecordConsentStatementInput!) {
          record${kind}ConsentStatement(${kind === 'Introduction' ? 'matchCaseId' : 'placementId'}: $id, input: $input) {
            method givenOn givenToName } }`,
        {
          id,
          input: {
            method: 'IN_PERSON',
            givenOn: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()),
            textVersion,
            note: 'Toestemming mondeling gegeven tijdens het loopbaangesprek.',
          },
        },
      )
    )[`record${kind}ConsentStatement`] as { method: string; givenOn: string; givenToName: string };
  const host = pick.vacancy.employer;
  console.log(`${pick.vacancy.title} (${pick.vacancy.kind}) at ${host.name}, score ${pick.score}`);
  const RESPOND = (side: string) =>
    `mutation($input: MatchResponseInput!) { respondToMatchAs${side}(input: $input) { id state } }`;
  const input = { candidateId, vacancyId: pick.vacancy.id, interested: true };
  await gql(candidateSide, RESPOND('Candidate'), { input });
  const { respondToMatchAsEmployer: matchCase } = await gql(hr.get(host.name)!, RESPOND('Employer'), {
    input,
  });
  if (candidateSide === jobSeeker) {
    const { answerIntroductionConsent } = await gql(
      jobSeeker,
      `mutation($id: ID!) { answerIntroductionConsent(matchCaseId: $id, consent: GIVEN) { state } }`,
      { id: matchCase.id },
    ).catch(() => ({ answerIntroductionConsent: { state: '(already introduced)' } }));
    console.log(
      `Both interested; the candidate consents to the introduction: ${answerIntroductionConsent.state}`,
    );
  } else {
    const { introductionConsentText: text } = await gql(
      lenderToken,
      `query($id: ID!) { introductionConsentText(matchCaseId: $id) { textNl textVersion } }`,
      { id: matchCase.id },
    );
    const statement = await recordStatement('Introduction', matchCase.id, text.textVersion);
    console.log(`Both interested; the candidate (no account) consented to their HR lead, who read out:`);
    console.log(`  "${text.textNl}"`);
    console.log(`  Recorded: ${statement.method} on ${statement.givenOn} to ${statement.givenToName}`);
  }

  step('2. The candidate’s HR lead proposes a placement from the match; the worker proposes dates and hours');
  const { proposePlacementFromMatch: proposed } = await gql(
    lenderToken,
    `mutation($m: ID!, $input: PlacementTermsInput!) { proposePlacementFromMatch(matchCaseId: $m, input: $input) { ${FIELDS} } }`,
    { m: matchCase.id, input: TERMS },
  );
  let placement = proposed;
  for (let i = 0; i < 60 && !placement.startDate && !placement.planProblem; i++) {
    await sleep(500);
    placement = (
      await gql(lenderToken, `query($id: ID!) { placement(id: $id) { ${FIELDS} } }`, { id: proposed.id })
    ).placement;
  }
  if (!placement.startDate)
    throw new Error(`no dates proposed: ${placement.planProblem ?? 'is the worker running?'}`);
  console.log(
    `Proposed: ${placement.startDate} to ${placement.endDate}, ${placement.hoursPerWeek} h/week; remarks: ${placement.planWarnings.join(', ') || 'none'}`,
  );

  step('3. Host, candidate and lender agree');
  const AGREE = `mutation($id: ID!) { agreeToPlacement(id: $id) { status lenderAgreed hostAgreed candidateConsented } }`;
  console.log(
    'host:',
    JSON.stringify((await gql(hr.get(host.name)!, AGREE, { id: placement.id })).agreeToPlacement),
  );
  if (candidateSide === jobSeeker) {
    console.log(
      'candidate:',
      JSON.stringify((await gql(jobSeeker, AGREE, { id: placement.id })).agreeToPlacement),
    );
  } else {
    const { placementConsentText: text } = await gql(
      lenderToken,
      `query($id: ID!) { placementConsentText(placementId: $id) { textNl textVersion } }`,
      { id: placement.id },
    );
    console.log(
      `candidate (no account), consent recorded by their HR lead after reading out:\n  "${text.textNl}"`,
    );
    await recordStatement('Placement', placement.id, text.textVersion);
  }
  console.log(
    'lender:',
    JSON.stringify((await gql(lenderToken, AGREE, { id: placement.id })).agreeToPlacement),
  );

  step('4. The reciprocity ledger (mobility team, by month)');
  const from = `${placement.startDate.slice(0, 7)}-01`;
  const { reciprocityLedger } = await gql(
    rmt,
    `query($from: LocalDate!, $to: LocalDate!) { reciprocityLedger(from: $from, to: $to) {
       csvUrl employers { period employerName hoursLent hoursBorrowed balance } } }`,
    { from, to: placement.endDate },
  );
  for (const row of (
    reciprocityLedger.employers as {
      period: string;
      employerName: string;
      hoursLent: number;
      hoursBorrowed: number;
      balance: number;
    }[]
  ).slice(0, 6))
    console.log(
      `${row.period} ${row.employerName}: lent ${row.hoursLent} h, borrowed ${row.hoursBorrowed} h, balance ${row.balance}`,
    );
  console.log(`CSV: ${URL_BASE}${reciprocityLedger.csvUrl} (with a bearer token)`);

  step('5. A change that causes a conflict is reported');
  const third = DEMO_EMPLOYERS.find((e) => e.name !== host.name && e.name !== DEMO_EMPLOYERS[0].name)!;
  const { employers } = await gql(lenderToken, `{ employers(first: 50) { nodes { id name } } }`);
  const thirdId = (employers.nodes as { id: string; name: string }[]).find((e) => e.name === third.name)!.id;
  const { proposePlacement: overlapping } = await gql(
    lenderToken,
    `mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { ${FIELDS} } }`,
    {
      input: {
        ...TERMS,
        candidateId,
        hostEmployerId: thirdId,
        kind: 'WORK_EXPERIENCE',
        startDate: placement.startDate,
        endDate: placement.startDate,
        hoursPerWeek: 8,
      },
    },
  );
  for (const c of overlapping.conflicts as { kind: string; explanationNl: string }[])
    console.log(`${c.kind}: ${c.explanationNl}`);
  const { myNotifications } = await gql(
    hr.get(host.name)!,
    `{ myNotifications(unreadOnly: true, limit: 5) { kind textNl } }`,
  );
  console.log(
    `${host.name} is told:`,
    (myNotifications as { textNl: string }[]).map((n) => n.textNl).slice(0, 3),
  );
  console.log(
    `\nDone. Placement ${placement.id}; cancel the overlapping one (${overlapping.id}) with cancelPlacement.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
