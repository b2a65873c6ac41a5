import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * Rejects operations whose estimated cost exceeds the limit before anything executes. List fields declare
 * `complexity` in their @Field/@Query options (cost × page size), everything else costs 1.
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          // Variables that do not fit their types fail execution before any resolver runs, answered as
          // BAD_USER_INPUT with status 400. getComplexity() would throw the same error from this hook, which
          // Apollo answers as a 500 INTERNAL_SERVER_ERROR.
          const variables = request.variables ?? {};
          if (getVariableValues(schema, operation?.variableDefinitions ?? [], variables).errors) return;
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables,
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // The estimator stops at its node limit: fragments that expand that far are too expensive anyway.
            if (!(error instanceof GraphQLError)) throw error;
            throw new GraphQLError(`Query is too expensive: it exceeds the limit of ${maxCost}.`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', maxCost, http: { status: 400 } },
            });
          }
          if (cost > maxCost) {
            throw new GraphQLError(`Query is too expensive: cost ${cost} exceeds the limit of ${maxCost}.`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
