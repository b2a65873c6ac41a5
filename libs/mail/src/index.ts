export * from './mail-message.entity';
export * from './mail-outbox';
export * from './mail-transport';
export * from './mail-delivery.service';
export * from './mail.module';
export * from './mail-drop';
export * from './mail-erasure.store';
export * from './mail-retention.store';
