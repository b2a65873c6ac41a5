import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** The committed `schema.graphql` at the repository root: the web app's operation types are generated from it. */
export const SCHEMA_FILE = 'schema.graphql';

const HEADER =
  "# The gateway's GraphQL schema, printed from its code-first models by `npm run schema:print`.\n" +
  '# Do not edit: a test fails when it differs from what the gateway serves.\n\n';

export function schemaSdl(schema: GraphQLSchema): string {
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
