import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@werkbrug/config';
import { NotificationsModule } from '@werkbrug/notifications';
import { AccountEventEntity } from './account-event.entity';
import { AuthService } from './auth.service';
import { JobSeekerInvitationEntity } from './job-seeker-invitation.entity';
import { JobSeekerInvitationsService } from './job-seeker-invitations.service';
import { InvitationClaimRateLimiter, LoginRateLimiter } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';
import { StaffAccountsService } from './staff-accounts.service';
import { UserAccountEntity } from './user-account.entity';
import { UsersService } from './users.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserAccountEntity, JobSeekerInvitationEntity, AccountEventEntity]),
    NotificationsModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // A key object made once: given a string, jsonwebtoken first tries to parse it as a public key on every
        // verification, and that failed attempt (an exception) was 4 % of the gateway's time under read load.
        secret: createSecretKey(Buffer.from(config.tokenSecret, 'utf8')),
        signOptions: { expiresIn: config.TOKEN_TTL_SECONDS, algorithm: 'HS256', issuer: 'werkbrug' },
        verifyOptions: { algorithms: ['HS256'], issuer: 'werkbrug' },
      }),
    }),
  ],
  providers: [
    PasswordHasher,
    LoginRateLimiter,
    InvitationClaimRateLimiter,
    AuthService,
    JobSeekerInvitationsService,
    UsersService,
    StaffAccountsService,
  ],
  exports: [AuthService, JobSeekerInvitationsService, UsersService, StaffAccountsService, PasswordHasher],
})
export class AccountsModule {}
