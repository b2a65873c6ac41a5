export * from './audit-action';
export * from './audit-entry.entity';
export * from './audit-entry.store';
export * from './audit-trail.service';
export * from './audit.module';
export * from './audit-erasure.store';
export * from './audit-retention.store';
