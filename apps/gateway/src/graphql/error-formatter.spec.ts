import { ConflictError, ErrorCode, ForbiddenError } from '@werkbrug/core';
import { GraphQLError } from 'graphql';
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
