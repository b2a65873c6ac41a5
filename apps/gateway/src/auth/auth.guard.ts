import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthService } from '@werkbrug/accounts';
import { NotAuthenticatedError, Viewer } from '@werkbrug/core';
import type { Request } from 'express';
import { IS_PUBLIC } from './public.decorator';

export type AuthenticatedRequest = Request & { viewerLookup?: Promise<Viewer>; viewer?: Viewer };

/** Global: every query, mutation and route needs a valid token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const req = requestOf(context);
    const token = bearerToken(req);
    if (!token) throw new NotAuthenticatedError();
    // Several root fields in one operation share one lookup.
    req.viewerLookup ??= this.auth.viewerForToken(token);
    req.viewer = await req.viewerLookup;
    return true;
  }
}

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

function bearerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}
