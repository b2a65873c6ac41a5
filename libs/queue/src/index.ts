export * from './queue.contract';
export * from './queue.module';
export * from './outbox.service';
export * from './outbox.relay';
export * from './redis-connection';
export * from './outbox-erasure';
export * from './job-handlers';
export * from './outbox-retention';
