/**
 * Stable error codes: clients switch on `extensions.code`, so these never change meaning.
 * Every domain error carries an English and a Dutch message that are safe to show to the user.
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  /** A dependency (the database) cannot be reached just now: try again shortly; not a bug in the request. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

export interface LocalisedMessage {
  en: string;
  nl: string;
}

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;

  protected constructor(
    readonly localised: LocalisedMessage,
    /** Extra machine-readable context for the client (never personal data, never internal details). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(localised.en);
    this.name = new.target.name;
  }
}

export class NotAuthenticatedError extends DomainError {
  readonly code = ErrorCode.UNAUTHENTICATED;
  constructor(localised: LocalisedMessage = { en: 'You need to log in.', nl: 'Je moet eerst inloggen.' }) {
    super(localised);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;
  constructor(
    localised: LocalisedMessage = {
      en: 'You are not allowed to do this.',
      nl: 'Je hebt geen toestemming om dit te doen.',
    },
  ) {
    super(localised);
  }
}

export class NotFoundError extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;
  constructor(entity: string, entityNl: string) {
    super({ en: `${entity} not found.`, nl: `${entityNl} niet gevonden.` }, { entity });
  }
}

export class InvalidInputError extends DomainError {
  readonly code = ErrorCode.BAD_USER_INPUT;
  constructor(localised: LocalisedMessage, details: Record<string, unknown> = {}) {
    super(localised, details);
  }
}

export class ConflictError extends DomainError {
  readonly code = ErrorCode.CONFLICT;
  constructor(localised: LocalisedMessage, details: Record<string, unknown> = {}) {
    super(localised, details);
  }
}

export class RateLimitedError extends DomainError {
  readonly code = ErrorCode.RATE_LIMITED;
  constructor(retryAfterSeconds: number) {
    super(
      {
        en: `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
        nl: `Te veel pogingen. Probeer het over ${retryAfterSeconds} seconden opnieuw.`,
      },
      { retryAfterSeconds },
    );
  }
}
