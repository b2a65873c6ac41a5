import type { CodegenConfig } from '@graphql-codegen/cli';

/** Operation types from the committed schema.graphql (`npm run codegen`); run from the repository root. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  // Not the specs: their documents stand in for the server and need not match its schema.
  documents: [
    'apps/web/src/**/*.{ts,tsx}',
    '!apps/web/src/graphql/generated/**',
    '!apps/web/src/**/*.spec.ts',
  ],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'string', LocalDate: 'string' },
      },
    },
  },
};

export default config;
