import { Fixtures } from './support/fixtures';
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
import { createTestApp, GraphQLResponse, TestApp } from './support/test-app';

/**
 * Free text of profiles and vacancies is shared between employers, so directly identifying data in it is refused
 * on create and update: the error names the field and the kind, never the value, and nothing is stored.
 */
const REGION = 'AM35';

/** [kind, the value, a sentence containing it, parts of the value that must not come back either]. */
const PERSONAL_DATA: [string, string, string, string[]][] = [
  [
    'EMAIL_ADDRESS',
    'p.jansen@voorbeeld.nl',
    'Vragen? Mail p.jansen@voorbeeld.nl gerust.',
    ['p.jansen', 'voorbeeld.nl'],
  ],
  ['PHONE_NUMBER', '06-12345678', 'Bereikbaar op 06-12345678 na vijven.', ['12345678']],
  ['BSN', '123456782', 'Dossier onder BSN 123456782 bij de arbodienst.', ['123456782']],
  [
    'POSTCODE_WITH_HOUSE_NUMBER',
    '5211 AB 12',
    'Woont op 5211 AB 12 vlak bij het station.',
    ['5211 AB', 'AB 12'],
  ],
  ['DATE_OF_BIRTH', '17-05-1980', 'Geboren op 17-05-1980 en al lang in de zorg.', ['17-05-1980', '1980']],
  ['IBAN', 'NL91 ABNA 0417 1643 00', 'Reiskosten naar NL91 ABNA 0417 1643 00 graag.', ['0417 1643', 'ABNA']],
  ['AGE', '56 jaar oud', 'Hij is 56 jaar oud en fit.', ['56 jaar']],
  ['STREET_ADDRESS', 'Kerkstraat 12', 'Woont op de Kerkstraat 12 in Oss.', ['Kerkstraat 12']],
  // The same data disguised: full-width "＠", zero-width spaces, a non-breaking hyphen, full-width digits.
  [
    'EMAIL_ADDRESS',
    'p.jansen＠voorbeeld.nl',
    'Mail p.jansen＠voorbeeld.nl gerust.',
    ['p.jansen', 'voorbeeld.nl'],
  ],
  ['PHONE_NUMBER', '06\u201112\u200B345678', 'Bel 06\u201112\u200B345678 na vijven.', ['345678']],
  ['BSN', '１２３４５６７８２', 'BSN １２３４５６７８２ bij de arbodienst.', ['１２３４５６７８２']],
];

/** Text that looks like a person's name: refused as confirmable until the user confirms it is not a name. */
const POSSIBLE_NAME = 'Ingewerkt door Sanne de Vries uit het magazijn.';
/** A hard finding: refused even when the user confirms a possible name. */
const PHONE_TEXT = 'Bereikbaar op 06-12345678 na vijven.';
const CONFIRMED = { confirmPossibleNames: true };

const ORDINARY_TEXTS = [
  '36 uur per week',
  'beschikbaar vanaf 01-03-2027',
  'regio 5211',
  'diensten 06.00-14.00 en 14.00-22.00',
  'salaris € 2.500 bruto, ISO 9001',
  '5 jaar ervaring, Kerkstraat',
  'Mark je uren; Albert Heijn',
];

type Input = Record<string, any>;

interface Target {
  entity: 'candidate' | 'vacancy';
  field: string;
  /** The input fields that put `text` in the target field; `full` is a complete create input. */
  patch: (text: string, full: Input) => Input;
  /** The stored value of the target field, from the API's answer to create. */
  stored: (created: Input) => string | null;
}

const TARGETS: Target[] = [
  {
    entity: 'candidate',
    field: 'sketchStrengths',
    patch: (text) => ({ sketchStrengths: text }),
    stored: (c) => c.sketchStrengths,
  },
  {
    entity: 'candidate',
    field: 'sketchAttentionPoints',
    patch: (text) => ({ sketchAttentionPoints: text }),
    stored: (c) => c.sketchAttentionPoints,
  },
  {
    entity: 'candidate',
    field: 'strengths.1.evidenceNote',
    patch: (text, full) => ({
      strengths: full.strengths.map((s: Input, i: number) => (i === 1 ? { ...s, evidenceNote: text } : s)),
    }),
    stored: (c) => c.strengths[1].evidenceNote,
  },
  {
    entity: 'vacancy',
    field: 'description',
    patch: (text) => ({ description: text }),
    stored: (v) => v.description,
  },
  { entity: 'vacancy', field: 'title', patch: (text) => ({ title: text }), stored: (v) => v.title },
];

const CANDIDATE_OUT = `id sketchStrengths sketchAttentionPoints strengths { skillId evidenceNote }`;
const VACANCY_OUT = `id title description`;
const MUTATIONS = {
  candidate: {
    create: `mutation($input: CreateCandidateInput!) { createCandidateProfile(input: $input) { ${CANDIDATE_OUT} } }`,
    update: `mutation($id: ID!, $input: UpdateCandidateInput!) { updateCandidateProfile(id: $id, input: $input) { ${CANDIDATE_OUT} } }`,
  },
  vacancy: {
    create: `mutation($input: CreateVacancyInput!) { createVacancy(input: $input) { ${VACANCY_OUT} } }`,
    update: `mutation($id: ID!, $input: UpdateVacancyInput!) { updateVacancy(id: $id, input: $input) { ${VACANCY_OUT} } }`,
  },
};

describe('privacy guard on free text', () => {
  let t: TestApp;
  let f: Fixtures;
  let owner: EmployerWithHrLead;
  const full = {} as Record<Target['entity'], Input>;
  const existing = {} as Record<Target['entity'], string>;

  // Building the app and its skill index is slow on a busy machine.
  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t);
    owner = await employerWithHrLead(f, REGION);
    full.candidate = await candidateInputIn(f, owner.pc4);
    full.vacancy = await vacancyInputIn(f, owner.pc4);
    existing.candidate = await createCandidate(t, owner.hr.token, full.candidate);
    existing.vacancy = await createVacancy(t, owner.hr.token, full.vacancy);
  }, 180_000);

  afterAll(() => t.close());

  /** Everything stored for the employer's profiles and vacancies, as one comparable text. */
  async function storedState(): Promise<string> {
    const [row] = await f.query(
      `SELECT
         (SELECT json_agg(json_build_object(
            'profile', c, 'identity', (SELECT row_to_json(i) FROM candidate_identity i WHERE i.candidate_id = c.id),
            'strengths', (SELECT json_agg(s ORDER BY s.skill_id) FROM candidate_strength s WHERE s.candidate_id = c.id)
          ) ORDER BY c.id) FROM candidate_profile c WHERE c.employer_id = $1) AS candidates,
         (SELECT json_agg(json_build_object(
            'vacancy', v,
            'skills', (SELECT json_agg(s ORDER BY s.skill_id) FROM vacancy_skill s WHERE s.vacancy_id = v.id)
          ) ORDER BY v.id) FROM vacancy v WHERE v.employer_id = $1) AS vacancies`,
      [owner.employer.id],
    );
    return JSON.stringify(row);
  }

  function send(
    target: Target,
    operation: 'create' | 'update',
    text: string,
    extra: Input = {},
    id = existing[target.entity],
  ): Promise<GraphQLResponse> {
    const patch = { ...target.patch(text, full[target.entity]), ...extra };
    return operation === 'create'
      ? t.gql(
          MUTATIONS[target.entity].create,
          { input: { ...full[target.entity], ...patch } },
          owner.hr.token,
        )
      : t.gql(MUTATIONS[target.entity].update, { id, input: patch }, owner.hr.token);
  }

  const created = (entity: Target['entity'], data: Input): Input =>
    entity === 'candidate' ? data.createCandidateProfile : data.createVacancy;

  const refusals = TARGETS.flatMap((target) =>
    (['create', 'update'] as const).flatMap((operation) =>
      PERSONAL_DATA.map(
        ([kind, value, sentence, parts]) =>
          [operation, target.field, kind, target, value, sentence, parts] as const,
      ),
    ),
  );

  it.each(refusals)(
    '%s refuses %s with %s, without echoing the value or storing anything',
    async (operation, field, kind, target, value, sentence, parts) => {
      const before = await storedState();
      expect(before).not.toContain(value);

      const res = await send(target, operation, sentence);
      const error = expectError(res, 'BAD_USER_INPUT', { field, personalDataKind: kind });
      expect(res.data ?? null).toBeNull();
      expect(error.message).toContain(`"${field}"`);
      const body = JSON.stringify(res);
      for (const trace of [value, ...parts]) expect(body).not.toContain(trace);

      expect(await storedState()).toBe(before);
    },
  );

  it.each(TARGETS.map((target) => [target.field, target] as const))(
    'asks to confirm a likely name in %s, without echoing it or storing anything',
    async (field, target) => {
      const before = await storedState();
      const res = await send(target, 'create', POSSIBLE_NAME);
      expectError(res, 'BAD_USER_INPUT', { field, personalDataKind: 'PERSONAL_NAME', confirmable: true });
      expect(JSON.stringify(res)).not.toMatch(/Sanne|Vries/);
      expect(await storedState()).toBe(before);
    },
  );

  it('refuses health information in a profile sketch, naming the field and the reason, storing nothing', async () => {
    const target = TARGETS.find((t) => t.field === 'sketchAttentionPoints')!;
    const before = await storedState();
    const res = await send(target, 'create', 'Heeft een hernia en slikt antidepressiva');
    const error = expectError(res, 'BAD_USER_INPUT', {
      field: 'sketchAttentionPoints',
      personalDataKind: 'HEALTH_INFORMATION',
      healthReason: 'CONDITION',
    });
    expect(error.message).toContain('"sketchAttentionPoints"');
    expect(JSON.stringify(res)).not.toMatch(/hernia|antidepressiva/i);
    expect(await storedState()).toBe(before);
  });

  it.each(TARGETS.map((target) => [target.entity, target.field, target] as const))(
    'lets ordinary job text through in %s %s, on create and update',
    async (entity, _field, target) => {
      for (const text of ORDINARY_TEXTS) {
        const created = expectData(await send(target, 'create', text));
        const node = entity === 'candidate' ? created.createCandidateProfile : created.createVacancy;
        expect(target.stored(node)).toBe(text);
      }
      const combined = ORDINARY_TEXTS.join('; ');
      const updated = expectData(await send(target, 'update', combined));
      const node = entity === 'candidate' ? updated.updateCandidateProfile : updated.updateVacancy;
      expect(target.stored(node)).toBe(combined);
    },
  );

  describe('confirming a possible name', () => {
    const CONFIRM_TARGETS = TARGETS.filter((x) => x.field === 'sketchStrengths' || x.field === 'description');

    it.each(CONFIRM_TARGETS.map((target) => [target.entity, target.field, target] as const))(
      'create %s: a likely name in %s is refused as confirmable, accepted once confirmed; a phone number never',
      async (entity, field, target) => {
        const before = await storedState();
        const asked = await send(target, 'create', POSSIBLE_NAME);
        expectError(asked, 'BAD_USER_INPUT', { field, personalDataKind: 'PERSONAL_NAME', confirmable: true });
        const refused = await send(target, 'create', PHONE_TEXT, CONFIRMED);
        const error = expectError(refused, 'BAD_USER_INPUT', { field, personalDataKind: 'PHONE_NUMBER' });
        expect(error.extensions).not.toHaveProperty('confirmable');
        expect(JSON.stringify(refused)).not.toContain('12345678');
        expect(await storedState()).toBe(before);

        const node = created(entity, expectData(await send(target, 'create', POSSIBLE_NAME, CONFIRMED)));
        expect(target.stored(node)).toBe(POSSIBLE_NAME);
      },
    );

    it.each(CONFIRM_TARGETS.map((target) => [target.entity, target.field, target] as const))(
      'update %s: a confirmed name does not block later changes, but new text with a name asks again',
      async (entity, _field, target) => {
        const id = created(entity, expectData(await send(target, 'create', POSSIBLE_NAME, CONFIRMED))).id;
        const hours = { hoursMin: 8, hoursMax: 24 };
        expectData(await t.gql(MUTATIONS[entity].update, { id, input: hours }, owner.hr.token));
        const other = 'Werkt samen met Jeroen Bakker aan de planning.';
        expectError(await send(target, 'update', other, {}, id), 'BAD_USER_INPUT', {
          personalDataKind: 'PERSONAL_NAME',
          confirmable: true,
        });
        expectError(await send(target, 'update', PHONE_TEXT, CONFIRMED, id), 'BAD_USER_INPUT', {
          personalDataKind: 'PHONE_NUMBER',
        });
        const node = expectData(await send(target, 'update', other, CONFIRMED, id));
        expect(target.stored(entity === 'candidate' ? node.updateCandidateProfile : node.updateVacancy)).toBe(
          other,
        );
      },
    );

    it('declining a placement: a likely name in the reason is refused as confirmable, accepted once confirmed; a phone number never', async () => {
      const host = await employerWithHrLead(f, REGION);
      const proposed = expectData(
        await t.gql(
          `mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { id status } }`,
          {
            input: {
              candidateId: existing.candidate,
              hostEmployerId: host.employer.id,
              kind: 'SECONDMENT',
              purpose: 'GAIN_EXPERIENCE',
              contractHoursPerWeek: 32,
              ownWorkHoursPerWeek: 8,
              salaryPaidBy: 'LENDING_EMPLOYER',
              travelCostsReimbursed: false,
              travelCostsPaidBy: 'NOBODY',
              returnOption: true,
              lendingContact: 'HR-afdeling',
              hostContact: 'Teamleider logistiek',
            },
          },
          owner.hr.token,
        ),
      ).proposePlacement;
      const DECLINE = `mutation($id: ID!, $reason: String!, $confirm: Boolean) {
        declinePlacement(id: $id, reason: $reason, confirmPossibleNames: $confirm) { id status } }`;
      const HISTORY = `query($id: ID!) { placementHistory(id: $id) { event note } }`;
      const decline = (reason: string, confirm?: boolean) =>
        t.gql(DECLINE, { id: proposed.id, reason, confirm }, host.hr.token);
      const history = async () => expectData(await t.gql(HISTORY, { id: proposed.id }, owner.hr.token));
      const before = await history();

      expectError(await decline(POSSIBLE_NAME), 'BAD_USER_INPUT', {
        field: 'reason',
        personalDataKind: 'PERSONAL_NAME',
        confirmable: true,
      });
      expectError(await decline(POSSIBLE_NAME, false), 'BAD_USER_INPUT', { confirmable: true });
      const refused = await decline(PHONE_TEXT, true);
      expectError(refused, 'BAD_USER_INPUT', { field: 'reason', personalDataKind: 'PHONE_NUMBER' });
      expect(JSON.stringify(refused)).not.toContain('12345678');
      expect(await history()).toEqual(before);

      const declined = expectData(await decline(POSSIBLE_NAME, true)).declinePlacement;
      expect(declined.status).not.toBe(proposed.status);
      const notes = (await history()).placementHistory.map((e: Input) => e.note);
      expect(notes).toContain(POSSIBLE_NAME);
    });
  });
});
