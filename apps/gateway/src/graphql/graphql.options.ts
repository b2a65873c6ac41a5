import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { AppConfig } from '@werkbrug/config';
import type { GraphQLError, ValidationContext } from 'graphql';
import { DATE_TIME_SCALARS } from './date-time.scalar';
import { formatGraphQLError } from './error-formatter';
import { errorLoggingPlugin } from './error-logging.plugin';
import type { GraphQLContext } from './graphql-context';
import { introspectionDepthRule } from './introspection-depth.rule';
import type { LoaderFactory } from './loaders';
import { queryCostPlugin } from './query-cost.plugin';
import { variableErrorsPlugin } from './variable-errors.plugin';

/**
 * graphql-armor rules throw by default, which graphql-js rethrows out of validate() and Apollo answers with a 500
 * INTERNAL_SERVER_ERROR; reported on the context they are ordinary validation errors (400, GRAPHQL_VALIDATION_FAILED).
 */
const reportAsValidationError = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

/** No answer is stored by a browser or a proxy: each is private to its viewer and may name people. */
const noStorePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

/**
 * Apollo Server setup: code-first schema in memory; Apollo Sandbox and introspection outside production only;
 * depth, alias and cost limits checked before execution; one error formatter.
 */
export function graphqlOptions(config: AppConfig, loaders: LoaderFactory): ApolloDriverConfig {
  return {
    autoSchemaFile: true,
    // Instants go out in the region's clock time with their offset (see DateTimeScalar).
    buildSchemaOptions: { scalarsMap: DATE_TIME_SCALARS },
    sortSchema: true,
    path: '/graphql',
    graphiql: false,
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    plugins: [
      ...(config.isProduction
        ? []
        : [ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })]),
      // Werkbrug sets no cache hints (every answer is private to its viewer), and Apollo's default cache-control
      // plugin wraps every field's resolver to compute them: a tenth of executing a page of matches. Its one
      // visible effect, `Cache-Control: no-store` on every answer, is kept by noStorePlugin.
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin,
      variableErrorsPlugin(),
      queryCostPlugin(config.GRAPHQL_MAX_COST),
      errorLoggingPlugin(),
    ],
    validationRules: [
      // Everything but `__schema`, which has its own limit: the standard introspection query is deeper.
      maxDepthRule({ n: config.GRAPHQL_MAX_DEPTH, ignoreIntrospection: true, ...reportAsValidationError }),
      introspectionDepthRule(config.GRAPHQL_MAX_INTROSPECTION_DEPTH),
      maxAliasesRule({ n: 20, ...reportAsValidationError }),
    ],
    formatError: formatGraphQLError,
    context: ({ req, res }: Pick<GraphQLContext, 'req' | 'res'>): GraphQLContext => ({
      req,
      res,
      loaders: loaders.create(),
    }),
  };
}
