import { getIntrospectionQuery } from 'graphql';
import { createTestApp, TestApp } from './support/test-app';

/** Depth and cost limits apply to introspection too; the standard introspection query of tools still works. */
describe('introspection limits (outside production, where introspection is on)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  const rejected = (res: Awaited<ReturnType<TestApp['gql']>>) => {
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    return res.errors![0].message;
  };
  /** `levels` ofType selections below a field's type, under __schema { types { fields { type … } } }. */
  const ofTypeChain = (levels: number) =>
    `{ __schema { types { fields { type { ${'ofType { '.repeat(levels)}name${' }'.repeat(levels)} } } } } }`;

  it('answers the standard introspection query of tools, with every option on', async () => {
    for (const query of [
      getIntrospectionQuery(),
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        oneOf: true,
      }),
    ]) {
      const res = await t.gql(query);
      expect(res.errors).toBeUndefined();
      expect(res.data?.__schema.types.map((type: { name: string }) => type.name)).toContain('Vacancy');
    }
  });

  it('refuses a deeply nested introspection query with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    expect(t.config.GRAPHQL_MAX_INTROSPECTION_DEPTH).toBe(20);
    // __schema, types, fields, type and the ofType levels: 20 levels pass, 21 do not.
    expect((await t.gql(ofTypeChain(15))).errors).toBeUndefined();
    expect(rejected(await t.gql(ofTypeChain(16)))).toBe(
      'Introspection depth limit of 20 exceeded, found 21.',
    );
    expect(rejected(await t.gql(ofTypeChain(200)))).toMatch(/^Introspection depth limit of 20 exceeded/);
  });

  it('leaves __type to the general depth limit', async () => {
    // __type, fields, type, the ofType levels and name.
    const query = (ofTypes: number) =>
      `{ __type(name: "Vacancy") { fields { type { ${'ofType { '.repeat(ofTypes)}name${' }'.repeat(ofTypes)} } } } }`;
    const fits = t.config.GRAPHQL_MAX_DEPTH - 4;
    expect((await t.gql(query(fits))).errors).toBeUndefined();
    expect(rejected(await t.gql(query(fits + 1)))).toMatch(/depth limit of 10 exceeded, found 11/);
  });

  it('counts introspection hidden in fragments', async () => {
    const query = `{ ...Root }
      fragment Root on Query { __schema { types { ...Deep } } }
      fragment Deep on __Type { fields { type { ${'ofType { '.repeat(20)}name${' }'.repeat(20)} } } }`;
    expect(rejected(await t.gql(query))).toMatch(/^Introspection depth limit of 20 exceeded/);
  });

  it('applies the cost limit to introspection: a small document that expands to a huge one is refused', async () => {
    // Each fragment spreads the next five times: 5^6 leaves from a few hundred bytes, all within the depth limit.
    const fragments = [1, 2, 3, 4, 5, 6]
      .map((i) => `fragment F${i} on __Type { ${i < 6 ? `...F${i + 1} `.repeat(5) : 'name kind'} }`)
      .join('\n');
    expect(rejected(await t.gql(`{ __schema { types { ...F1 } } }\n${fragments}`))).toBe(
      `Query is too expensive: it exceeds the limit of ${t.config.GRAPHQL_MAX_COST}.`,
    );
    // The same shape, smaller: the estimator counts it all, and it is over the limit.
    const leaf = 'kind name description specifiedByURL isOneOf ofType { name }';
    const smaller = [1, 2, 3, 4]
      .map((i) => `fragment G${i} on __Type { ${i < 4 ? `...G${i + 1} `.repeat(9) : leaf} }`)
      .join('\n');
    expect(rejected(await t.gql(`{ __schema { types { ...G1 } } }\n${smaller}`))).toMatch(
      /^Query is too expensive: cost \d+ exceeds the limit of 5000\.$/,
    );
  });
});
