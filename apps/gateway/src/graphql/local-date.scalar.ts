import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

// Year 0000 exists in JavaScript's calendar but not in PostgreSQL's, which would fail the write as an internal error.
const LOCAL_DATE = /^(?!0000)\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A real calendar date written as YYYY-MM-DD (no 2027-02-30, no year 0000). */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string' || !LOCAL_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function parse(value: unknown): string {
  if (isLocalDate(value)) return value;
  throw new GraphQLError('LocalDate must be a calendar date written as YYYY-MM-DD.', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** A calendar date without time or zone ("2027-03-01"): contract end dates are days, not instants. */
export const LocalDate = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date, YYYY-MM-DD',
  parseValue: parse,
  serialize: (value) => (typeof value === 'string' ? value : (value as Date).toISOString().slice(0, 10)),
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
