import { dueAccountEventIds, removeAccountEvents } from '@werkbrug/accounts/account-retention.store';
import { dueAuditEntryIds, removeAuditEntries } from '@werkbrug/audit';
import {
  dueIdentityAccessLogIds,
  eraseStatementsOfMatchCases,
  eraseStatementsOfPlacements,
  removeIdentityAccessLog,
} from '@werkbrug/candidates';
import {
  dueMatchCaseIds,
  dueRematchRunIds,
  MatchCaseState,
  removeMatchCases,
  removeRematchRuns,
} from '@werkbrug/matching';
import { dueMailMessageIds, removeMailMessages } from '@werkbrug/mail';
import {
  dueReadNotificationIds,
  dueUnreadNotificationIds,
  removeNotifications,
} from '@werkbrug/notifications';
import {
  anonymiseClosedPlacements,
  dueClosedPlacementIds,
  matchCasesBehindOpenPlacements,
} from '@werkbrug/placements';
import { dueOutboxEventIds, removeOutboxEvents } from '@werkbrug/queue';
import type { RetentionKind } from './retention-policy';
import { type DueBatch, type RemovalStep, tableSweep } from './retention-sweep.store';

/**
 * The rule table: for each kind of data that is swept, whose it is, why it goes when it does, and the owners'
 * functions that find and remove it. Data-rights decides how long (`retention-policy.ts`) and in which order;
 * each lib removes only its own rows. The job (`retention.service.ts`) runs `due` for a batch of keys, then the
 * `steps` in order on those keys, all in one transaction; the last step's count is what the report counts.
 */
export interface SweepRule {
  /** The lib whose rows these are. */
  readonly owner: string;
  /** Why this much is kept this long, and what stays. */
  readonly why: string;
  readonly due: DueBatch;
  readonly steps: readonly RemovalStep[];
}

export type SweptKind = Exclude<RetentionKind, 'withdrawnCandidates'>;

/** Ended match cases, except those still behind an open placement (they stay until it is over). */
const endedMatchCases =
  (states: readonly MatchCaseState[]): DueBatch =>
  async (tx, before, limit, scope) =>
    dueMatchCaseIds(tx, { states, before, limit, kept: await matchCasesBehindOpenPlacements(tx, scope) });

/** A trajectory goes with its history and the consent statements recorded for it. */
const removeMatchCasesWithStatements: readonly RemovalStep[] = [
  eraseStatementsOfMatchCases,
  removeMatchCases,
];

export const SWEEP_RULES: Record<SweptKind, SweepRule> = {
  declinedMatches: {
    owner: 'matching',
    why: 'A match declined by either side or by the candidate leads nowhere; kept a while for questions about it.',
    due: endedMatchCases([MatchCaseState.DECLINED, MatchCaseState.CONSENT_DECLINED]),
    steps: removeMatchCasesWithStatements,
  },
  closedMatches: {
    owner: 'matching',
    why: 'A closed trajectory (outcome recorded) is evidence of what was agreed, for as long as a dispute can come.',
    due: endedMatchCases([MatchCaseState.CLOSED]),
    steps: removeMatchCasesWithStatements,
  },
  closedPlacements: {
    owner: 'placements',
    why:
      'The placement stays for the employers’ ledger of hours lent and borrowed; the person, the history and ' +
      'what was written about them go once the placement has been over for the trajectory period.',
    due: dueClosedPlacementIds,
    steps: [eraseStatementsOfPlacements, anonymiseClosedPlacements],
  },
  readNotifications: {
    owner: 'notifications',
    why: 'A notification read has done its work.',
    due: dueReadNotificationIds,
    steps: [removeNotifications],
  },
  unreadNotifications: {
    owner: 'notifications',
    why: 'A notification never read is kept longer, in case its reader comes back, but not for ever.',
    due: dueUnreadNotificationIds,
    steps: [removeNotifications],
  },
  identityAccessLog: {
    owner: 'candidates',
    why: 'A person must be able to look back a reasonable time at who read who they are.',
    due: dueIdentityAccessLogIds,
    steps: [removeIdentityAccessLog],
  },
  auditEntries: {
    owner: 'audit',
    why: 'Who did what, for as long as the access log: to answer a person or a supervisor asking.',
    due: dueAuditEntryIds,
    steps: [removeAuditEntries],
  },
  accountEvents: {
    owner: 'accounts',
    why: 'How each staff account came to be and changed, for as long as the audit trail.',
    due: dueAccountEventIds,
    steps: [removeAccountEvents],
  },
  mail: {
    owner: 'mail',
    why: 'Mail sent or given up on is kept briefly for delivery questions; unsent mail is work still to do.',
    due: dueMailMessageIds,
    steps: [removeMailMessages],
  },
  dataExports: {
    owner: 'data-rights',
    why: 'An export of someone’s data is theirs to download while the link works, and no longer.',
    ...tableSweep('data_export', `t.expires_at < $1`, 'uuid'),
  },
  erasureRequests: {
    owner: 'data-rights',
    why: 'A completed or cancelled request (who asked, when, counts) shows the request was honoured.',
    ...tableSweep('erasure_request', `(t.completed_at < $1 OR t.cancelled_at < $1)`, 'uuid'),
  },
  rematchRuns: {
    owner: 'matching',
    why: 'Finished runs explain recent scores; the latest run of each region and the one its scores came from stay.',
    due: dueRematchRunIds,
    steps: [removeRematchRuns],
  },
  outboxEvents: {
    owner: 'queue',
    why: 'An event handed to the queue is done; undispatched events are work still to do and never go.',
    due: dueOutboxEventIds,
    steps: [removeOutboxEvents],
  },
};
