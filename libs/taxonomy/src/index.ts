export * from './esco-data';
export * from './skill-search-index';
export * from './skill-suggestions';
export * from './skills.service';
export * from './taxonomy.entities';
export * from './taxonomy.module';
export * from './taxonomy.errors';
