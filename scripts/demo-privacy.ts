// `npm run demo:privacy` walks through a person's rights in the running demo region (start it with `npm run demo`):
// an HR lead registers a new candidate and invites them (the code goes to their own mailbox, here var/mail) → the
// person claims their account → downloads everything Werkbrug holds about them (JSON and a readable page, built
// by the worker) → withdraws consent → asks for erasure → the demo moves the erasure date forward (the only step
// that touches the database: as if the 7-day grace period had passed) → the worker erases them → a scan of every
// column of every table finds nothing of them → the mobility team sees the request, carried out, with counts only.
// Option: --url http://localhost:3000
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@werkbrug/config';
import { dataSourceOptions } from '@werkbrug/database';
import { findTraces, identifyingValues } from '@werkbrug/data-rights';
import { mailDirectory, mailsTo } from '@werkbrug/mail';
import { DataSource } from 'typeorm';
import { gql, login, sleep, step, URL_BASE } from './demo/demo-api';
import { DEMO_EMPLOYERS, DEMO_PASSWORD } from './demo/demo-region';

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await new DataSource(dataSourceOptions(config, 'werkbrug-demo-privacy')).initialize();
  try {
    await walkThrough(db, mailDirectory(config.MAIL_URL));
  } finally {
    await db.destroy();
  }
}

async function walkThrough(db: DataSource, mailDir: string): Promise<void> {
  const hr = await login(`hr.${DEMO_EMPLOYERS[0].slug}@werkbrug.demo`);
  const otherHr = await login(`hr.${DEMO_EMPLOYERS[1].slug}@werkbrug.demo`);
  const rmt = await login('rmt@werkbrug.demo');
  const tag = Date.now().toString(36);
  const email = `fleur.${tag}@werkbrug.demo`;

  step(`1. ${DEMO_EMPLOYERS[0].name} registers Fleur (with her own e-mail address) and invites her`);
  const { searchSkills } = await gql(hr, `{ searchSkills(query: "zorg", limit: 3) { skillId } }`);
  const created = await gql(
    hr,
    `mutation($input: CreateCandidateInput!) { createCandidateProfile(input: $input) { id publicCode } }`,
    {
      input: {
        track: 'SICKNESS_REINTEGRATION',
        sketchStrengths: 'Zorgzaam en geduldig, houdt van een vaste structuur.',
        sketchAttentionPoints: 'Werkt het liefst in een klein team.',
        hoursMin: 24,
        hoursMax: 32,
        homePc4: '5211',
        maxTravelKm: 15,
        travelMode: 'BICYCLE',
        sectorsOpen: ['CARE'],
        contractTypes: ['PERMANENT'],
        supportNeeds: ['GRADUAL_BUILD_UP_OF_HOURS', 'JOB_COACH'],
        targetGroups: ['NO_RISK_POLICY'],
        sharingScope: 'REGION',
        strengths: (searchSkills as { skillId: string }[]).map((s) => ({ skillId: s.skillId, level: 3 })),
        developmentSkillIds: [],
        contractEndDate: new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10),
        identity: { fullName: `Fleur Demo-${tag}`, email, phone: null, dateOfBirth: null },
        consentGiven: true,
      },
    },
  );
  const candidate = created.createCandidateProfile as { id: string; publicCode: string };
  await gql(hr, `mutation($id: ID!) { changeCandidateStatus(id: $id, status: ACTIVE) { id } }`, {
    id: candidate.id,
  });
  const { createJobSeekerInvitation } = (await gql(
    hr,
    `mutation($id: ID!) { createJobSeekerInvitation(candidateId: $id) { sentTo expiresAt } }`,
    { id: candidate.id },
  )) as { createJobSeekerInvitation: { sentTo: string } };
  console.log(
    `   ${candidate.publicCode}: invitation mailed to ${createJobSeekerInvitation.sentTo}; the HR lead never sees the code`,
  );

  step('2. Fleur finds the code in her mailbox and claims her account');
  const code = await waitFor('the invitation mail', async () => {
    const mail = (await mailsTo(mailDir, email)).at(-1);
    return /uitnodigingscode: ([A-Z0-9-]+)/i.exec(mail?.text ?? '')?.[1];
  });
  const { claimJobSeekerAccount } = (await gql(
    null,
    `mutation($input: ClaimJobSeekerAccountInput!) { claimJobSeekerAccount(input: $input) { accessToken } }`,
    { input: { code, email, password: DEMO_PASSWORD, displayName: 'Fleur' } },
  )) as { claimJobSeekerAccount: { accessToken: string } };
  const fleur = claimJobSeekerAccount.accessToken;
  await gql(
    hr,
    `query($id: ID!) { candidateIdentity(candidateId: $id, purpose: "Kennismakingsgesprek plannen") { fullName } }`,
    {
      id: candidate.id,
    },
  );
  console.log('   claimed; her HR lead then looked up her details (logged, with the reason)');

  step(`   ${DEMO_EMPLOYERS[1].name} looks at her profile: need-to-know`);
  const profileQuery = `query($id: ID!) { candidateProfile(id: $id) {
    track targetGroups contractEndDate supportNeeds needToKnow } }`;
  const seen = (await gql(otherHr, profileQuery, { id: candidate.id })).candidateProfile as Record<
    string,
    unknown
  >;
  console.log(
    `   track ${String(seen.track)}, target groups ${String(seen.targetGroups)}, contract end ` +
      `${String(seen.contractEndDate)}, support needs ${JSON.stringify(seen.supportNeeds)}: spoor 2, the no-risk ` +
      `policy and the job coach stay with her own employer and the mobility team`,
  );
  if (seen.track !== null || seen.needToKnow !== false) process.exitCode = 1;

  step('3. Fleur downloads everything Werkbrug holds about her');
  const { requestMyDataExport } = (await gql(
    fleur,
    `mutation { requestMyDataExport { jsonPath htmlPath } }`,
  )) as {
    requestMyDataExport: { jsonPath: string; htmlPath: string };
  };
  await waitFor('the worker to build the export', async () => {
    const { myDataExports } = (await gql(fleur, `{ myDataExports { readyAt } }`)) as {
      myDataExports: { readyAt: string | null }[];
    };
    return myDataExports[0]?.readyAt ?? undefined;
  });
  const outDir = join(process.cwd(), '.demo');
  mkdirSync(outDir, { recursive: true });
  for (const path of [requestMyDataExport.jsonPath, requestMyDataExport.htmlPath]) {
    const res = await fetch(`${URL_BASE}${path}`, { headers: { authorization: `Bearer ${fleur}` } });
    if (!res.ok) throw new Error(`download ${path}: HTTP ${res.status}`);
    const file = join(outDir, `mijn-gegevens-${tag}.${path.endsWith('.json') ? 'json' : 'html'}`);
    writeFileSync(file, await res.text());
    console.log(`   saved ${file}`);
  }
  const again = await fetch(`${URL_BASE}${requestMyDataExport.jsonPath}`, {
    headers: { authorization: `Bearer ${fleur}` },
  });
  console.log(`   the link a second time: HTTP ${again.status} (each file downloads once)`);

  step('4. Fleur withdraws her consent in her list of consents and asks for erasure');
  const { myConsents } = (await gql(fleur, `{ myConsents { id kind inForce textNl } }`)) as {
    myConsents: { id: string; kind: string; inForce: boolean; textNl: string }[];
  };
  const sharing = myConsents.find((c) => c.kind === 'SHARE_WITH_REGION' && c.inForce)!;
  console.log(
    `   her consents: ${myConsents.map((c) => c.kind).join(', ')}; sharing reads "${sharing.textNl.slice(0, 70)}…"`,
  );
  await gql(fleur, `mutation($id: ID!) { withdrawConsent(id: $id) { inForce } }`, { id: sharing.id });
  const hidden = await fetchProfileError(otherHr, profileQuery, candidate.id);
  console.log(`   ${DEMO_EMPLOYERS[1].name} at once: ${hidden}`);
  const { requestErasure } = (await gql(
    fleur,
    `mutation($id: ID!) { requestErasure(candidateId: $id) { id status scheduledFor } }`,
    { id: candidate.id },
  )) as { requestErasure: { id: string; scheduledFor: string } };
  console.log(`   erasure scheduled for ${requestErasure.scheduledFor}; until then she can cancel it`);
  const values = await identifyingValues(db.manager, candidate.id);
  console.log(`   before: ${(await findTraces(db.manager, values)).length} tables hold something of her`);

  step('5. Seven days later (the demo moves the date) the worker erases her');
  await db.query(`UPDATE erasure_request SET scheduled_for = now() WHERE id = $1`, [requestErasure.id]);
  const done = await waitFor('the worker to erase', async () => {
    const { erasureRequests } = await gql(
      rmt,
      `{ erasureRequests { id status completedAt removed { kind rows } } }`,
    );
    return (
      erasureRequests as { id: string; status: string; removed: { kind: string; rows: number }[] }[]
    ).find((r) => r.id === requestErasure.id && r.status === 'COMPLETED');
  });
  const traces = await findTraces(db.manager, values);
  console.log(
    `   after: ${traces.length} tables hold something of her${traces.length ? `: ${traces.join(', ')}` : ''}`,
  );
  console.log(
    `   the mobility team sees the request, carried out, with counts only: ${done.removed
      .filter((r) => r.rows > 0)
      .map((r) => `${r.kind} ${r.rows}`)
      .join(', ')}`,
  );
  const { auditTrail } = (await gql(rmt, `{ auditTrail(first: 200) { action } }`)) as {
    auditTrail: { action: string }[];
  };
  const actions = [...new Set(auditTrail.map((n) => n.action))];
  console.log(`   the mobility team's audit trail shows: ${actions.join(', ')}`);
  if (traces.length) process.exitCode = 1;
}

/** The error code another employer gets for the profile now (NOT_FOUND once it is no longer shared). */
async function fetchProfileError(token: string, query: string, id: string): Promise<string> {
  const res = await fetch(`${URL_BASE}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables: { id } }),
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code ?? 'still visible';
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, seconds = 60): Promise<T> {
  for (let waited = 0; waited < seconds * 2; waited++) {
    const value = await probe();
    if (value) return value;
    await sleep(500);
  }
  throw new Error(`timed out waiting for ${what}; is the demo running (npm run demo)?`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
