import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@werkbrug/config';
import { RateLimitedError } from '@werkbrug/core';
import { REDIS_CLIENT } from '@werkbrug/queue';
import type IORedis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Counts failed logins per (e-mail, client address) and, more loosely, per client address, in Redis so every
 * gateway process shares the count. Successful logins reset the per-account counter.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly perAccount: RateLimiterRedis;
  private readonly perClient: RateLimiterRedis;

  constructor(@Inject(REDIS_CLIENT) redis: IORedis, config: AppConfig) {
    const limiter = (scope: string, points: number) => {
      const options = {
        keyPrefix: `${config.QUEUE_PREFIX}:login-fail:${scope}`,
        points,
        duration: config.LOGIN_FAILURE_WINDOW_SECONDS,
      };
      // If Redis is briefly unavailable, limit per process rather than failing every login.
      return new RateLimiterRedis({
        ...options,
        storeClient: redis,
        insuranceLimiter: new RateLimiterMemory(options),
      });
    };
    this.perAccount = limiter('account', config.LOGIN_MAX_FAILURES);
    this.perClient = limiter('client', config.LOGIN_MAX_FAILURES * 10);
  }

  async assertAllowed(email: string, clientAddress: string): Promise<void> {
    const [account, client] = await Promise.all([
      this.perAccount.get(accountKey(email, clientAddress)),
      this.perClient.get(clientAddress),
    ]);
    for (const [state, limiter] of [
      [account, this.perAccount],
      [client, this.perClient],
    ] as const) {
      if (state && state.consumedPoints >= limiter.points) throw new RateLimitedError(retryAfter(state));
    }
  }

  async recordFailure(email: string, clientAddress: string): Promise<void> {
    // consume() rejects once the limit is passed; the next assertAllowed() is what refuses the attempt.
    await Promise.all([
      this.perAccount.consume(accountKey(email, clientAddress)).catch(ignoreLimitReached),
      this.perClient.consume(clientAddress).catch(ignoreLimitReached),
    ]);
  }

  async recordSuccess(email: string, clientAddress: string): Promise<void> {
    await this.perAccount.delete(accountKey(email, clientAddress));
  }
}

function accountKey(email: string, clientAddress: string): string {
  return `${email.trim().toLowerCase()}|${clientAddress}`;
}

function ignoreLimitReached(reason: unknown): void {
  if (!(reason instanceof RateLimiterRes)) throw reason;
}

function retryAfter(state: RateLimiterRes): number {
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}
