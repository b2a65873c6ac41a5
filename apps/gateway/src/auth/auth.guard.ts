import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthService } from '@werkbrug/accounts';
import { AppConfig } from '@werkbrug/config';
import { NotAuthenticatedError, Viewer } from '@werkbrug/core';
import type { Request, Response } from 'express';
import { IS_PUBLIC } from './public.decorator';
import { clearSessionCookie, PresentedToken, presentedToken } from './session-cookie';
import { SessionRevocations } from './session-revocations';

export type AuthenticatedRequest = Request & { viewerLookup?: Promise<Viewer>; viewer?: Viewer };

const SESSION_ENDED = {
  en: 'Your session is invalid or has expired. Please log in again.',
  nl: 'Je sessie is ongeldig of verlopen. Log opnieuw in.',
};

/**
 * Global: every query, mutation and route needs a valid token — a bearer header or the browser's session
 * cookie — unless marked @Public().
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly revocations: SessionRevocations,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const req = requestOf(context);
    const presented = presentedToken(req, this.config);
    if (!presented) throw new NotAuthenticatedError();
    // Several root fields in one operation share one lookup.
    req.viewerLookup ??= this.viewerFor(presented);
    try {
      req.viewer = await req.viewerLookup;
    } catch (error) {
      // A cookie that no longer works is removed, so the browser stops sending it.
      if (presented.source === 'cookie' && error instanceof NotAuthenticatedError)
        clearSessionCookie(responseOf(context), this.config);
      throw error;
    }
    return true;
  }

  /** A logged-out session stays ended whichever way its token comes back (a copied cookie, or as a bearer). */
  private async viewerFor(presented: PresentedToken): Promise<Viewer> {
    const { viewer, sessionId } = await this.auth.sessionForToken(presented.token);
    if (sessionId && (await this.revocations.isRevoked(sessionId)))
      throw new NotAuthenticatedError(SESSION_ENDED);
    return viewer;
  }
}

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

function responseOf(context: ExecutionContext): Response {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ res: Response }>().res;
  }
  return context.switchToHttp().getResponse<Response>();
}
