import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { DomainError, ErrorCode } from '@werkbrug/core';
import { serviceUnavailableError } from './service-unavailable';
import { GraphQLError, Kind, print, type ASTNode, type GraphQLFormattedError } from 'graphql';

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

/** graphql-js's message when a request has more than 50 invalid variable values (see variable-errors.plugin.ts). */
const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables';
const VALUE_KINDS = new Set<string>([
  Kind.STRING,
  Kind.INT,
  Kind.FLOAT,
  Kind.BOOLEAN,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
]);
const VARIABLE_VALUE = /^(Variable "\$\w+") got invalid value [\s\S]*$/;

/**
 * Messages must not repeat what was submitted (it may be personal data). Inline literals that do not fit their
 * type are quoted by graphql-js as their source text; variables are checked by variable-errors.plugin.ts, so one
 * reaching this point is a safety net and loses its details.
 */
function withoutSubmittedValues(message: string, error: unknown): string {
  const variable = VARIABLE_VALUE.exec(message);
  if (variable) return `${variable[1]} got an invalid value.`;
  const nodes: readonly ASTNode[] = error instanceof GraphQLError ? (error.nodes ?? []) : [];
  return nodes
    .filter((node) => VALUE_KINDS.has(node.kind))
    .reduce((text, node) => text.split(print(node)).join('an invalid value'), message);
}

/**
 * The one place where errors become GraphQL errors. Domain errors keep their stable code and bilingual message;
 * malformed requests keep Apollo's message; an unreachable database is SERVICE_UNAVAILABLE; everything else is logged and reported as an internal error with no
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
  if (formatted.message.startsWith(TOO_MANY_VARIABLE_ERRORS)) {
    return { ...base, message: 'Too many invalid variable values.', extensions: { code: 'BAD_USER_INPUT' } };
  }
  const unavailable = serviceUnavailableError(original);
  if (unavailable) {
    // Not a bug in the request or the code: the client may try again, and says so in words.
    return {
      ...base,
      message: unavailable.localised.en,
      extensions: { ...unavailable.details, code: unavailable.code, messageNl: unavailable.localised.nl },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && APOLLO_REQUEST_ERRORS.has(code)) {
    const { field, fields } = formatted.extensions ?? {};
    return {
      ...base,
      message: withoutSubmittedValues(formatted.message, error),
      extensions: code === 'BAD_USER_INPUT' && field !== undefined ? { code, field, fields } : { code },
    };
  }
  return {
    ...base,
    message: 'Internal server error.',
    extensions: { code: 'INTERNAL_SERVER_ERROR', messageNl: 'Er ging iets mis aan onze kant.' },
  };
}
