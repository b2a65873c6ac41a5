import { ConflictError, ErrorCode, ForbiddenError } from '@werkbrug/core';
import { GraphQLError, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { formatGraphQLError } from './error-formatter';

const wrapped = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['x'] });

describe('formatGraphQLError', () => {
  it('keeps the stable code and both languages of domain errors', () => {
    const result = formatGraphQLError(
      { message: 'x' },
      wrapped(new ConflictError({ en: 'Taken.', nl: 'Bezet.' }, { field: 'name' })),
    );
    expect(result).toEqual({
      message: 'Taken.',
      path: undefined,
      locations: undefined,
      extensions: { code: ErrorCode.CONFLICT, messageNl: 'Bezet.', field: 'name' },
    });
    expect(formatGraphQLError({ message: 'x' }, wrapped(new ForbiddenError())).extensions?.code).toBe(
      ErrorCode.FORBIDDEN,
    );
  });

  it('hides everything about unexpected errors', () => {
    const leak = new Error(
      'duplicate key value violates unique constraint "user_account_email_key" (secret@example.nl)',
    );
    const result = formatGraphQLError(
      { message: leak.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['...'] } },
      wrapped(leak),
    );
    expect(result.message).toBe('Internal server error.');
    expect(JSON.stringify(result)).not.toContain('secret@example.nl');
    expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', messageNl: expect.any(String) });
  });

  it('answers an unreachable database as SERVICE_UNAVAILABLE, to try again, not as an internal error', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const shuttingDown = Object.assign(new Error('query failed'), {
      driverError: Object.assign(new Error('terminating connection due to administrator command'), {
        code: '57P01',
      }),
    });
    const terminated = new Error('Connection terminated unexpectedly');
    for (const cause of [refused, shuttingDown, terminated]) {
      const result = formatGraphQLError({ message: cause.message }, wrapped(cause));
      expect(result.extensions).toEqual({
        code: ErrorCode.SERVICE_UNAVAILABLE,
        retryAfterSeconds: 30,
        reason: 'DATABASE_UNAVAILABLE',
        messageNl: expect.stringContaining('database'),
      });
      expect(result.message).not.toContain('5432');
    }
    // A wrong query is still a bug, not an outage.
    const wrong = Object.assign(new Error('syntax error at or near "SELEC"'), { code: '42601' });
    expect(formatGraphQLError({ message: wrong.message }, wrapped(wrong)).extensions?.code).toBe(
      'INTERNAL_SERVER_ERROR',
    );
  });

  it('answers a pool whose connections all stayed busy as OVERLOADED, to try again in seconds, not as an outage', () => {
    const waited = Object.assign(new Error('query failed'), {
      driverError: new Error('timeout exceeded when trying to connect'),
    });
    const result = formatGraphQLError({ message: waited.message }, wrapped(waited));
    expect(result.extensions).toEqual({
      code: ErrorCode.SERVICE_UNAVAILABLE,
      retryAfterSeconds: 2,
      reason: 'OVERLOADED',
      messageNl: expect.stringContaining('druk'),
    });
  });

  it('passes GraphQL validation errors through with their code', () => {
    const error = new GraphQLError('Cannot query field "nope" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(
      formatGraphQLError(
        { message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
        error,
      ),
    ).toMatchObject({
      message: error.message,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});

describe('formatGraphQLError with input that does not fit', () => {
  it('does not repeat an inline literal that does not fit its type', () => {
    const document = parse(`{ x(n: "geheim-123") }`);
    const field = document.definitions[0] as OperationDefinitionNode;
    const argument = (field.selectionSet.selections[0] as FieldNode).arguments![0];
    const error = new GraphQLError('Int cannot represent non-integer value: "geheim-123"', {
      nodes: [argument.value],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const result = formatGraphQLError({ message: error.message, extensions: error.extensions }, error);
    expect(result.message).toBe('Int cannot represent non-integer value: an invalid value');
  });

  it('answers graphql-js giving up on variables as BAD_USER_INPUT', () => {
    const message = 'Too many errors processing variables, error limit reached. Execution aborted.';
    expect(formatGraphQLError({ message }, new GraphQLError(message)).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('keeps the field of BAD_USER_INPUT and drops the value of a variable', () => {
    const message = 'Variable "$input" got invalid value "geheim"; Expected type "Int".';
    const result = formatGraphQLError(
      { message, extensions: { code: 'BAD_USER_INPUT' } },
      new GraphQLError(message),
    );
    expect(result).toMatchObject({
      message: 'Variable "$input" got an invalid value.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const listed = formatGraphQLError(
      { message: 'x', extensions: { code: 'BAD_USER_INPUT', field: 'n', fields: [], http: { status: 400 } } },
      new GraphQLError('x'),
    );
    expect(listed.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'n', fields: [] });
  });
});
