import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { NotAuthenticatedError, Viewer } from '@werkbrug/core';
import { requestOf } from './auth.guard';

/** The authenticated viewer, resolved by the AuthGuard. */
export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext): Viewer => {
  const viewer = requestOf(context).viewer;
  if (!viewer) throw new NotAuthenticatedError();
  return viewer;
});
