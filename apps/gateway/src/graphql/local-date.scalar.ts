import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function parse(value: unknown): string {
  if (typeof value === 'string' && LOCAL_DATE.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)) return value;
  }
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
