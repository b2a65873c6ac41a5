// `npm run demo:trajectory` walks through a spoor-2 re-integration trajectory in the running demo region (start it
// with `npm run demo`), from screening to a final report, a hire and its follow-ups, through the public GraphQL API
// as each role would: the mobility team opens it for a long-term sick employee of Zorggroep De Meierij and assigns
// the region's external re-integration adviser (adviseur@werkbrug.demo, role COUNSELLOR) → the client employer
// confirms the preconditions → the counsellor records the screening, the plan, contacts and the intake report → the person finds work elsewhere; the client records the hire, the
// counsellor closes the trajectory and makes the final report → the clock moves six months on → the worker's
// reminder round sends the follow-ups that have come due → the client answers the three-month follow-up, the
// six-month one waits for the counsellor in the web app → the region's figures, and the CSV link.
//
// Moving the clock: the story is dated in the past, each step on the day it happened (the API accepts past dates,
// as anyone catching up on their records would), so that six months have passed since the hire when it ends. The
// only step not taken through the API is the worker's reminder round, which runs every hour: the walkthrough runs
// that same round now instead of waiting for it. Option: --url http://localhost:3000
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, loadConfig } from '@werkbrug/config';
import { addDays, HiresService, regionToday } from '@werkbrug/trajectories';
import { gql, login, sleep, step, URL_BASE } from './demo/demo-api';
import { DEMO_COUNSELLOR, DEMO_EMPLOYERS } from './demo/demo-region';
import { DemoSeedModule } from './demo/demo-seeder';

const TODAY = regionToday();
/** The hire started six months and a week ago, the trajectory two months before that. */
const HIRED_ON = addDays(TODAY, -190);
const STARTED_ON = addDays(HIRED_ON, -60);
const FIRST_SICKNESS_DAY = addDays(STARTED_ON, -300);

async function main(): Promise<void> {
  const rmt = await login('rmt@werkbrug.demo');
  const client = DEMO_EMPLOYERS[0];
  const hr = await login(`hr.${client.slug}@werkbrug.demo`);
  const counsellor = await login(DEMO_COUNSELLOR.email);
  const { me } = await gql(counsellor, `{ me { id displayName } }`);

  step(
    `1. The mobility team opens a spoor-2 trajectory on ${STARTED_ON} for a sick employee of ${client.name}, guided by an external re-integration adviser`,
  );
  const candidate = await pickCandidate(hr);
  const opened = await gql(
    rmt,
    `mutation($input: OpenTrajectoryInput!) { openTrajectory(input: $input) { id waitingPeriodEndsOn wiaApplicationDueOn } }`,
    {
      input: {
        candidateId: candidate.id,
        kind: 'SICKNESS_REINTEGRATION',
        counsellorUserId: me.id,
        startedOn: STARTED_ON,
        firstSicknessDay: FIRST_SICKNESS_DAY,
      },
    },
  );
  const id = opened.openTrajectory.id as string;
  console.log(
    `   candidate ${candidate.publicCode}, counsellor ${me.displayName}; waiting period ends ${opened.openTrajectory.waitingPeriodEndsOn}, WIA application by ${opened.openTrajectory.wiaApplicationDueOn}`,
  );

  step(`2. ${client.name} confirms the three preconditions`);
  for (const kind of [
    'INTERNAL_REPLACEMENT_RULED_OUT',
    'INFORMED_OF_DISMISSAL_REQUEST',
    'WILL_RESIGN_ON_NEW_JOB',
  ])
    await gql(
      hr,
      `mutation($id: ID!, $input: ConfirmPreconditionInput!) { confirmTrajectoryPrecondition(id: $id, input: $input) { id } }`,
      { id, input: { kind, confirmedOn: addDays(STARTED_ON, 3) } },
    );

  step(
    '3. The counsellor: screening with the health domain (theirs alone), the plan, contacts, the intake report',
  );
  await gql(
    counsellor,
    `mutation($id: ID!, $input: SaveScreeningInput!) { saveTrajectoryScreening(id: $id, input: $input) { id } }`,
    {
      id,
      input: {
        items: [
          { domain: 'MOTIVATION', score: 4, note: 'Wil graag weer aan het werk, buiten de zorg.' },
          { domain: 'WORK', score: 4, note: 'Twaalf jaar ervaring in planning en administratie.' },
          { domain: 'HEALTH', score: 2, note: 'Rugklachten: geen tillen, afwisselend zitten en staan.' },
          { domain: 'NETWORK', score: 3, note: null },
        ],
        functionalCapacityNote: 'Arbeidsdeskundige: licht fysiek werk, tot 32 uur per week.',
        functionalConclusion: 'Kan licht fysiek werk doen, tot 32 uur per week, afwisselend zitten en staan.',
        conclusionSectors: 'Ja, voor logistiek en administratie.',
        conclusionPeriod: 'Binnen drie maanden.',
        advice: 'START_TRAJECTORY',
        screenedOn: addDays(STARTED_ON, 14),
      },
    },
  );
  const { searchOccupations } = await gql(
    counsellor,
    `{ searchOccupations(query: "planner", limit: 2) { id labelNl labelEn } }`,
  );
  await gql(
    counsellor,
    `mutation($id: ID!, $input: SaveTrajectoryPlanInput!) { saveTrajectoryPlan(id: $id, input: $input) { id } }`,
    {
      id,
      input: {
        goals: 'Binnen drie maanden een baan als planner of administratief medewerker, dicht bij huis.',
        searchDirectionIds: (searchOccupations as { id: string }[]).map((o) => o.id),
        modules: ['COMING_TO_TERMS', 'WORK_ORIENTATION', 'APPLICATION_COACHING'],
        hoursPerWeek: 8,
      },
    },
  );
  const planned = await gql(
    counsellor,
    `mutation($id: ID!, $input: PlanActionInput!) { addTrajectoryPlanAction(id: $id, input: $input) { plan { actions { id } } } }`,
    {
      id,
      input: {
        description: 'Cv bijwerken met de planningservaring.',
        owner: 'CANDIDATE',
        dueOn: addDays(STARTED_ON, 30),
      },
    },
  );
  await gql(
    counsellor,
    `mutation($id: ID!, $on: LocalDate) { completeTrajectoryPlanAction(actionId: $id, doneOn: $on) { id } }`,
    { id: planned.addTrajectoryPlanAction.plan.actions[0].id, on: addDays(STARTED_ON, 27) },
  );
  for (const [days, kind, summary] of [
    [14, 'TALK', 'Intakegesprek: wensen, mogelijkheden en de voorwaarden doorgenomen.'],
    [35, 'PHONE', 'Twee vacatures als planner besproken; sollicitatie voorbereid.'],
    [52, 'VIDEO', 'Sollicitatiegesprek bij Distributiecentrum Veghel voorbereid.'],
  ] as const)
    await gql(
      counsellor,
      `mutation($id: ID!, $input: TrajectoryContactInput!) { logTrajectoryContact(id: $id, input: $input) { id } }`,
      { id, input: { occurredOn: addDays(STARTED_ON, days), kind, durationMinutes: 45, summary } },
    );
  const intake = await report(counsellor, id, 'INTAKE');

  step(
    `4. ${HIRED_ON}: a job elsewhere. The client records the hire; the counsellor closes with a final report`,
  );
  const hired = await gql(
    hr,
    `mutation($input: RecordHireInput!) { recordHire(input: $input) { id followUps { id months dueOn status } } }`,
    {
      input: {
        candidateId: candidate.id,
        employerName: 'Distributiecentrum Veghel',
        contractType: 'FIXED_TERM',
        durationMonths: 12,
        hoursPerWeek: 28,
        startedOn: HIRED_ON,
        source: 'OUTSIDE',
      },
    },
  );
  await gql(
    counsellor,
    `mutation($id: ID!, $input: CloseTrajectoryInput!) { closeTrajectory(id: $id, input: $input) { id } }`,
    { id, input: { outcome: 'EXTERNAL_JOB', closedOn: HIRED_ON } },
  );
  const final = await report(counsellor, id, 'FINAL');
  type FollowUp = { id: string; months: number; dueOn: string; status: string };
  const followUps = hired.recordHire.followUps as FollowUp[];
  for (const f of followUps) console.log(`   follow-up after ${f.months} months: due ${f.dueOn}`);

  step(`5. The clock has moved six months on (today is ${TODAY}): the worker's reminder round`);
  const reminded = await remindDue();
  console.log(`   ${reminded} reminder(s) sent for due, unanswered follow-ups in Werkbrug`);
  const { myNotifications } = await gql(
    rmt,
    `{ myNotifications(unreadOnly: true, limit: 50) { kind subjectId textNl } }`,
  );
  for (const n of myNotifications as { kind: string; subjectId: string; textNl: string }[])
    if (followUps.some((f) => f.id === n.subjectId)) console.log(`   the mobility team reads: ${n.textNl}`);

  step(`6. ${client.name} answers the three-month follow-up; the six-month one waits for the counsellor`);
  const three = followUps.find((f) => f.months === 3)!;
  await gql(
    hr,
    `mutation($id: ID!) { answerFollowUp(id: $id, input: { stillEmployed: true, sameEmployer: true }) { id } }`,
    { id: three.id },
  );
  const { followUps: due } = await gql(
    counsellor,
    `{ followUps(status: DUE) { id months candidatePublicCode } }`,
  );
  const six = (due as { id: string; months: number; candidatePublicCode: string }[]).find((f) =>
    followUps.some((mine) => mine.id === f.id),
  );
  console.log(
    six
      ? `   due: follow-up after ${six.months} months of ${six.candidatePublicCode} — answer it in the web app as ${DEMO_COUNSELLOR.email} (Trajecten → Traject van ${candidate.publicCode})`
      : '   (the six-month follow-up is not due yet)',
  );

  step('7. The region’s figures over the past year, as the mobility team sees them');
  await sleep(1500); // the worker brings the figures' summary tables up to date from the events
  const from = addDays(TODAY, -365);
  const { outcomeFigures } = await gql(
    rmt,
    `query($from: LocalDate!, $to: LocalDate!) { outcomeFigures(from: $from, to: $to) {
       total { figures { key value numerator denominator suppressed } }
       flowThroughYear flowThrough { value numerator denominator suppressed } } }`,
    { from, to: TODAY },
  );
  type Figure = {
    key: string;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    suppressed: boolean;
  };
  const show = (label: string, f: Figure) =>
    console.log(
      `   ${label}: ${f.suppressed || f.value === null ? 'hidden (too few people)' : `${Math.round(f.value * 100)} % (${f.numerator} of ${f.denominator})`}`,
    );
  const figures = outcomeFigures.total.figures as Figure[];
  show(
    'placed within six months of intake',
    figures.find((f) => f.key === 'PLACEMENT_RATE_6_MONTHS')!,
  );
  show(`flow-through ${outcomeFigures.flowThroughYear}`, outcomeFigures.flowThrough as Figure);

  console.log(`
Done. In the web app (${URL_BASE}/):
  ${DEMO_COUNSELLOR.email}      Trajecten → Traject van ${candidate.publicCode}: screening, plan, contacts, hire, reports
                              (the only trajectories this adviser sees are those assigned to them)
  rmt@werkbrug.demo           the same trajectory without health details; Resultaten: the figures;
                              CSV: ${URL_BASE}/outcome-figures.csv?from=${from}&to=${TODAY}
  hr.${client.slug}@werkbrug.demo  the same trajectory without health details
  Reports: ${URL_BASE}${intake}  and  ${URL_BASE}${final}`);
}

async function pickCandidate(hr: string): Promise<{ id: string; publicCode: string }> {
  const { candidateProfiles } = await gql(
    hr,
    `{ candidateProfiles(first: 100, ownership: OWN, status: ACTIVE) { nodes { id publicCode track } } }`,
  );
  const { me } = await gql(await login('werkzoekende@werkbrug.demo'), `{ me { candidateId } }`);
  const { trajectories } = await gql(
    hr,
    `{ trajectories(status: OPEN, first: 100) { nodes { candidateId } } }`,
  );
  const guided = new Set((trajectories.nodes as { candidateId: string }[]).map((t) => t.candidateId));
  type Node = { id: string; publicCode: string; track: string };
  // Not the demo job seeker: the other walkthroughs need them in the active pool.
  const free = (candidateProfiles.nodes as Node[]).filter(
    (c) => c.id !== me.candidateId && !guided.has(c.id),
  );
  const pick = free.find((c) => c.track === 'SICKNESS_REINTEGRATION') ?? free[0];
  if (!pick)
    throw new Error('No active candidate without a trajectory is left; start from a fresh demo database.');
  return pick;
}

async function report(token: string, trajectoryId: string, kind: 'INTAKE' | 'FINAL'): Promise<string> {
  const made = await gql(
    token,
    `mutation($id: ID!, $kind: TrajectoryReportKind!) { generateTrajectoryReport(trajectoryId: $id, kind: $kind) { version url } }`,
    { id: trajectoryId, kind },
  );
  console.log(`   ${kind.toLowerCase()} report, version ${made.generateTrajectoryReport.version}`);
  return made.generateTrajectoryReport.url as string;
}

/** The worker's reminder round (see FollowUpRemindersTask), run now instead of at the next hour. */
async function remindDue(): Promise<number> {
  const context = await NestFactory.createApplicationContext(
    { module: DemoSeedModule, imports: [ConfigModule.forRoot(loadConfig())] },
    { logger: ['error', 'warn'] },
  );
  try {
    return await context.get(HiresService).remindDue();
  } finally {
    await context.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
