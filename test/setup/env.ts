// Per-worker defaults; the database and key prefix of this run are set by global-setup.
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL ??= 'silent';
process.env.MIGRATIONS_RUN_ON_START = 'false';
