import { Body, Controller, Delete, HttpCode, Post, Req, Res } from '@nestjs/common';
import { type AccessToken, AuthService, JobSeekerInvitationsService } from '@werkbrug/accounts';
import { AppConfig } from '@werkbrug/config';
import { Role } from '@werkbrug/core';
import type { Request, Response } from 'express';
import { ClaimJobSeekerAccountInput, LoginInput } from './dto/auth.input';
import { Public } from './public.decorator';
import { clearSessionCookie, presentedToken, setSessionCookie } from './session-cookie';
import { SessionRevocations } from './session-revocations';

export interface BrowserSession {
  expiresAt: Date;
  user: { id: string; displayName: string; role: Role };
}

/**
 * Logging in and out, and claiming a job seeker's account, from the web app. The same checks as the GraphQL
 * mutations (rate limits, disabled and not yet activated accounts, invitation codes), but the token goes into the
 * httpOnly cookie instead of the response.
 */
@Controller('auth')
export class BrowserSessionController {
  constructor(
    private readonly auth: AuthService,
    private readonly invitations: JobSeekerInvitationsService,
    private readonly revocations: SessionRevocations,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('session')
  @HttpCode(200)
  async logIn(
    @Body() input: LoginInput,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<BrowserSession> {
    const session = await this.auth.login(input.email, input.password, req.ip ?? 'unknown');
    return this.startSession(res, session);
  }

  /** The claimed account is logged in at once, so no token of the claim is ever in the page's reach. */
  @Public()
  @Post('claim')
  @HttpCode(200)
  async claim(
    @Body() input: ClaimJobSeekerAccountInput,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<BrowserSession> {
    const session = await this.invitations.claimFromClient(input, req.ip ?? 'unknown');
    return this.startSession(res, session);
  }

  /** Public: logging out with an expired session still clears the cookie. */
  @Public()
  @Delete('session')
  @HttpCode(204)
  async logOut(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const presented = presentedToken(req, this.config);
    const sessionId = presented?.source === 'cookie' ? await this.auth.sessionIdOf(presented.token) : null;
    if (sessionId) await this.revocations.revoke(sessionId);
    clearSessionCookie(res, this.config);
  }

  private startSession(res: Response, session: AccessToken): BrowserSession {
    setSessionCookie(res, this.config, session.accessToken, session.expiresAt);
    res.setHeader('Cache-Control', 'no-store');
    const { id, displayName, role } = session.user;
    return { expiresAt: session.expiresAt, user: { id, displayName, role } };
  }
}
