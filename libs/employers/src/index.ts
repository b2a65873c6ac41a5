export * from './employers.module';
export * from './employers.service';
export * from './employers.errors';
export * from './employer.entity';
export * from './employer-location.entity';
export * from './employer-directory.store';
