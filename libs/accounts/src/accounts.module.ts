import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@werkbrug/config';
import { EmployerEntity } from '@werkbrug/employers/employer.entity';
import { AuthService } from './auth.service';
import { JobSeekerInvitationEntity } from './job-seeker-invitation.entity';
import { JobSeekerInvitationsService } from './job-seeker-invitations.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';
import { UserAccountEntity } from './user-account.entity';
import { UsersService } from './users.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserAccountEntity, JobSeekerInvitationEntity, EmployerEntity]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.tokenSecret,
        signOptions: { expiresIn: config.TOKEN_TTL_SECONDS, algorithm: 'HS256', issuer: 'werkbrug' },
        verifyOptions: { algorithms: ['HS256'], issuer: 'werkbrug' },
      }),
    }),
  ],
  providers: [PasswordHasher, LoginRateLimiter, AuthService, JobSeekerInvitationsService, UsersService],
  exports: [AuthService, JobSeekerInvitationsService, UsersService, PasswordHasher],
})
export class AccountsModule {}
