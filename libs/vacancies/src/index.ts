export * from './vacancies.module';
export * from './vacancies.service';
export * from './vacancies.errors';
export * from './vacancy-access';
export * from './vacancy.enums';
export * from './vacancy.inputs';
export * from './vacancy.entity';
export * from './vacancy-records.store';
