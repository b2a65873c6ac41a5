import type { AppConfig } from '@werkbrug/config';
import { ANONYMISE_PLACEMENTS } from '@werkbrug/placements/placement-anonymisation';

/**
 * The retention policy as data: for each kind of data, how long it is kept (from configuration) and which rows
 * are past that (SQL). Pure: the job in `retention.service.ts` only runs it. In every condition `$1` is the
 * cutoff — the moment before which a row counts as past its period.
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

/**
 * Rows of one table that are past their period, removed (or anonymised) in batches: `due` selects them (table
 * alias `t`, key `t.id`), then `steps` run in order with `$1` = the batch's keys. The last step's row count is
 * what the report counts.
 */
export interface SweepRule {
  readonly table: string;
  readonly due: string;
  readonly steps: readonly string[];
  /** The audit trail refuses deletions unless the transaction says it is the retention job. */
  readonly auditMaintenance?: boolean;
}

export type SweptKind = Exclude<RetentionKind, 'withdrawnCandidates'>;

const OPEN_PLACEMENT = `p.status IN ('PROPOSED', 'AGREED', 'ACTIVE')`;

/** A trajectory goes with its history and the consent statements recorded for it. */
const removeMatchCases = [
  `DELETE FROM consent_statement WHERE match_case_id = ANY($1::uuid[])`,
  `DELETE FROM match_case_event WHERE match_case_id = ANY($1::uuid[])`,
  `DELETE FROM match_case WHERE id = ANY($1::uuid[])`,
];

/** A match still behind an open placement stays until the placement is over. */
const matchCasesIn = (states: string) =>
  `t.state IN (${states}) AND t.updated_at < $1
   AND NOT EXISTS (SELECT 1 FROM placement p WHERE p.match_case_id = t.id AND ${OPEN_PLACEMENT})`;

const deleteFrom = (table: string, keyType: 'uuid' | 'bigint') => [
  `DELETE FROM ${table} WHERE id = ANY($1::${keyType}[])`,
];

export const SWEEP_RULES: Record<SweptKind, SweepRule> = {
  declinedMatches: {
    table: 'match_case',
    due: matchCasesIn(`'DECLINED', 'CONSENT_DECLINED'`),
    steps: removeMatchCases,
  },
  closedMatches: {
    table: 'match_case',
    due: matchCasesIn(`'CLOSED'`),
    steps: removeMatchCases,
  },
  // The placement itself stays for the employers' ledger of hours lent and borrowed; the person goes.
  closedPlacements: {
    table: 'placement',
    due: `t.status IN ('ENDED', 'DECLINED', 'CANCELLED') AND t.candidate_id IS NOT NULL
          AND greatest(t.updated_at, t.end_date::timestamptz) < $1`,
    steps: [
      `DELETE FROM placement_event WHERE placement_id = ANY($1::uuid[])`,
      `DELETE FROM consent_statement WHERE placement_id = ANY($1::uuid[])`,
      ANONYMISE_PLACEMENTS,
    ],
  },
  readNotifications: {
    table: 'notification',
    due: `t.read_at < $1`,
    steps: deleteFrom('notification', 'uuid'),
  },
  unreadNotifications: {
    table: 'notification',
    due: `t.read_at IS NULL AND t.created_at < $1`,
    steps: deleteFrom('notification', 'uuid'),
  },
  identityAccessLog: {
    table: 'identity_access_log',
    due: `t.accessed_at < $1`,
    steps: deleteFrom('identity_access_log', 'bigint'),
  },
  auditEntries: {
    table: 'audit_entry',
    due: `t.at < $1`,
    steps: deleteFrom('audit_entry', 'bigint'),
    auditMaintenance: true,
  },
  accountEvents: {
    table: 'account_event',
    due: `t.at < $1`,
    steps: deleteFrom('account_event', 'bigint'),
  },
  // Unsent mail is never due: only what was sent or given up on.
  mail: {
    table: 'mail_message',
    due: `(t.sent_at < $1 OR t.failed_at < $1)`,
    steps: deleteFrom('mail_message', 'uuid'),
  },
  dataExports: {
    table: 'data_export',
    due: `t.expires_at < $1`,
    steps: deleteFrom('data_export', 'uuid'),
  },
  erasureRequests: {
    table: 'erasure_request',
    due: `(t.completed_at < $1 OR t.cancelled_at < $1)`,
    steps: deleteFrom('erasure_request', 'uuid'),
  },
  // Each region's latest run (what `latestRematchRun` shows) and the run its current scores came from stay.
  rematchRuns: {
    table: 'rematch_run',
    due: `t.status IN ('COMPLETED', 'FAILED') AND coalesce(t.finished_at, t.requested_at) < $1
          AND t.id <> (SELECT r.id FROM rematch_run r WHERE r.region_code = t.region_code
                       ORDER BY r.requested_at DESC LIMIT 1)
          AND NOT EXISTS (SELECT 1 FROM region_matching_snapshot s WHERE s.run_id = t.id)`,
    steps: [`DELETE FROM rematch_chunk WHERE run_id = ANY($1::uuid[])`, ...deleteFrom('rematch_run', 'uuid')],
  },
  // Undispatched events are never due: they are work still to do.
  outboxEvents: {
    table: 'outbox_event',
    due: `t.dispatched_at < $1`,
    steps: deleteFrom('outbox_event', 'bigint'),
  },
};

/** One batch of due rows, locked; rows another transaction holds are left for the next night. */
export function dueBatchQuery(rule: SweepRule): string {
  return `SELECT t.id::text AS id FROM ${rule.table} t WHERE ${rule.due} LIMIT $2 FOR UPDATE OF t SKIP LOCKED`;
}

/**
 * Candidates whose consent to share or whose profile was withdrawn, untouched since the cutoff (alias `c`),
 * and not in the middle of anything: no open placement (an erasure would take the person out of it) and no
 * open erasure request (that erasure runs on its own schedule, with its own notifications).
 */
export const WITHDRAWN_CANDIDATE_DUE = `(c.consent_status = 'WITHDRAWN' OR c.status = 'WITHDRAWN')
  AND greatest(c.updated_at, c.consent_recorded_at,
               (SELECT i.updated_at FROM candidate_identity i WHERE i.candidate_id = c.id)) < $1
  AND NOT EXISTS (SELECT 1 FROM placement p WHERE p.candidate_id = c.id AND ${OPEN_PLACEMENT})
  AND NOT EXISTS (SELECT 1 FROM erasure_request r WHERE r.candidate_id = c.id
                  AND r.cancelled_at IS NULL AND r.completed_at IS NULL)`;
