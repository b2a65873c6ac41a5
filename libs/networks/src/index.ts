export * from './networks.module';
export * from './networks.service';
export * from './networks.errors';
export * from './network.entities';
export * from './network-rules';
export * from './network-review';
