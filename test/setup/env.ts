// Per-worker defaults; the database and key prefix of this run are set by global-setup.
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL ??= 'silent';
process.env.MIGRATIONS_RUN_ON_START = 'false';
// Most specs never search skills: the first search builds the index (7 s of CPU saved per spec file).
process.env.SKILL_INDEX_AT_START ??= 'false';
