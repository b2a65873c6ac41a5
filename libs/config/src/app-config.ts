import { randomBytes } from 'node:crypto';
import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
  ValidateIf,
} from 'class-validator';

const ENVIRONMENTS = ['development', 'test', 'production'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const toBoolean = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes'].includes(value.toLowerCase()) : value;

/**
 * The one place where the environment is read. Defaults suit local development on loopback services;
 * production must set its secrets explicitly.
 */
export class AppConfig {
  @IsIn(ENVIRONMENTS)
  NODE_ENV: Environment = 'development';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /** The worker's health endpoint (GET /health, for container health checks); 0 turns it off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  WORKER_HEALTH_PORT = 3001;

  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/werkbrug';

  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Keeps the keys of environments (and of parallel test runs) apart in one Redis. */
  @IsString()
  @Matches(/^[a-zA-Z0-9:_-]+$/)
  QUEUE_PREFIX = 'werkbrug';

  /** Signs access tokens. Required in production; a random one per process is generated otherwise. */
  @ValidateIf((config: AppConfig) => config.NODE_ENV === 'production' || config.TOKEN_SECRET !== undefined)
  @IsString()
  @MinLength(32)
  TOKEN_SECRET?: string;

  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(7 * 24 * 3600)
  TOKEN_TTL_SECONDS = 8 * 3600;

  /**
   * Candidates per chunk of a regional rematch: smaller chunks spread a region over more worker processes, larger
   * ones cost fewer jobs.
   */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(100_000)
  REMATCH_CHUNK_CANDIDATES = 1000;

  /**
   * Admission control: requests the gateway works on at once. One more is refused with 503 and Retry-After instead
   * of waiting in a queue without end (its caller can try again, or another instance can answer it). The database
   * pool, not Node, bounds how many run at a time; this bounds how long the rest wait.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  ADMISSION_MAX_IN_FLIGHT = 64;

  /**
   * Admission control: when the event loop lags this much (90th percentile over a second), the gateway is saturated
   * and refuses new requests until it has caught up.
   */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(60_000)
  ADMISSION_MAX_EVENT_LOOP_LAG_MS = 500;

  /** On SIGTERM, how long a process may finish what it is doing (answer open requests, finish a job) before it stops. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10 * 60_000)
  SHUTDOWN_GRACE_MS = 10_000;

  /**
   * How long a dispatched outbox event may wait for its job to complete before the worker asks Redis what became
   * of the job, and re-dispatches it if Redis lost it (a restart without persistence) or it failed for good.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(24 * 3600 * 1000)
  OUTBOX_RECONCILE_AFTER_MS = 60_000;

  /** Rematch regions with missing or outdated scores when a worker starts (benchmarks turn it off to time their own run). */
  @Transform(toBoolean)
  @IsBoolean()
  MATCHING_REFRESH_ON_START = true;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  @Transform(toBoolean)
  @IsBoolean()
  MIGRATIONS_RUN_ON_START = true;

  /** Build the skill search index when the gateway starts (7 s of CPU), not at the first search. */
  @Transform(toBoolean)
  @IsBoolean()
  SKILL_INDEX_AT_START = true;

  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(50)
  GRAPHQL_MAX_DEPTH = 10;

  /** Depth limit under `__schema`: tools' standard introspection query is 18 deep (fragments counted as levels). */
  @Type(() => Number)
  @IsInt()
  @Min(18)
  @Max(50)
  GRAPHQL_MAX_INTROSPECTION_DEPTH = 20;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  GRAPHQL_MAX_COST = 5000;

  @IsString()
  @Matches(/^\d+(kb|mb)$/)
  REQUEST_BODY_LIMIT = '100kb';

  /** Failed logins allowed per e-mail address and client address within LOGIN_FAILURE_WINDOW_SECONDS. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES = 5;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_FAILURE_WINDOW_SECONDS = 15 * 60;

  /**
   * Failed logins (and, counted apart, invitation claims) from one client address within the window before
   * that address backs off: each further failure blocks it for twice as long, up to the maximum below.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_ADDRESS = 20;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3600)
  LOGIN_ADDRESS_BACKOFF_MAX_SECONDS = 60;

  /**
   * Where mail goes: `smtp://user:password@host:587` (or `smtps://`), or `file:<directory>` for development, where
   * each mail is written as an .eml file. Production must name an SMTP server: invitation codes go by mail.
   */
  @Matches(/^(smtps?:\/\/.+|file:.+)$/, { message: 'MAIL_URL must start with smtp://, smtps:// or file:' })
  MAIL_URL = 'file:var/mail';

  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Werkbrug <noreply@werkbrug.localhost>';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  MAIL_MAX_ATTEMPTS = 8;

  /** How often the worker looks for mail to send. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  MAIL_POLL_INTERVAL_MS = 2000;

  /** Days between a request for erasure and the erasure itself, in which the request can be cancelled. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(90)
  ERASURE_GRACE_DAYS = 7;

  /*
   * Retention (AVG/GDPR: no longer than needed), enforced every night by the worker. A period runs from the last
   * change of what it applies to unless said otherwise; the README lists what goes and what stays.
   */

  /** Matches declined by either side or by the candidate's consent, with their history. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(120)
  RETENTION_DECLINED_MATCH_MONTHS = 6;

  /** Closed matches (outcome recorded), and the personal parts of ended, declined or cancelled placements. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(120)
  RETENTION_CLOSED_TRAJECTORY_MONTHS = 24;

  /** Candidates whose consent or profile was withdrawn: erased entirely once their profile is untouched this long. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(120)
  RETENTION_WITHDRAWN_CANDIDATE_MONTHS = 3;

  /** Notifications, counted from when they were read … */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(120)
  RETENTION_READ_NOTIFICATION_MONTHS = 6;

  /** … or, never read, from when they were sent. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(120)
  RETENTION_UNREAD_NOTIFICATION_MONTHS = 12;

  /**
   * Who did what: the identity access log, the audit trail and staff account history. A person must be able to
   * look back a reasonable time at who read their data, hence at least 6 months.
   */
  @Type(() => Number)
  @IsInt()
  @Min(6)
  @Max(120)
  RETENTION_AUDIT_MONTHS = 24;

  /** Completed or cancelled erasure requests (a completed one holds only who asked, when, and counts). */
  @Type(() => Number)
  @IsInt()
  @Min(12)
  @Max(240)
  RETENTION_ERASURE_REQUEST_MONTHS = 60;

  /** Mail, counted from when it was sent or given up on. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  RETENTION_MAIL_DAYS = 30;

  /** Own-data exports, counted from the expiry of their download link. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(90)
  RETENTION_EXPORT_DAYS_AFTER_EXPIRY = 0;

  /** Finished regional rematch runs and their chunks (each region's latest run and the one its scores came from stay). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  RETENTION_REMATCH_RUN_DAYS = 30;

  /** Outbox events, counted from when they were handed to the queue. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(90)
  RETENTION_OUTBOX_DAYS = 7;

  /** How often the worker carries out erasures whose grace period has passed, and builds requested exports. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  DATA_RIGHTS_POLL_INTERVAL_MS = 5000;

  /** How often the worker reminds about due, unanswered follow-ups of hires (each is reminded every 14 days). */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  FOLLOW_UP_REMINDER_INTERVAL_MS = 3_600_000;

  /** The outcome figures hide every cell that describes fewer people than this, directly or by difference. */
  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(50)
  FIGURES_MIN_CELL_SIZE = 5;

  @IsOptional()
  @IsString()
  REFERENCE_DATA_DIR?: string;

  /** Behind a load balancer, set to its hop count or address so rate limits see real client addresses. */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  /**
   * Where people open Werkbrug, for links in mail (`${PUBLIC_URL}/claim`). Production must name its own https
   * address: a mailed link to localhost, or over plain http, is no use to anyone.
   */
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.replace(/\/+$/, '') : value,
  )
  PUBLIC_URL = 'http://localhost:3000';

  /**
   * The built web app (`npm run build:web`), served at `/` when its index.html is there; relative paths are taken
   * from the working directory.
   */
  @IsString()
  @MinLength(1)
  WEB_DIST_DIR = 'dist/web';

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get tokenSecret(): string {
    if (!this.TOKEN_SECRET) throw new Error('TOKEN_SECRET missing after configuration was loaded');
    return this.TOKEN_SECRET;
  }
}

export class ConfigurationError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const relevant = Object.fromEntries(
    Object.entries(env).filter(
      ([key, value]) => value !== '' && (known.includes(key) || key === 'TOKEN_SECRET'),
    ),
  );
  const config = plainToInstance(AppConfig, relevant);
  const errors = validateSync(config, { whitelist: true });
  if (errors.length > 0) {
    const problems = errors.map((e) => `${e.property} (${Object.values(e.constraints ?? {}).join('; ')})`);
    throw new ConfigurationError(`Invalid configuration: ${problems.join(', ')}`);
  }
  if (config.isProduction && config.MAIL_URL.startsWith('file:'))
    throw new ConfigurationError('Invalid configuration: MAIL_URL must name an SMTP server in production');
  if (config.isProduction && !config.PUBLIC_URL.startsWith('https://'))
    throw new ConfigurationError(
      'Invalid configuration: PUBLIC_URL must be an https:// address in production',
    );
  if (!config.TOKEN_SECRET) {
    // Outside production a per-process secret is fine: tokens simply stop working after a restart.
    config.TOKEN_SECRET = randomBytes(48).toString('base64url');
  }
  return config;
}

/** host:port/database of a connection URL, for messages: never the password. */
export function describeUrl(url: string): string {
  const parsed = new URL(url);
  const database = parsed.pathname.length > 1 ? parsed.pathname : '';
  return `${parsed.hostname}:${parsed.port || (parsed.protocol.startsWith('redis') ? 6379 : 5432)}${database}`;
}
