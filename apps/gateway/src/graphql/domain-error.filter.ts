import { ArgumentsHost, Catch, HttpStatus } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError, ErrorCode } from '@werkbrug/core';
import { serviceUnavailableError } from './service-unavailable';
import type { Response } from 'express';

/**
 * Domain errors are expected outcomes (a wrong password, a forbidden action), not faults: hand them to the
 * GraphQL error formatter without Nest logging each one as an error. The few plain HTTP routes (calendar feeds,
 * print pages, CSV downloads) answer them with the matching status and the same code and bilingual message, and
 * answer an unreachable database (or a database pool with no free connection) as 503 with Retry-After, like
 * GraphQL's SERVICE_UNAVAILABLE, rather than as an internal error. Anything else on those routes goes to Nest's
 * own handling.
 */
@Catch()
export class DomainErrorFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') {
      if (error instanceof DomainError) return error;
      // Anything else goes on to GraphQL as thrown: a returned value would be taken for the field's result
      // unless it is an Error of graphql-js's own realm.
      throw error;
    }
    const domainError = error instanceof DomainError ? error : serviceUnavailableError(error);
    if (!domainError) return super.catch(error, host);
    const res = host.switchToHttp().getResponse<Response>();
    const retryAfter = domainError.details.retryAfterSeconds;
    if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
    res
      .status(httpStatus(domainError.code))
      // Routes that render HTML or CSV set their content type before they run; an error is JSON.
      .type('application/json')
      .json({
        code: domainError.code,
        message: domainError.localised.en,
        messageNl: domainError.localised.nl,
        ...domainError.details,
      });
  }
}

function httpStatus(code: ErrorCode): HttpStatus {
  switch (code) {
    case ErrorCode.UNAUTHENTICATED:
      return HttpStatus.UNAUTHORIZED;
    case ErrorCode.FORBIDDEN:
      return HttpStatus.FORBIDDEN;
    case ErrorCode.NOT_FOUND:
      return HttpStatus.NOT_FOUND;
    case ErrorCode.BAD_USER_INPUT:
      return HttpStatus.BAD_REQUEST;
    case ErrorCode.CONFLICT:
      return HttpStatus.CONFLICT;
    case ErrorCode.RATE_LIMITED:
      return HttpStatus.TOO_MANY_REQUESTS;
    case ErrorCode.SERVICE_UNAVAILABLE:
      return HttpStatus.SERVICE_UNAVAILABLE;
  }
}
