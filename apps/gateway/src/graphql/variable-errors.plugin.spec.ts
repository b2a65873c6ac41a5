import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { variableProblems } from './variable-errors.plugin';

const schema = buildSchema(`
  enum Kind { JOB TRIAL }
  input Change { hours: Int, kind: Kind, note: String!, tags: [String!] }
  type Query { ok(ids: [ID!]!, change: Change, n: Int!): Int }
`);

function problems(variables: Record<string, unknown>) {
  const operation = parse(
    `query($ids: [ID!]!, $change: Change, $n: Int!) { ok(ids: $ids, change: $change, n: $n) }`,
  ).definitions[0] as OperationDefinitionNode;
  return variableProblems(schema, operation.variableDefinitions ?? [], variables);
}

describe('variableProblems', () => {
  it('finds nothing wrong with values that fit', () => {
    expect(problems({ ids: ['a'], change: { hours: 3, kind: 'JOB', note: 'x' }, n: 1 })).toEqual([]);
  });

  it('names every field with a problem and never repeats the value', () => {
    const found = problems({
      ids: ['a'],
      change: { hours: 'geheim-123', kind: 'geheim-456', note: null },
      n: 'x',
    });
    expect(found.map((p) => p.field)).toEqual(['change.hours', 'change.kind', 'change.note', 'n']);
    expect(found[0].problems[0]).toContain('at "change.hours"');
    expect(JSON.stringify(found)).not.toMatch(/geheim/);
  });

  it('reports a missing required variable', () => {
    expect(problems({ ids: [] })).toEqual([
      { field: 'n', problems: ['Variable "$n" of required type "Int!" was not provided.'] },
    ]);
  });

  it('stops at 20 problems where graphql-js would fail after 50', () => {
    expect(problems({ ids: Array.from({ length: 500 }, () => true), n: 1 })).toHaveLength(20);
  });
});
