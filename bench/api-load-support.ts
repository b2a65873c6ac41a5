// What the API load benchmark (bench/api-load.bench.ts) needs besides the matching benchmark's support: the
// gateway as a process of its own, signed-in browser sessions, the web app's own GraphQL operations, and
// autocannon runs that also count GraphQL errors hidden in 200 answers.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { PasswordHasher } from '@werkbrug/accounts/password-hasher';
import { Role } from '@werkbrug/core';
import { mailsTo } from '@werkbrug/mail/mail-drop';
import autocannon from 'autocannon';
import { parse, print } from 'graphql';
import type { DataSource } from 'typeorm';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const GENERATED_DOCUMENTS = join('apps', 'web', 'src', 'graphql', 'generated', 'graphql.ts');

/** A file of the repository, found above `startDir` (the built bench runs from dist/bench, its source from bench/). */
function repositoryFile(relativePath: string, startDir: string = __dirname): string {
  for (let dir = resolve(startDir); ; dir = dirname(dir)) {
    if (existsSync(join(dir, relativePath))) return join(dir, relativePath);
    if (dirname(dir) === dir) throw new Error(`${relativePath} not found above ${startDir}`);
  }
}

let operationTexts: Map<string, string> | undefined;

/**
 * The text of one of the web app's operations (fragments included), printed from the documents its code
 * generator wrote, as its start-up script does (apps/web/vite.config.mts): the benchmark asks exactly what the
 * pages ask, and follows them when they change. Read once: the rematch loop asks for its mutation while measuring.
 */
export function webOperation(name: string): string {
  if (!operationTexts) {
    operationTexts = new Map();
    const source = readFileSync(repositoryFile(GENERATED_DOCUMENTS), 'utf8');
    for (const [, exported, json] of source.matchAll(
      /^export const (\w+)Document = (\{"kind":"Document".*\}) as unknown as/gm,
    )) {
      operationTexts.set(exported, print(parse(print(JSON.parse(json) as Parameters<typeof print>[0]))));
    }
  }
  const text = operationTexts.get(name);
  if (!text) throw new Error(`the web app has no operation ${name} in ${GENERATED_DOCUMENTS}`);
  return text;
}

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** CPU seconds (user + system) of a process so far, from /proc/<pid>/stat (clock ticks of 1/100 s). */
function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (+fields[11] + +fields[12]) / 100;
  } catch {
    return NaN;
  }
}

export interface LogProblems {
  readonly warnings: number;
  readonly errors: number;
  /** The first few distinct messages at warn level or above. */
  readonly samples: readonly string[];
}

/**
 * The gateway as production runs it (`node dist/apps/gateway/src/main.js`). Its log goes straight to a file, not
 * through this process: at LOG_LEVEL=info it writes a line per request, and relaying those would put the
 * benchmark's own CPU time on the cores being measured.
 */
export class GatewayProcess {
  private exit: string | null = null;

  private constructor(
    private readonly child: ChildProcess,
    readonly logFile: string,
  ) {
    child.once('exit', (code, signal) => (this.exit = `${code ?? signal}`));
  }

  /**
   * `BENCH_GATEWAY_PROFILE_DIR=dir` writes a V8 CPU profile of the gateway there when it stops (Node refuses
   * --cpu-prof in NODE_OPTIONS, so it goes on the command line).
   */
  static start(script: string, env: NodeJS.ProcessEnv, logFile: string): GatewayProcess {
    const profileDir = process.env.BENCH_GATEWAY_PROFILE_DIR;
    const flags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
    const log = openSync(logFile, 'a');
    try {
      const child = spawn(process.execPath, [...flags, script], { env, stdio: ['ignore', log, log] });
      return new GatewayProcess(child, logFile);
    } finally {
      closeSync(log);
    }
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  cpuSeconds(): number {
    return processCpuSeconds(this.pid);
  }

  assertRunning(): void {
    if (this.exit === null) return;
    const tail = readFileSync(this.logFile, 'utf8').trim().split('\n').slice(-5).join(' | ');
    throw new Error(`the gateway exited early (${this.exit}); last output: ${tail || '-'}`);
  }

  /** Ready as a load balancer sees it: GET /health/ready answers 200. */
  async waitReady(baseUrl: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      this.assertRunning();
      const ready = await fetch(`${baseUrl}/health/ready`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return;
      if (Date.now() > deadline) throw new Error(`the gateway was not ready after ${timeoutMs} ms`);
      await sleep(250);
    }
  }

  /** SIGTERM (the gateway drains its connections), then SIGKILL after `graceMs`. */
  async stop(graceMs = 15_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolveExit) => this.child.once('exit', () => resolveExit()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }

  /** Warnings and errors in the gateway's JSON log (pino levels: 40 warn, 50 error, 60 fatal). */
  problems(): LogProblems {
    let warnings = 0;
    let errors = 0;
    const samples = new Set<string>();
    for (const line of readFileSync(this.logFile, 'utf8').split('\n')) {
      // A line that is not JSON came from outside the logger (a crash, Node itself): counted as an error.
      const structured = line.startsWith('{');
      const level = Number(/"level":(\d+)/.exec(line)?.[1] ?? 0);
      if (line.length === 0 || (structured && level < 40)) continue;
      if (!structured || level >= 50) errors++;
      else warnings++;
      if (samples.size < 8) samples.add(logMessage(line));
    }
    return { warnings, errors, samples: [...samples] };
  }
}

/**
 * A request of a setup or check step, asked again when the gateway sheds load (503 with Retry-After), as the web
 * app does: a gateway that has just started, or is busy with a rematch, may turn a request away for a moment.
 * The measured requests are never retried; their 503s are counted.
 */
async function fetchAdmitted(url: string, init: RequestInit, attempts = 10): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url, init);
    if (response.status !== 503 || attempt === attempts) return response;
    await response.arrayBuffer();
    await sleep(Math.max(0.1, Number(response.headers.get('retry-after')) || 1) * 1000);
  }
}

/** A log line's message, with the error's own message where the line carries one (`err`). */
function logMessage(line: string): string {
  const msg = /"msg":"((?:[^"\\]|\\.)*)"/.exec(line)?.[1];
  const err = /"err":\{[^{}]*?"message":"((?:[^"\\]|\\.)*)"/.exec(line)?.[1];
  if (msg === undefined) return line.slice(0, 200);
  return err === undefined ? msg : `${msg}: ${err.slice(0, 200)}`;
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
}

/** When every error of the answer says "try again later": after how many seconds (1 when it names none). */
function retryAfterSeconds(answer: GraphQLAnswer<unknown>): number | null {
  const errors = answer.errors ?? [];
  if (errors.length === 0 || errors.some((e) => e.extensions?.code !== 'SERVICE_UNAVAILABLE')) return null;
  return Math.max(...errors.map((e) => e.extensions?.retryAfterSeconds ?? 1));
}

/**
 * A signed-in browser: the session cookie from `POST /auth/session` (or `/auth/claim`), and the headers the web
 * app's requests carry. A browser names the request's site (Sec-Fetch-Site), which the gateway's cross-site
 * check reads; the JSON content type is what Apollo's CSRF prevention asks for.
 */
export class BrowserSession {
  private constructor(
    readonly baseUrl: string,
    private readonly cookie: string,
  ) {}

  private static async start(baseUrl: string, path: string, body: object): Promise<BrowserSession> {
    const response = await fetchAdmitted(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
    const cookie = response.headers
      .getSetCookie()
      .map((header) => header.split(';')[0])
      .find((pair) => pair.includes('werkbrug_session='));
    if (!cookie) throw new Error(`POST ${path} set no session cookie`);
    return new BrowserSession(baseUrl, cookie);
  }

  static logIn(baseUrl: string, email: string, password: string): Promise<BrowserSession> {
    return BrowserSession.start(baseUrl, '/auth/session', { email, password });
  }

  /** A job seeker claims their account with the invitation code and is signed in at once. */
  static claim(
    baseUrl: string,
    input: { code: string; email: string; password: string; displayName: string },
  ): Promise<BrowserSession> {
    return BrowserSession.start(baseUrl, '/auth/claim', input);
  }

  get headers(): Record<string, string> {
    return {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/graphql+json, application/json',
      'sec-fetch-site': 'same-origin',
      cookie: this.cookie,
    };
  }

  async graphql<T = Record<string, unknown>>(
    query: string,
    variables: object = {},
  ): Promise<GraphQLAnswer<T>> {
    const response = await fetchAdmitted(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: this.headers,
      body: JSON.stringify({ query, variables }),
    });
    const answer = (await response.json()) as GraphQLAnswer<T>;
    if (!response.ok && !answer.errors) throw new Error(`POST /graphql: ${response.status}`);
    return answer;
  }

  /**
   * The answer, asked again after the time a "try again shortly" answer names (SERVICE_UNAVAILABLE: the gateway
   * overloaded, say by the region-matches read before), as a client should, up to `attempts` times.
   */
  async graphqlAdmitted<T = Record<string, unknown>>(
    query: string,
    variables: object = {},
    attempts = 10,
  ): Promise<GraphQLAnswer<T>> {
    let answer = await this.graphql<T>(query, variables);
    for (let attempt = 1; attempt < attempts && retryAfterSeconds(answer) !== null; attempt++) {
      await sleep(Math.max(0.1, retryAfterSeconds(answer)!) * 1000);
      answer = await this.graphql<T>(query, variables);
    }
    return answer;
  }

  /** The data, or an exception naming every error: for setup steps, which must not go on after a refusal. */
  async data<T = Record<string, unknown>>(query: string, variables: object = {}): Promise<T> {
    const answer = await this.graphqlAdmitted<T>(query, variables);
    if (answer.errors?.length || !answer.data) {
      const what = (answer.errors ?? []).map((e) => `${e.extensions?.code ?? '?'}: ${e.message}`).join('; ');
      throw new Error(`${query.trim().split('\n')[0]} → ${what || 'no data'}`);
    }
    return answer.data;
  }
}

/**
 * A staff account put in directly, as a deployment's bootstrap (and the demo) does, then signed in through the
 * gateway: the product's approval rules let a second person approve an HR lead only for an employer without
 * candidates, and none of the generated region's employers is one. Everything after this goes through the API.
 */
export async function signInSeededStaff(
  db: DataSource,
  baseUrl: string,
  role: Role.MOBILITY_TEAM | Role.HR_LEAD,
  scope: { employerId?: string; regionCode?: string },
): Promise<BrowserSession> {
  const email = `${role.toLowerCase()}.${randomBytes(6).toString('hex')}@example.org`;
  const password = randomBytes(18).toString('base64url');
  await db.query(
    `INSERT INTO user_account (email, password_hash, display_name, role, employer_id, region_code)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      email,
      await new PasswordHasher().hash(password),
      `Benchmark ${role}`,
      role,
      scope.employerId ?? null,
      scope.regionCode ?? null,
    ],
  );
  return BrowserSession.logIn(baseUrl, email, password);
}

const UPDATE_IDENTITY = `mutation($candidateId: ID!, $input: CandidateIdentityInput!) {
  updateCandidateIdentity(candidateId: $candidateId, input: $input) { candidateId }
}`;

/** The invitation code from the newest mail to `email` in the mail directory (MAIL_URL=file:…) of the workers. */
async function invitationCode(mailDir: string, email: string, checks: () => void): Promise<string> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const [mail] = (await mailsTo(mailDir, email)).slice(-1);
    const code = /(?:uitnodigingscode|invitation code): ([A-Z0-9-]+)/i.exec(mail?.text ?? '')?.[1];
    if (code) return code;
    checks();
    if (Date.now() > deadline) throw new Error(`no invitation mail for ${email} in ${mailDir} within 60 s`);
    await sleep(200);
  }
}

/**
 * The job seeker's account comes about as every person's does: their HR lead enters the person's own address
 * and invites them, a worker mails the code, and the person claims the account with it (signed in at once).
 */
export async function claimJobSeekerAccount(
  hr: BrowserSession,
  candidateId: string,
  mailDir: string,
  checks: () => void,
): Promise<BrowserSession> {
  const email = `werkzoekende.${randomBytes(6).toString('hex')}@example.org`;
  await hr.data(UPDATE_IDENTITY, { candidateId, input: { email } });
  await hr.data(webOperation('InviteJobSeeker'), { candidateId });
  const code = await invitationCode(mailDir, email, checks);
  const password = randomBytes(18).toString('base64url');
  return BrowserSession.claim(hr.baseUrl, { code, email, password, displayName: 'Werkzoekende (benchmark)' });
}

export interface LoadFigures {
  readonly requests: number;
  /** Mean of autocannon's per-second samples: every answer, refusals (503) and errors included. */
  readonly requestsPerSecond: number;
  /** 2xx answers without GraphQL errors per second of the run: what users got. */
  readonly successfulPerSecond: number;
  /**
   * Of 2xx answers only (autocannon records no others), in whole milliseconds; NaN (null in JSON) when none came,
   * e.g. every request timed out (`timeout` seconds).
   */
  readonly latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  readonly non2xx: number;
  /** 2xx answers whose body carries GraphQL `errors` (a refused or failed field still answers 200). */
  readonly graphqlErrors: number;
  readonly connectionErrors: number;
  readonly timeouts: number;
}

export interface LoadInput {
  readonly session: BrowserSession;
  /** One request body per set of variables; each connection sends them in turn. */
  readonly bodies: readonly string[];
  readonly connections: number;
  readonly seconds: number;
  /** Seconds without an answer after which autocannon counts a request as timed out. */
  readonly timeoutSeconds: number;
}

/**
 * autocannon at a fixed number of connections, one request at a time on each (a browser does not pipeline).
 * It keeps every answer's body for `onResponse` anyway; a substring test finds the `errors` key, which JSON can
 * only spell unescaped as a key, never inside a string value.
 */
export async function generateLoad(input: LoadInput): Promise<LoadFigures> {
  let graphqlErrors = 0;
  const onResponse = (status: number, body: string) => {
    if (status >= 200 && status < 300 && body.includes('"errors":')) graphqlErrors++;
  };
  const result = await autocannon({
    url: `${input.session.baseUrl}/graphql`,
    method: 'POST',
    connections: input.connections,
    duration: input.seconds,
    timeout: input.timeoutSeconds,
    headers: input.session.headers,
    requests: input.bodies.map((body) => ({ method: 'POST', body, onResponse })),
  });
  const latency = result['2xx'] > 0 ? result.latency : null;
  return {
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    successfulPerSecond: Math.round(((result['2xx'] - graphqlErrors) / result.duration) * 10) / 10,
    latencyMs: {
      p50: latency?.p50 ?? NaN,
      p90: latency?.p90 ?? NaN,
      p99: latency?.p99 ?? NaN,
      max: latency?.max ?? NaN,
      mean: latency ? Math.round(latency.mean * 100) / 100 : NaN,
    },
    non2xx: result.non2xx,
    graphqlErrors,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
  };
}

export interface RematchTiming {
  readonly id: string;
  /** From the request until the run row says COMPLETED. */
  readonly seconds: number;
}

/**
 * A full rematch of the mobility team's region, started as its region page starts one (the gateway writes the run
 * and its outbox event; a worker's relay hands it to BullMQ); then the run row is polled until it has completed.
 */
export async function rematchThroughApi(
  team: BrowserSession,
  db: DataSource,
  checks: () => void,
  timeoutMs: number,
): Promise<RematchTiming> {
  const started = performance.now();
  const { startRegionRematch: run } = await team.data<{ startRegionRematch: { id: string } }>(
    webOperation('TeamStartRegionRematch'),
  );
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows: { status: string; error: string | null }[] = await db.query(
      `SELECT status, error FROM rematch_run WHERE id = $1`,
      [run.id],
    );
    if (rows[0]?.status === 'COMPLETED') return { id: run.id, seconds: (performance.now() - started) / 1000 };
    if (rows[0]?.status === 'FAILED') throw new Error(`rematch ${run.id} failed: ${rows[0].error}`);
    checks();
    if (Date.now() > deadline)
      throw new Error(`rematch ${run.id} still ${rows[0]?.status} after ${timeoutMs} ms`);
    await sleep(50);
  }
}

/** Full rematches one after another until stopped, with when each ran, to tell how much of a measurement they covered. */
export class RematchLoop {
  private readonly runs: { from: number; to: number | null }[] = [];
  private readonly completed: number[] = [];
  private stopping = false;
  private failure: Error | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly team: BrowserSession,
    private readonly db: DataSource,
    private readonly checks: () => void,
    private readonly timeoutMs: number,
  ) {}

  start(): void {
    this.running = this.loop();
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      const run = { from: performance.now(), to: null as number | null };
      this.runs.push(run);
      try {
        const { seconds } = await rematchThroughApi(this.team, this.db, this.checks, this.timeoutMs);
        this.completed.push(Math.round(seconds * 100) / 100);
      } catch (error) {
        this.failure = error instanceof Error ? error : new Error(String(error));
        return;
      } finally {
        run.to = performance.now();
      }
    }
  }

  /** Throws what ended the loop, if anything did: a measurement without its rematches must not be reported. */
  assertHealthy(): void {
    if (this.failure) throw this.failure;
  }

  /** Runs that overlapped [from, to] (performance.now() times), and the share of it during which one ran. */
  overlap(from: number, to: number): { runsOverlapping: number; busyShare: number } {
    let busy = 0;
    let runsOverlapping = 0;
    for (const run of this.runs) {
      const overlap = Math.min(run.to ?? performance.now(), to) - Math.max(run.from, from);
      if (overlap <= 0) continue;
      busy += overlap;
      runsOverlapping++;
    }
    return { runsOverlapping, busyShare: Math.round((busy / (to - from)) * 100) / 100 };
  }

  /** Lets the run in progress finish (so nothing of it is left in the queue), then reports the completed ones. */
  async stop(): Promise<{ completed: number; seconds: readonly number[] }> {
    this.stopping = true;
    await this.running;
    this.assertHealthy();
    return { completed: this.completed.length, seconds: [...this.completed] };
  }
}
