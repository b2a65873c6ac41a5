export * from './database.module';
export * from './data-source.options';
export * from './migrate';
export * from './reference-data.loader';
export * from './database-connectivity';
export * from './query-counter';
