import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'data/**',
      'test-results/**',
      'apps/web/src/graphql/generated/**',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/unbound-method': 'off',
      // Nest lifecycle hooks and Apollo plugin hooks are async by contract even when a body has nothing to await.
      '@typescript-eslint/require-await': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*'],
              message: 'Import across folders through @werkbrug/* aliases.',
            },
          ],
        },
      ],
    },
  },
  {
    // The layers (see README "Architecture"): libs never reach up into the apps.
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*'], message: 'Import across folders through @werkbrug/* aliases.' },
            {
              group: ['@werkbrug/gateway/*', '@werkbrug/worker/*'],
              message: 'Libs are used by the apps, never the other way round.',
            },
          ],
        },
      ],
    },
  },
  {
    // The pure cores (scoring, scheduling, the privacy guard) do no I/O and know no other feature lib, so they
    // can be tested and benchmarked alone: @werkbrug/core and their own files only.
    files: [
      'libs/matching-core/src/**/*.ts',
      'libs/scheduling-core/src/**/*.ts',
      'libs/privacy-guard/src/**/*.ts',
    ],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*'], message: 'Import across folders through @werkbrug/* aliases.' },
            {
              group: [
                '@werkbrug/*',
                '!@werkbrug/core',
                '!@werkbrug/core/*',
                '!@werkbrug/matching-core',
                '!@werkbrug/matching-core/*',
                '!@werkbrug/scheduling-core',
                '!@werkbrug/scheduling-core/*',
                '!@werkbrug/privacy-guard',
                '!@werkbrug/privacy-guard/*',
              ],
              message: 'A pure core imports only @werkbrug/core (move the type or enum there).',
            },
            {
              group: [
                'typeorm',
                'pg',
                'ioredis',
                'bullmq',
                '@nestjs/*',
                'express',
                'nodemailer',
                'fs',
                'node:fs',
                'node:net',
                'node:http',
                'node:child_process',
              ],
              message: 'A pure core does no I/O: take the data as arguments.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests, and the demo walkthrough that drives the API the way they do, read untyped GraphQL JSON.
    files: [
      '**/*.spec.ts',
      '**/*.e2e-spec.ts',
      'test/**/*.ts',
      'libs/testing/**/*.ts',
      'scripts/demo-session.ts',
      'scripts/demo-placement.ts',
      'scripts/demo-trajectory.ts',
      'scripts/demo/demo-api.ts',
    ],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
