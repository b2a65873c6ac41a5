export * from './statistics.module';
export * from './region-statistics.service';
export * from './region-statistics.entity';
export * from './small-counts';
export * from './statistics.errors';
