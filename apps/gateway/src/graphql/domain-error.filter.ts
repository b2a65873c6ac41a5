import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@werkbrug/core';

/**
 * Domain errors are expected outcomes (a wrong password, a forbidden action), not faults: hand them to the
 * GraphQL error formatter without Nest logging each one as an error.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
