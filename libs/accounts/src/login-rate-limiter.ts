import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@werkbrug/config';
import { RateLimitedError } from '@werkbrug/core';
import { REDIS_CLIENT } from '@werkbrug/queue';
import type IORedis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Counts failed attempts in Redis, so every gateway process shares the count, at two levels:
 * - per subject (an e-mail address or an invitation code) and client address: LOGIN_MAX_FAILURES within
 *   LOGIN_FAILURE_WINDOW_SECONDS, then refused until the window ends; a success starts the count again;
 * - per client address, gently: many people share one address behind an office's NAT, so one person guessing
 *   must not lock out every colleague. LOGIN_MAX_FAILURES_PER_ADDRESS failures within the window are free; each
 *   failure after that blocks the address for twice as long as the one before (1 s, 2 s, 4 s …, at most
 *   LOGIN_ADDRESS_BACKOFF_MAX_SECONDS). Between blocks everyone behind the address logs in as usual.
 */
abstract class FailureRateLimiter {
  private readonly perSubject: RateLimiterRedis;
  private readonly perClient: RateLimiterRedis;
  private readonly clientBlocks: RateLimiterRedis;
  private readonly freeClientFailures: number;
  private readonly maxBackoffSeconds: number;

  protected constructor(redis: IORedis, config: AppConfig, scope: string) {
    const limiter = (level: string, points: number) => {
      const options = {
        keyPrefix: `${config.QUEUE_PREFIX}:${scope}:${level}`,
        points,
        duration: config.LOGIN_FAILURE_WINDOW_SECONDS,
      };
      // If Redis is briefly unavailable, limit per process rather than failing every attempt.
      return new RateLimiterRedis({
        ...options,
        storeClient: redis,
        insuranceLimiter: new RateLimiterMemory(options),
      });
    };
    this.perSubject = limiter('account', config.LOGIN_MAX_FAILURES);
    this.perClient = limiter('client', config.LOGIN_MAX_FAILURES_PER_ADDRESS);
    this.clientBlocks = limiter('client-block', 1);
    this.freeClientFailures = config.LOGIN_MAX_FAILURES_PER_ADDRESS;
    this.maxBackoffSeconds = config.LOGIN_ADDRESS_BACKOFF_MAX_SECONDS;
  }

  /**
   * Runs one attempt (a password or a code checked) under the limits. The attempt takes its point of the
   * subject's count before it runs, atomically in Redis: concurrent guesses cannot all pass a check made before
   * any of them had failed. A success starts the subject's count again; a failure (`isFailure`) keeps its point
   * and counts against the client address; any other error (the database away, a password the policy refuses)
   * gives the point back, since nothing was guessed.
   */
  async attempt<T>(
    subject: string,
    clientAddress: string,
    run: () => Promise<T>,
    isFailure: (error: unknown) => boolean,
  ): Promise<T> {
    const key = subjectKey(subject, clientAddress);
    const blocked = await this.clientBlocks.get(clientAddress);
    if (blocked && blocked.consumedPoints > this.clientBlocks.points && blocked.msBeforeNext > 0)
      throw new RateLimitedError(retryAfter(blocked));
    await this.perSubject.consume(key).catch((reason: unknown) => {
      if (reason instanceof RateLimiterRes) throw new RateLimitedError(retryAfter(reason));
      throw reason;
    });
    let result: T;
    try {
      result = await run();
    } catch (error) {
      if (isFailure(error)) await this.recordClientFailure(clientAddress);
      else await this.perSubject.reward(key, 1);
      throw error;
    }
    // Only the subject's own count: someone else's success must not wipe out a guesser's address count.
    await this.perSubject.delete(key);
    return result;
  }

  private async recordClientFailure(clientAddress: string): Promise<void> {
    // consume() rejects once the limit is passed; the backoff below is what refuses the next attempts.
    const client = await this.perClient.consume(clientAddress).catch(ignoreLimitReached);
    const beyond = client.consumedPoints - this.freeClientFailures;
    if (beyond > 0) {
      const seconds = Math.min(2 ** Math.min(beyond - 1, 30), this.maxBackoffSeconds);
      await this.clientBlocks.block(clientAddress, seconds);
    }
  }
}

/** Failed logins, per e-mail address and client address and per client address. */
@Injectable()
export class LoginRateLimiter extends FailureRateLimiter {
  constructor(@Inject(REDIS_CLIENT) redis: IORedis, config: AppConfig) {
    super(redis, config, 'login-fail');
  }
}

/** Failed invitation-code claims, per code and client address and per client address: limited like logins. */
@Injectable()
export class InvitationClaimRateLimiter extends FailureRateLimiter {
  constructor(@Inject(REDIS_CLIENT) redis: IORedis, config: AppConfig) {
    super(redis, config, 'claim-fail');
  }
}

function subjectKey(subject: string, clientAddress: string): string {
  return `${subject.trim().toLowerCase()}|${clientAddress}`;
}

function ignoreLimitReached(reason: unknown): RateLimiterRes {
  if (!(reason instanceof RateLimiterRes)) throw reason;
  return reason;
}

function retryAfter(state: RateLimiterRes): number {
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}
