import { Kind, OperationTypeNode, parse } from 'graphql';
import type { MatrixApp } from './matrix.types';

export type RootType = 'Query' | 'Mutation';

export interface SchemaOperation {
  root: RootType;
  name: string;
  /** Top-level arguments of type ID, [ID] or their non-null forms. */
  idArguments: string[];
}

interface IntrospectedType {
  kind: string;
  name: string | null;
  ofType: IntrospectedType | null;
}

interface IntrospectedField {
  name: string;
  args: { name: string; type: IntrospectedType }[];
}

const TYPE_REF = `kind name ofType { kind name ofType { kind name ofType { kind name } } }`;
const FIELDS = `fields { name args { name type { ${TYPE_REF} } } }`;

function namedType(type: IntrospectedType): string | null {
  return type.ofType ? namedType(type.ofType) : type.name;
}

/** Every Query and Mutation field of the running schema, as a client sees it (introspection). */
export async function schemaOperations(t: MatrixApp, token: string): Promise<SchemaOperation[]> {
  const res = await t.gql(`{ __schema { queryType { ${FIELDS} } mutationType { ${FIELDS} } } }`, {}, token);
  if (res.errors) throw new Error(`Introspection failed: ${JSON.stringify(res.errors)}`);
  const schema = res.data!.__schema as Record<'queryType' | 'mutationType', { fields: IntrospectedField[] }>;
  const list = (root: RootType, fields: IntrospectedField[]) =>
    fields.map((field) => ({
      root,
      name: field.name,
      idArguments: field.args.filter((a) => namedType(a.type) === 'ID').map((a) => a.name),
    }));
  return [...list('Query', schema.queryType.fields), ...list('Mutation', schema.mutationType?.fields ?? [])];
}

/** The root fields a case's document selects, as `Query.name` / `Mutation.name`. */
export function operationsOf(document: string): string[] {
  return parse(document).definitions.flatMap((definition) => {
    if (definition.kind !== Kind.OPERATION_DEFINITION) return [];
    const root = definition.operation === OperationTypeNode.MUTATION ? 'Mutation' : 'Query';
    return definition.selectionSet.selections.flatMap((selection) =>
      selection.kind === Kind.FIELD && !selection.name.value.startsWith('__')
        ? [`${root}.${selection.name.value}`]
        : [],
    );
  });
}
