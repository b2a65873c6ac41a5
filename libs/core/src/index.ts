export * from './errors';
export * from './viewer';
export * from './pagination';
export * from './domain-enums';
export * from './keyset-page';
export * from './csv';
export * from './request-context';
export * from './esco-taxonomy';
