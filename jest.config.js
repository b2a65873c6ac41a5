// Three projects: unit specs next to the code (pure, fast), service specs (test/*.service-spec.ts) and end-to-end specs
// (test/) against the real PostgreSQL and Redis. swc transpiles (with decorator metadata for Nest); `npm run typecheck` type-checks.
const fs = require('node:fs');
const swcConfig = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
const ESM_PACKAGES = [
  '@nestjs',
  '@apollo',
  '@as-integrations',
  'minisearch',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  'uint8array-extras',
  '@borewit',
  'load-esm',
];
const shared = {
  moduleFileExtensions: ['ts', 'js', 'json'],
  // NestJS 12, Apollo Server 5 and a few others ship ES modules only. Node 20 loads them from CommonJS
  // (require(esm)), but Jest's module system cannot yet, so they are transpiled to CommonJS for tests.
  transform: { '^.+\\.(ts|js|mjs)$': ['@swc/jest', { ...swcConfig, swcrc: false }] },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  moduleNameMapper: {
    '^@werkbrug/(gateway|worker)/(.*)$': '<rootDir>/apps/$1/src/$2',
    '^@werkbrug/([^/]+)(.*)$': '<rootDir>/libs/$1/src$2',
  },
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
};
module.exports = {
  // Per-project testTimeout is ignored by Jest; end-to-end hooks build a whole app (and its skill index), which
  // takes 10 s on an idle 2-core machine and over 35 s on a busy one: hooks and tests get a generous 2 minutes.
  testTimeout: 120000,
  // A test process keeps every module and transform it loaded, so the suite in one process outgrows Node's heap.
  // With a limit set, Jest runs the files in a worker (even on 2 cores) and starts a fresh one past 1 GB.
  workerIdleMemoryLimit: '1GB',
  // Two workers even on 2 cores: the end-to-end files mostly wait on PostgreSQL, Redis and the worker, and each
  // has its own region (or database), so two run side by side. Measured: the whole suite in 323 s instead of 789 s
  // with Jest's default of one worker on two cores.
  maxWorkers: 2,
  projects: [
    { ...shared, displayName: 'unit', rootDir: __dirname, testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
      setupFiles: ['reflect-metadata', '<rootDir>/test/setup/env.ts'],
    },
    {
      // Services and stores called directly (no GraphQL) against the real test database: scope rules and SQL.
      ...shared,
      displayName: 'service',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/**/*.service-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
      setupFiles: ['reflect-metadata', '<rootDir>/test/setup/env.ts'],
    },
  ],
};
