import type { Response } from 'express';
import type { AuthenticatedRequest } from '@werkbrug/gateway/auth/auth.guard';
import type { Loaders } from './loaders';

export interface GraphQLContext {
  req: AuthenticatedRequest;
  res: Response;
  loaders: Loaders;
}
