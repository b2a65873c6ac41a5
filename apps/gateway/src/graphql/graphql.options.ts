import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { AppConfig } from '@werkbrug/config';
import { formatGraphQLError } from './error-formatter';
import type { GraphQLContext } from './graphql-context';
import type { LoaderFactory } from './loaders';
import { queryCostPlugin } from './query-cost.plugin';

/**
 * Apollo Server setup: code-first schema in memory; Apollo Sandbox and introspection outside production only;
 * depth, alias and cost limits checked before execution; one error formatter.
 */
export function graphqlOptions(config: AppConfig, loaders: LoaderFactory): ApolloDriverConfig {
  return {
    autoSchemaFile: true,
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
      queryCostPlugin(config.GRAPHQL_MAX_COST),
    ],
    validationRules: [
      maxDepthRule({ n: config.GRAPHQL_MAX_DEPTH, ignoreIntrospection: true, exposeLimits: true }),
      maxAliasesRule({ n: 20, exposeLimits: true }),
    ],
    formatError: formatGraphQLError,
    context: ({ req, res }: Pick<GraphQLContext, 'req' | 'res'>): GraphQLContext => ({
      req,
      res,
      loaders: loaders.create(),
    }),
  };
}
