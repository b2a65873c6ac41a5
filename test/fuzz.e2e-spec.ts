import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import request from 'supertest';
import { Role } from '@werkbrug/core';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLOutputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { Actor, Fixtures } from './support/fixtures';
import {
  candidateInputIn,
  createCandidate,
  createVacancy,
  employerWithHrLead,
  vacancyInputIn,
} from './support/helpers-auth';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Schema-driven fuzzing: every mutation and every query with arguments gets arguments built from its types by a
 * seeded generator (wrong types, NUL bytes, unpaired surrogates, huge strings, negative and huge numbers, long
 * lists, real and made-up ids), sent as variables and as inline literals, as several roles. No answer may be a 5xx
 * or carry INTERNAL_SERVER_ERROR. Bounded: a fixed number of cases per operation and an overall time budget.
 * Region AM36 is this file's own. FUZZ_SEED reproduces a run; the seed is printed with every failure.
 */
const REGION = 'AM36';
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const CASES_PER_OPERATION = Number(process.env.FUZZ_CASES ?? 8);
const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 60_000);

/** mulberry32: small, fast and the same on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Generator {
  private readonly random: () => number;

  constructor(
    seed: number,
    private readonly ids: string[],
    /** Valid inputs by type name: half the time one field of a copy goes wrong, so the rest reaches the service. */
    private readonly examples: Record<string, Record<string, unknown>> = {},
  ) {
    this.random = prng(seed);
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  private text(): string {
    return this.pick([
      'Medewerker zorg',
      'Zorgzaam, precies en betrouwbaar in het werk.',
      '',
      '   ',
      ' a ',
      'a\u0000b',
      '\u0000',
      'naam\ud800',
      '\udfff',
      '\u202eevil\u202c',
      'e\u0301e\u0301',
      'x'.repeat(5_001),
      'y'.repeat(100_000),
      "'; DROP TABLE candidate_profile; --",
      '%s%n%x',
      '🙂🙂🙂',
      'anna@example.nl',
      '0612345678',
      '2027-01-01',
      'AM27',
      '5211',
      'nl',
      'en',
      'Europe/Amsterdam',
      '13:00',
      'ABCD-EFGH-JKLM',
      randomUUID(),
    ]);
  }

  private int(): number {
    return this.pick([0, 1, 2, 4, 8, 20, 48, 49, 100, 500, -1, -2_147_483_648, 2_147_483_647, 99_999]);
  }

  private scalar(name: string): unknown {
    switch (name) {
      case 'String':
        return this.text();
      case 'Int':
        return this.int();
      case 'Float':
        return this.pick([0, 0.5, 50, 100, 100.5, -1, 1e308, -1e308, 3.14159]);
      case 'Boolean':
        return this.chance(0.5);
      case 'ID':
        return this.pick([...this.ids, ...this.ids, randomUUID(), 'not-a-uuid', '', '\u0000', 12345]);
      case 'LocalDate':
        return this.pick([
          '2027-03-01',
          '2026-12-31',
          '2028-02-29',
          '2027-02-30',
          '0000-01-01',
          '9999-12-31',
          '1900-01-01',
          '',
        ]);
      case 'DateTime':
        return this.pick([
          new Date(Date.now() + 86_400_000).toISOString(),
          new Date(Date.now() + 30 * 86_400_000).toISOString(),
          '2020-01-01T00:00:00.000Z',
          '+275760-09-13T00:00:00.000Z',
          'yesterday',
        ]);
      default:
        return this.text();
    }
  }

  /** Any JSON value: what a careless or hostile client sends where something else was expected. */
  private wrong(): unknown {
    return this.pick([null, 'wrong', -1, 1.5, 2 ** 53, true, [], [1, 'a'], {}, { nope: 1 }, 'NOPE']);
  }

  value(type: GraphQLInputType, depth = 0): unknown {
    if (this.chance(0.04)) return this.wrong();
    if (isNonNullType(type)) return this.value(type.ofType, depth);
    if (this.chance(0.05)) return null;
    if (isListType(type)) {
      const length = this.chance(0.08) ? this.pick([61, 150, 600]) : Math.floor(this.random() * 4);
      const item = this.value(type.ofType, depth + 1);
      // Long lists repeat one item, so a case stays small enough to send and read.
      return Array.from({ length }, () => (length > 10 ? item : this.value(type.ofType, depth + 1)));
    }
    if (isEnumType(type)) return this.chance(0.9) ? this.pick(type.getValues()).name : 'NOT_A_VALUE';
    if (isScalarType(type)) return this.scalar(type.name);
    if (isInputObjectType(type)) {
      const example = this.examples[type.name];
      if (example && this.chance(0.5)) {
        const field = this.pick(Object.values(type.getFields()));
        return { ...example, [field.name]: this.value(field.type, depth + 1) };
      }
      const out: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        const required = isNonNullType(field.type) && field.defaultValue === undefined;
        if (!required && this.chance(0.4)) continue;
        if (required && this.chance(0.03)) continue;
        out[field.name] = depth > 4 ? null : this.value(field.type, depth + 1);
      }
      if (this.chance(0.03)) out.unexpectedField = 'x';
      return out;
    }
    return null;
  }
}

/** A GraphQL literal for `value` as the type expects it (enum values bare), or a quoted string otherwise. */
function literal(value: unknown, type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const item = isListType(unwrap(type)) ? (unwrap(type) as { ofType: GraphQLInputType }).ofType : type;
    return `[${value.map((v) => literal(v, item)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = isInputObjectType(named) ? named.getFields() : {};
    const parts = Object.entries(value).map(([k, v]) => `${k}: ${literal(v, fields[k]?.type ?? named)}`);
    return `{ ${parts.join(', ')} }`;
  }
  if (typeof value === 'string' && isEnumType(named) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  return JSON.stringify(value);
}

const unwrap = (type: GraphQLInputType) => (isNonNullType(type) ? type.ofType : type);

function selection(type: GraphQLOutputType): string {
  return isLeafType(getNamedType(type)) ? '' : ' { __typename }';
}

interface Operation {
  kind: 'mutation' | 'query';
  field: GraphQLField<unknown, unknown>;
}

function operations(schema: GraphQLSchema): Operation[] {
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({
    kind: 'mutation' as const,
    field,
  }));
  const queries = Object.values(schema.getQueryType()?.getFields() ?? {})
    .filter((field) => field.args.length > 0)
    .map((field) => ({ kind: 'query' as const, field }));
  return [...mutations, ...queries];
}

function argsFor(gen: Generator, args: readonly GraphQLArgument[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const arg of args) {
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    if (!required && gen.chance(0.4)) continue;
    out[arg.name] = gen.value(arg.type);
  }
  return out;
}

function withVariables(op: Operation, values: Record<string, unknown>): [string, Record<string, unknown>] {
  const used = op.field.args.filter((a) => a.name in values);
  const defs = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  const document = `${op.kind} Fuzz${defs ? `(${defs})` : ''} { ${op.field.name}${call ? `(${call})` : ''}${selection(op.field.type)} }`;
  return [document, values];
}

function inline(op: Operation, values: Record<string, unknown>): [string, Record<string, unknown>] {
  const call = op.field.args
    .filter((a) => a.name in values)
    .map((a) => `${a.name}: ${literal(values[a.name], a.type)}`)
    .join(', ');
  return [`${op.kind} Fuzz { ${op.field.name}${call ? `(${call})` : ''}${selection(op.field.type)} }`, {}];
}

const shorten = (value: unknown) => {
  const text = JSON.stringify(value, (_k, v) =>
    typeof v === 'string' && v.length > 60 ? `${v.slice(0, 60)}…(${v.length})` : v,
  );
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
};

describe('fuzzing every operation from the schema', () => {
  let t: TestApp;
  let actors: [string, Actor][];
  let ids: string[];
  let examples: Record<string, Record<string, unknown>>;

  beforeAll(async () => {
    // Its own rate-limit counters: the fuzzer's many wrong codes must not use up other specs' address budget.
    t = await createTestApp({ QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}:fuzz-spec` });
    const f = new Fixtures(t);
    const owner = await employerWithHrLead(f, REGION);
    const candidateId = await createCandidate(t, owner.hr.token, await candidateInputIn(f, owner.pc4));
    const vacancyId = await createVacancy(t, owner.hr.token, await vacancyInputIn(f, owner.pc4));
    ids = [owner.employer.id, candidateId, vacancyId, ...(await f.skillIds(2))];
    const candidate = await candidateInputIn(f, owner.pc4);
    const { identity, consentGiven: _consent, ...profile } = candidate;
    const vacancy = await vacancyInputIn(f, owner.pc4);
    const terms = {
      purpose: 'GAIN_EXPERIENCE',
      startDate: '2027-03-01',
      endDate: '2027-04-01',
      hoursPerWeek: 16,
      contractHoursPerWeek: 32,
      ownWorkHoursPerWeek: 16,
      salaryPaidBy: 'LENDING_EMPLOYER',
      travelCostsReimbursed: true,
      travelCostsPaidBy: 'HOST_EMPLOYER',
      lendingContact: 'P. Jansen',
      hostContact: 'M. de Boer',
    };
    const session = {
      title: 'Matchingsbijeenkomst',
      venue: 'Stadhuis',
      date: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10),
      firstSlotStart: '13:00',
      slotMinutes: 15,
      slotCount: 4,
      tableCount: 2,
      maxMeetingsPerCandidate: 2,
      maxMeetingsPerRepresentative: 4,
      minMeetingsPerCandidate: 1,
      registrationDeadline: new Date(Date.now() + 10 * 86_400_000).toISOString(),
    };
    examples = {
      CreateCandidateInput: candidate,
      UpdateCandidateInput: profile,
      CandidateIdentityInput: identity as Record<string, unknown>,
      CreateVacancyInput: vacancy,
      UpdateVacancyInput: vacancy,
      CreateEmployerInput: { name: 'Werkgever', sector: 'CARE', regionCode: REGION },
      ProposePlacementInput: {
        ...terms,
        kind: 'TRIAL_PLACEMENT',
        candidateId,
        hostEmployerId: owner.employer.id,
      },
      ChangePlacementTermsInput: terms,
      PlacementTermsInput: terms,
      SessionSetupInput: session,
      UpdateSessionSetupInput: session,
      HostCapacityInput: { from: '2027-01-01', to: '2027-06-30', hoursPerWeek: 40 },
      MatchResponseInput: { candidateId, vacancyId, interested: false, reason: 'Past niet.' },
      CreateStaffAccountInput: {
        email: 'nieuw@test.werkbrug.nl',
        displayName: 'Nieuwe collega',
        role: 'HR_LEAD',
        employerId: owner.employer.id,
      },
      ActivateStaffAccountInput: {
        code: 'ABCD-EFGH-JKLM',
        email: 'nieuw@test.werkbrug.nl',
        password: 'a-long-enough-password',
      },
    };
    actors = [
      ['HR lead', owner.hr],
      ['mobility team', await f.actor(Role.MOBILITY_TEAM, { regionCode: REGION })],
      ['job seeker', await f.actor(Role.JOB_SEEKER, { candidateId })],
    ];
  }, 120_000);

  afterAll(() => t?.close());

  it('answers no request with a 5xx or an INTERNAL_SERVER_ERROR', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const ops = operations(schema);
    const gen = new Generator(SEED, ids, examples);
    const started = Date.now();
    const failures: string[] = [];
    const outcomes: Record<string, number> = {};
    let sent = 0;
    let reached = 0;
    outer: for (let round = 0; round < CASES_PER_OPERATION; round++) {
      for (const op of ops) {
        reached = Math.max(reached, round);
        for (const [role, actor] of actors) {
          if (Date.now() - started > BUDGET_MS) break outer;
          const values = argsFor(gen, op.field.args);
          for (const [mode, build] of [
            ['variables', withVariables],
            ['inline', inline],
          ] as const) {
            const [document, variables] = build({ ...op }, values);
            const res = await t.gql(document, variables, actor.token);
            sent += 1;
            const outcome = String(res.errors?.[0]?.extensions?.code ?? (res.errors ? 'ERROR' : 'OK'));
            outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
            const internal = (res.errors ?? []).some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
            if (res.status >= 500 || internal) {
              failures.push(
                `${op.field.name} as ${role} (${mode}, seed ${SEED}, round ${round}): status ${res.status}; args ${shorten(values)}`,
              );
            }
          }
        }
      }
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    // Coverage of the run, for the CI log.
    console.log(
      `fuzz: ${ops.length} operations, ${sent} requests, ${reached + 1} rounds, ${seconds} s, seed ${SEED}, ` +
        `answers ${JSON.stringify(outcomes)}`,
    );
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(ops.length * actors.length * 2);
  }, 180_000);

  it('answers no hostile parameter of the HTTP routes with a 5xx', async () => {
    const values = [
      'x',
      '%00',
      '%ED%A0%80',
      '%E0%A4%A',
      '%',
      '..%2F..%2Fetc',
      'a'.repeat(5_000),
      '2027-02-30',
      ids[1],
    ];
    const routes = [
      (v: string) => `/sessions/${v}/table-plan.html`,
      (v: string) => `/sessions/${ids[0]}/agenda.html?candidateId=${v}`,
      (v: string) => `/sessions/${v}/agenda.html?employerId=${v}&employerId=${v}`,
      (v: string) => `/reciprocity-ledger.csv?from=${v}&to=2027-03-01&period=${v}`,
      (v: string) => `/reciprocity-ledger.csv?from[a]=${v}&to=${v}`,
      (v: string) => `/calendar/${v}.ics`,
      (v: string) => `/calendar/${v}`,
    ];
    const failures: string[] = [];
    for (const route of routes) {
      for (const value of values) {
        for (const [role, actor] of actors.slice(0, 2)) {
          const path = route(value);
          const res = await request(t.app.getHttpServer())
            .get(path)
            .set('authorization', `Bearer ${actor.token}`);
          if (res.status >= 500) failures.push(`GET ${path.slice(0, 120)} as ${role}: status ${res.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
