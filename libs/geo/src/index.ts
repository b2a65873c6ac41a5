export * from './geo.module';
export * from './geo.service';
export * from './geo.errors';
export * from './geo.entities';
export * from './csv';
export * from './distance';
export * from './geo-data';
