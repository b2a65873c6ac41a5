import { Body, Controller, Delete, HttpCode, Post, Req, Res } from '@nestjs/common';
import { AuthService } from '@werkbrug/accounts';
import { AppConfig } from '@werkbrug/config';
import { Role } from '@werkbrug/core';
import type { Request, Response } from 'express';
import { LoginInput } from './dto/auth.input';
import { Public } from './public.decorator';
import { clearSessionCookie, presentedToken, setSessionCookie } from './session-cookie';
import { SessionRevocations } from './session-revocations';

export interface BrowserSession {
  expiresAt: Date;
  user: { id: string; displayName: string; role: Role };
}

/**
 * Logging in and out from the web app. The same login as the GraphQL mutation (rate limits, disabled and
 * not yet activated accounts), but the token goes into the httpOnly cookie instead of the response.
 */
@Controller('auth/session')
export class BrowserSessionController {
  constructor(
    private readonly auth: AuthService,
    private readonly revocations: SessionRevocations,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Post()
  @HttpCode(200)
  async logIn(
    @Body() input: LoginInput,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<BrowserSession> {
    const session = await this.auth.login(input.email, input.password, req.ip ?? 'unknown');
    setSessionCookie(res, this.config, session.accessToken, session.expiresAt);
    res.setHeader('Cache-Control', 'no-store');
    const { id, displayName, role } = session.user;
    return { expiresAt: session.expiresAt, user: { id, displayName, role } };
  }

  /** Public: logging out with an expired session still clears the cookie. */
  @Public()
  @Delete()
  @HttpCode(204)
  async logOut(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const presented = presentedToken(req, this.config);
    const sessionId = presented?.source === 'cookie' ? await this.auth.sessionIdOf(presented.token) : null;
    if (sessionId) await this.revocations.revoke(sessionId);
    clearSessionCookie(res, this.config);
  }
}
