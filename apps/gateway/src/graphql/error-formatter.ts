import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { DomainError, ErrorCode } from '@werkbrug/core';
import type { GraphQLFormattedError } from 'graphql';

/** Codes produced by Apollo itself for malformed requests; their messages are safe and useful to clients. */
const APOLLO_REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * The one place where errors become GraphQL errors. Domain errors keep their stable code and bilingual message;
 * malformed requests keep Apollo's message; everything else is logged and reported as an internal error with no
 * details, so no SQL, stack trace or personal data ever reaches a client.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.localised.en,
      extensions: { ...original.details, code: original.code, messageNl: original.localised.nl },
    };
  }
  if (original instanceof HttpException && original.getStatus() === 401) {
    return {
      ...base,
      message: 'You need to log in.',
      extensions: { code: ErrorCode.UNAUTHENTICATED, messageNl: 'Je moet eerst inloggen.' },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && APOLLO_REQUEST_ERRORS.has(code)) {
    return { ...base, message: formatted.message, extensions: { code } };
  }
  return {
    ...base,
    message: 'Internal server error.',
    extensions: { code: 'INTERNAL_SERVER_ERROR', messageNl: 'Er ging iets mis aan onze kant.' },
  };
}
