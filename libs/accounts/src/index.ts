export * from './accounts.module';
export * from './accounts.errors';
export * from './auth.service';
export * from './job-seeker-invitations.service';
export * from './users.service';
export * from './password-hasher';
export * from './user-account.entity';
