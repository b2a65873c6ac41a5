import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from '@werkbrug/core';
import type { GraphQLContext } from './graphql-context';

/**
 * Logs unexpected resolver errors with the request id (pino-http's per-request logger), so an
 * "Internal server error" a user reports can be found. Expected outcomes (domain errors, invalid requests) are
 * not errors of ours and are not logged. Only the error's name, message and stack are logged: never variables.
 */
export function errorLoggingPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (original instanceof DomainError || !error.path) continue;
            const err = original instanceof Error ? original : new Error(String(original));
            contextValue.req.log.error(
              {
                err: { name: err.name, message: err.message, stack: err.stack },
                operationName,
                path: error.path,
              },
              'GraphQL resolver failed',
            );
          }
        },
      };
    },
  };
}
