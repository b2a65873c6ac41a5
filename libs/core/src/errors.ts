/**
 * Stable error codes: clients switch on `extensions.code`, so these never change meaning.
 * Every domain error carries an English and a Dutch message that are safe to show to the user.
 *
 * A code says what kind of refusal it is; `details.reason` says which one. Every user-facing error a lib throws
 * with a message of its own carries a stable, machine-readable `reason` (UPPER_SNAKE, unique within the lib, e.g.
 * `CANDIDATE_ANSWERS_THEMSELF`), so clients and tests tell refusals apart without parsing text. The errors live in
 * the lib's `<lib>.errors.ts`, message and reason together; services throw those, never inline `{ en, nl }`
 * literals (tools/architecture/check-error-catalogues.mjs keeps it so). A plain `new ForbiddenError()` may stay
 * generic.
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

/** Extra machine-readable context for the client (never personal data, never internal details). */
export type ErrorDetails = Record<string, unknown> & {
  /** Which refusal this is, stable for clients to switch on (see the top of this file). */
  reason?: string;
};

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;

  protected constructor(
    readonly localised: LocalisedMessage,
    readonly details: ErrorDetails = {},
  ) {
    super(localised.en);
    this.name = new.target.name;
  }
}

export class NotAuthenticatedError extends DomainError {
  readonly code = ErrorCode.UNAUTHENTICATED;
  constructor(
    localised: LocalisedMessage = { en: 'You need to log in.', nl: 'Je moet eerst inloggen.' },
    details: ErrorDetails = {},
  ) {
    super(localised, details);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;
  constructor(
    localised: LocalisedMessage = {
      en: 'You are not allowed to do this.',
      nl: 'Je hebt geen toestemming om dit te doen.',
    },
    details: ErrorDetails = {},
  ) {
    super(localised, details);
  }
}

export class NotFoundError extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;
  constructor(entity: string, entityNl: string, details: ErrorDetails = {}) {
    super({ en: `${entity} not found.`, nl: `${entityNl} niet gevonden.` }, { entity, ...details });
  }
}

export class InvalidInputError extends DomainError {
  readonly code = ErrorCode.BAD_USER_INPUT;
  constructor(localised: LocalisedMessage, details: ErrorDetails = {}) {
    super(localised, details);
  }
}

export class ConflictError extends DomainError {
  readonly code = ErrorCode.CONFLICT;
  constructor(localised: LocalisedMessage, details: ErrorDetails = {}) {
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

/** Not a bug in the request: the client may try again after `retryAfterSeconds` (HTTP answers carry Retry-After). */
abstract class ServiceUnavailableError extends DomainError {
  readonly code = ErrorCode.SERVICE_UNAVAILABLE;
  protected constructor(localised: LocalisedMessage, retryAfterSeconds: number, reason: string) {
    super(localised, { retryAfterSeconds, reason });
  }
}

/**
 * The database cannot be reached just now (a restart, a network fault). Built from the driver's error where one
 * reaches an answer.
 */
export class DatabaseUnavailableError extends ServiceUnavailableError {
  /** A restarting PostgreSQL is usually back within half a minute. */
  static readonly RETRY_AFTER_SECONDS = 30;
  constructor() {
    const en = 'Werkbrug cannot reach its database just now. Please try again in a minute.';
    const nl = 'Werkbrug kan de database nu even niet bereiken. Probeer het over een minuut opnieuw.';
    super({ en, nl }, DatabaseUnavailableError.RETRY_AFTER_SECONDS, 'DATABASE_UNAVAILABLE');
  }
}

/** The gateway is answering as many requests as it can: this one is refused now rather than queued without end. */
export class OverloadedError extends ServiceUnavailableError {
  static readonly RETRY_AFTER_SECONDS = 2;
  constructor() {
    const en = 'Werkbrug is very busy just now. Please try again in a few seconds.';
    const nl = 'Het is nu erg druk in Werkbrug. Probeer het over een paar seconden opnieuw.';
    super({ en, nl }, OverloadedError.RETRY_AFTER_SECONDS, 'OVERLOADED');
  }
}
