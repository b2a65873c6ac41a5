import type { AppConfig } from '@werkbrug/config';

/**
 * The retention policy as data: for each kind of data, how long it is kept (from configuration). Pure; which
 * rows are past their period, and who removes them, is in `retention-rules.ts`.
 */
export const RETENTION_KINDS = [
  'withdrawnCandidates',
  'declinedMatches',
  'closedMatches',
  'closedPlacements',
  'readNotifications',
  'unreadNotifications',
  'identityAccessLog',
  'auditEntries',
  'accountEvents',
  'mail',
  'dataExports',
  'erasureRequests',
  'rematchRuns',
  'outboxEvents',
] as const;

export type RetentionKind = (typeof RETENTION_KINDS)[number];

/** Whole calendar months or days; months first, then days. */
export interface RetentionPeriod {
  readonly months?: number;
  readonly days?: number;
}

export type RetentionPeriods = Record<RetentionKind, RetentionPeriod>;

type RetentionConfig = Pick<
  AppConfig,
  | 'RETENTION_DECLINED_MATCH_MONTHS'
  | 'RETENTION_CLOSED_TRAJECTORY_MONTHS'
  | 'RETENTION_WITHDRAWN_CANDIDATE_MONTHS'
  | 'RETENTION_READ_NOTIFICATION_MONTHS'
  | 'RETENTION_UNREAD_NOTIFICATION_MONTHS'
  | 'RETENTION_AUDIT_MONTHS'
  | 'RETENTION_ERASURE_REQUEST_MONTHS'
  | 'RETENTION_MAIL_DAYS'
  | 'RETENTION_EXPORT_DAYS_AFTER_EXPIRY'
  | 'RETENTION_REMATCH_RUN_DAYS'
  | 'RETENTION_OUTBOX_DAYS'
>;

export function retentionPeriods(config: RetentionConfig): RetentionPeriods {
  const closed = { months: config.RETENTION_CLOSED_TRAJECTORY_MONTHS };
  const audit = { months: config.RETENTION_AUDIT_MONTHS };
  return {
    withdrawnCandidates: { months: config.RETENTION_WITHDRAWN_CANDIDATE_MONTHS },
    declinedMatches: { months: config.RETENTION_DECLINED_MATCH_MONTHS },
    closedMatches: closed,
    closedPlacements: closed,
    readNotifications: { months: config.RETENTION_READ_NOTIFICATION_MONTHS },
    unreadNotifications: { months: config.RETENTION_UNREAD_NOTIFICATION_MONTHS },
    identityAccessLog: audit,
    auditEntries: audit,
    accountEvents: audit,
    mail: { days: config.RETENTION_MAIL_DAYS },
    dataExports: { days: config.RETENTION_EXPORT_DAYS_AFTER_EXPIRY },
    erasureRequests: { months: config.RETENTION_ERASURE_REQUEST_MONTHS },
    rematchRuns: { days: config.RETENTION_REMATCH_RUN_DAYS },
    outboxEvents: { days: config.RETENTION_OUTBOX_DAYS },
  };
}

/** `now` minus the period, by the UTC calendar; a day that the earlier month lacks becomes its last day. */
export function cutoff(now: Date, { months = 0, days = 0 }: RetentionPeriod): Date {
  const date = new Date(now.getTime());
  const dayOfMonth = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(dayOfMonth, lastDay) - days);
  return date;
}

export function retentionCutoffs(periods: RetentionPeriods, now: Date): Record<RetentionKind, Date> {
  return Object.fromEntries(RETENTION_KINDS.map((kind) => [kind, cutoff(now, periods[kind])])) as Record<
    RetentionKind,
    Date
  >;
}

/** A retention night starts at 03:00 in the Netherlands: the night of a moment is that date, as YYYY-MM-DD. */
export const NIGHT_STARTS_AT_HOUR = 3;

export function retentionNight(now: Date): string {
  const shifted = new Date(now.getTime() - NIGHT_STARTS_AT_HOUR * 3600_000);
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(shifted);
}
