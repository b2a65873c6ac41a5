export * from './notification.entity';
export * from './notifications.service';
export * from './notifications.module';
export * from './notification-erasure.store';
export * from './notification-retention.store';
export { settleNotices } from './notification.store';
