import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@werkbrug/config';
import { REDIS_CLIENT } from '@werkbrug/queue';
import type IORedis from 'ioredis';

/**
 * Browser sessions ended by logging out, until their token would have expired anyway: a copied session cookie
 * stops working at logout. Shared by every gateway process through Redis; this process also remembers its own logouts, so a Redis
 * outage neither locks everyone out nor revives a session ended here.
 */
@Injectable()
export class SessionRevocations {
  private readonly logger = new Logger(SessionRevocations.name);
  private readonly local = new Map<string, number>();

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: IORedis,
    private readonly config: AppConfig,
  ) {}

  async revoke(sessionId: string): Promise<void> {
    const key = this.key(sessionId);
    const ttl = this.config.TOKEN_TTL_SECONDS;
    const now = Date.now();
    for (const [known, until] of this.local) if (until <= now) this.local.delete(known);
    this.local.set(key, now + ttl * 1000);
    try {
      await this.redis.set(key, '1', 'EX', ttl);
    } catch (error) {
      this.logger.warn(`Logout recorded in this process only: ${(error as Error).message}`);
    }
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    const key = this.key(sessionId);
    if ((this.local.get(key) ?? 0) > Date.now()) return true;
    try {
      return (await this.redis.exists(key)) === 1;
    } catch {
      return false;
    }
  }

  private key(sessionId: string): string {
    return `${this.config.QUEUE_PREFIX}:revoked-session:${sessionId}`;
  }
}
