import { type DomainError, ForbiddenError, NotFoundError } from '@werkbrug/core';

export const userNotFound = (): DomainError => new NotFoundError('User', 'Gebruiker');

/**
 * The one answer to a refused request about an account or whom it would belong to: NOT_FOUND, as a random id
 * would get, when the viewer may not know of it; FORBIDDEN when they may know of it but not do this.
 */
export function accountRefusal(
  seen: boolean,
  notFound: () => DomainError = userNotFound,
  forbidden: () => DomainError = () => new ForbiddenError(),
): DomainError {
  return seen ? forbidden() : notFound();
}

/** `seen` when the viewer may know of it and `allowed` says they may do this; else refused (accountRefusal). */
export function requireAccountAccess<T>(
  seen: T | null | undefined,
  allowed: (subject: T) => boolean,
  notFound: () => DomainError = userNotFound,
): T {
  if (seen === null || seen === undefined || !allowed(seen))
    throw accountRefusal(seen !== null && seen !== undefined, notFound);
  return seen;
}
