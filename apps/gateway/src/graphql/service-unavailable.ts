import { DatabaseUnavailableError, type DomainError, OverloadedError } from '@werkbrug/core';
import { databaseTrouble } from '@werkbrug/database';

/**
 * The answer to a request that failed because the database could not serve it, not because of the request: an
 * unreachable database says so (try again in half a minute); a pool whose every connection stayed busy is the
 * gateway being overloaded (try again in a few seconds). Null for any other error. One place for GraphQL's error
 * formatter and the plain HTTP routes' filter.
 */
export function serviceUnavailableError(error: unknown): DomainError | null {
  switch (databaseTrouble(error)) {
    case 'UNREACHABLE':
      return new DatabaseUnavailableError();
    case 'POOL_EXHAUSTED':
      return new OverloadedError();
    case null:
      return null;
  }
}
