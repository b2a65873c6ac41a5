import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@werkbrug/config';
import { NotAuthenticatedError, Role, Viewer } from '@werkbrug/core';
import { Repository } from 'typeorm';
import { InvalidCredentialsError, SessionExpiredError } from './accounts.errors';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';
import { UserAccountEntity } from './user-account.entity';
import { enabledViewerRow, findLoginAccount, type ViewerRow } from './user-account.store';

export interface AccessToken {
  accessToken: string;
  expiresAt: Date;
  user: UserAccountEntity;
}

interface TokenClaims {
  sub: string;
  /**
   * A random id per login, so that logging out ends exactly that session (and every copy of its token); two
   * logins of one account within a second would otherwise get the very same token. Absent in tokens issued
   * before it existed.
   */
  sid?: string;
}

/** Who a token speaks for, and which login it came from. */
export interface TokenSession {
  readonly viewer: Viewer;
  readonly sessionId: string | null;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserAccountEntity) private readonly users: Repository<UserAccountEntity>,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly rateLimiter: LoginRateLimiter,
    private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string, clientAddress: string): Promise<AccessToken> {
    const user = await this.rateLimiter.attempt(
      email,
      clientAddress,
      async () => {
        const found = await findLoginAccount(this.users.manager, email.trim());
        const valid = await this.hasher.verify(found?.passwordHash, password);
        if (!found || !valid || found.disabledAt) throw new InvalidCredentialsError();
        return found;
      },
      (error) => error instanceof InvalidCredentialsError,
    );
    await this.users.update(user.id, { lastLoginAt: new Date() });
    return this.issueToken(user);
  }

  async issueToken(user: UserAccountEntity): Promise<AccessToken> {
    const claims: TokenClaims = { sub: user.id, sid: randomBytes(16).toString('base64url') };
    const accessToken = await this.jwt.signAsync(claims);
    return { accessToken, expiresAt: new Date(Date.now() + this.config.TOKEN_TTL_SECONDS * 1000), user };
  }

  /**
   * Turns a bearer token into a Viewer. The account is read on every request, so a disabled account or a
   * changed employer takes effect immediately rather than when the token expires.
   */
  async viewerForToken(token: string): Promise<Viewer> {
    return (await this.sessionForToken(token)).viewer;
  }

  /** The viewer and the login (session id) a token belongs to; NotAuthenticatedError when it is not valid. */
  async sessionForToken(token: string): Promise<TokenSession> {
    const claims = await this.verify(token);
    const row = await enabledViewerRow(this.users.manager, claims.sub);
    if (!row) throw new NotAuthenticatedError();
    return { viewer: toViewer(row), sessionId: claims.sid ?? null };
  }

  /** The session id of a token that is still valid, else null (logging out with an expired token). */
  async sessionIdOf(token: string): Promise<string | null> {
    try {
      return (await this.verify(token)).sid ?? null;
    } catch {
      return null;
    }
  }

  private async verify(token: string): Promise<TokenClaims> {
    try {
      return await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw new SessionExpiredError();
    }
  }
}

function toViewer(row: ViewerRow): Viewer {
  switch (row.role) {
    case Role.HR_LEAD:
      return {
        role: Role.HR_LEAD,
        userId: row.id,
        employerId: row.employer_id!,
        regionCode: row.employer_region!,
      };
    case Role.MOBILITY_TEAM:
      return { role: Role.MOBILITY_TEAM, userId: row.id, regionCode: row.region_code! };
    case Role.JOB_SEEKER:
      return {
        role: Role.JOB_SEEKER,
        userId: row.id,
        candidateId: row.candidate_id!,
        employerId: row.candidate_employer!,
        regionCode: row.candidate_region!,
      };
    case Role.ADMINISTRATOR:
      return { role: Role.ADMINISTRATOR, userId: row.id };
    case Role.COUNSELLOR:
      return { role: Role.COUNSELLOR, userId: row.id, regionCode: row.region_code!, caseload: row.caseload };
  }
}
