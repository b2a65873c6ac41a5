export * from './logger';
export * from './startup';
export * from './health.service';
