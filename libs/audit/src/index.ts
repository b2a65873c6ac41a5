export * from './audit-action';
export * from './audit-entry.entity';
export * from './record-audit';
export * from './audit-trail.service';
export * from './audit.module';
export * from './audit-erasure';
export * from './audit-retention';
