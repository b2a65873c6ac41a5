import { ArgumentsHost, Catch, HttpStatus } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError, ErrorCode } from '@werkbrug/core';
import type { Response } from 'express';

/**
 * Domain errors are expected outcomes (a wrong password, a forbidden action), not faults: hand them to the
 * GraphQL error formatter without Nest logging each one as an error. The few plain HTTP routes (calendar feeds,
 * print pages) answer them with the matching status and the same code and bilingual message.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): DomainError | void {
    if (host.getType() !== 'http') return error;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(httpStatus(error.code))
      // Routes that render HTML or CSV set their content type before they run; an error is JSON.
      .type('application/json')
      .json({
        code: error.code,
        message: error.localised.en,
        messageNl: error.localised.nl,
        ...error.details,
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
