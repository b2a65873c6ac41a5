import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { introspectionDepthRule } from './introspection-depth.rule';

const schema = buildSchema('type Query { a: Int, b: B } type B { c: Int }');
const problems = (query: string, limit = 18) =>
  validate(schema, parse(query), [...specifiedRules, introspectionDepthRule(limit)]).map((e) => e.message);

describe('introspectionDepthRule', () => {
  it('lets the standard introspection query through at 18 and not below', () => {
    expect(problems(getIntrospectionQuery())).toEqual([]);
    expect(problems(getIntrospectionQuery(), 17)).toEqual([
      'Introspection depth limit of 17 exceeded, found 18.',
    ]);
  });

  it('counts only paths through __schema, fragments and inline fragments as levels', () => {
    expect(problems('{ b { c } }', 1)).toEqual([]);
    expect(problems('{ __schema { types { name } } }', 2)).toEqual([
      'Introspection depth limit of 2 exceeded, found 3.',
    ]);
    expect(
      problems('{ ...F } fragment F on Query { ... on Query { __schema { types { name } } } }', 4),
    ).toEqual(['Introspection depth limit of 4 exceeded, found 5.']);
  });

  it('measures a fragment spread many times once, and survives a cycle', () => {
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on __Type { ${i < 29 ? `...F${i + 1} `.repeat(10) : 'name'} }`,
    ).join('\n');
    const started = Date.now();
    expect(problems(`{ __schema { types { ...F0 } } }\n${fragments}`, 30)).toEqual([
      'Introspection depth limit of 30 exceeded, found 33.',
    ]);
    expect(Date.now() - started).toBeLessThan(1000);
    const cycle = problems('{ __schema { types { ...A } } } fragment A on __Type { ofType { ...A } }', 50);
    expect(cycle).toEqual(['Cannot spread fragment "A" within itself.']);
  });
});
