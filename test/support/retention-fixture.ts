import { randomBytes, randomUUID } from 'node:crypto';
import type { RetentionKind } from '@werkbrug/data-rights';
import type { Actor, Fixtures } from './fixtures';
import {
  candidateInputIn,
  createCandidate,
  createVacancy,
  EmployerWithHrLead,
  vacancyInputIn,
} from './helpers-auth';
import type { TestApp } from './test-app';

const DAY = 86_400_000;

export interface SeededRow {
  table: string;
  id: string;
  label: string;
}

export interface RetentionCases {
  /** Rows the run must remove, and rows it must leave. */
  gone: SeededRow[];
  kept: SeededRow[];
  /** A failed rematch run with a chunk: both must go. */
  failedRunId: string;
  /** Placements the run must keep without the person (closed ones, and the erased candidate's). */
  anonymisedPlacements: string[];
  /** Placements it must leave as they are. */
  personalPlacements: string[];
}

export interface RetentionSetting {
  t: TestApp;
  f: Fixtures;
  /** The lending employer, the host employer, and the region's mobility team. */
  own: EmployerWithHrLead;
  other: EmployerWithHrLead;
  team: Actor;
  region: string;
  /** The fake clock of the run, and the cutoffs it gives. */
  clock: Date;
  cutoffs: Record<RetentionKind, Date>;
}

/**
 * Rows of every kind the retention job handles, one day past their period or one day within it (counted back
 * from `clock`), for `test/retention.e2e-spec.ts`. Rows go in by SQL: their timestamps are the point.
 */
export async function seedRetentionCases(setting: RetentionSetting): Promise<RetentionCases> {
  const { t, f, own, other, team, cutoffs, region, clock } = setting;
  const query = (sql: string, params: unknown[] = []) => f.query(sql, params);
  const gone: SeededRow[] = [];
  const kept: SeededRow[] = [];
  /** Just past the period of `kind`, or just within it. */
  const old = (kind: RetentionKind) => new Date(cutoffs[kind].getTime() - DAY);
  const young = (kind: RetentionKind) => new Date(cutoffs[kind].getTime() + DAY);
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const candidate = async () => createCandidate(t, own.hr.token, await candidateInputIn(f, own.pc4));

  /** Inserts one row and notes whether the run must remove it. */
  async function seed(
    fate: 'gone' | 'kept',
    label: string,
    table: string,
    columns: Record<string, unknown>,
  ): Promise<string> {
    const names = Object.keys(columns);
    const [row] = await query(
      `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})
       RETURNING id::text`,
      Object.values(columns),
    );
    (fate === 'gone' ? gone : kept).push({ table, id: row.id, label });
    return row.id;
  }

  async function seedMatches(keeper: string) {
    const vacancies: string[] = [];
    for (let i = 0; i < 6; i++)
      vacancies.push(await createVacancy(t, other.hr.token, await vacancyInputIn(f, other.pc4)));
    const matchCase = async (
      fate: 'gone' | 'kept',
      label: string,
      vacancyId: string,
      state: string,
      at: Date,
    ) => {
      const id = await seed(fate, label, 'match_case', {
        candidate_id: keeper,
        vacancy_id: vacancyId,
        employer_id: other.employer.id,
        region_code: region,
        state,
        outcome: state === 'CLOSED' ? 'NONE' : null,
        created_at: at,
        updated_at: at,
      });
      await seed(fate, `${label}: its history`, 'match_case_event', {
        match_case_id: id,
        event: 'TEST',
        from_state: 'SUGGESTED',
        to_state: state,
        actor_user_id: own.hr.userId,
        actor_role: 'HR_LEAD',
        occurred_at: at,
      });
      return id;
    };
    await matchCase('gone', 'declined match (old)', vacancies[0], 'DECLINED', old('declinedMatches'));
    await matchCase(
      'gone',
      'consent-declined match (old)',
      vacancies[1],
      'CONSENT_DECLINED',
      old('declinedMatches'),
    );
    await matchCase('kept', 'declined match (young)', vacancies[2], 'DECLINED', young('declinedMatches'));
    const closedOld = await matchCase(
      'gone',
      'closed match (old)',
      vacancies[3],
      'CLOSED',
      old('closedMatches'),
    );
    await seed('gone', 'consent statement of an old closed match', 'consent_statement', {
      ...statement(keeper, old('closedMatches')),
      kind: 'INTRODUCTION',
      match_case_id: closedOld,
    });
    await matchCase('kept', 'closed match (young)', vacancies[4], 'CLOSED', young('closedMatches'));
    const openPlacementCase = await matchCase(
      'kept',
      'closed match (old) behind an open placement',
      vacancies[5],
      'CLOSED',
      old('closedMatches'),
    );
    return { openPlacementCase };
  }

  function statement(candidateId: string, at: Date) {
    return {
      candidate_id: candidateId,
      employer_id: other.employer.id,
      text_nl: 'tekst',
      text_en: 'text',
      text_version: 'v1',
      method: 'PHONE',
      given_on: day(at),
      given_to_name: 'HR',
      recorded_by_user_id: own.hr.userId,
      recorded_at: at,
    };
  }

  /** A placement, always kept; `history` says whether its events must go. */
  async function placement(
    history: 'gone' | 'kept',
    label: string,
    candidateId: string,
    status: string,
    at: Date,
    extra: Record<string, unknown> = {},
  ): Promise<string> {
    const planned = status !== 'CANCELLED';
    const id = await seed('kept', label, 'placement', {
      region_code: region,
      candidate_id: candidateId,
      lending_employer_id: own.employer.id,
      host_employer_id: other.employer.id,
      kind: 'SECONDMENT',
      purpose: 'GAIN_EXPERIENCE',
      requested_hours_per_week: 16,
      duration_weeks: 12,
      contract_hours_per_week: 32,
      own_work_hours_per_week: 16,
      salary_paid_by: 'LENDING_EMPLOYER',
      travel_costs_reimbursed: true,
      travel_costs_paid_by: 'HOST_EMPLOYER',
      return_option: true,
      lending_contact: 'HR',
      host_contact: 'HR',
      status,
      created_by_user_id: own.hr.userId,
      start_date: planned ? day(new Date(at.getTime() - 84 * DAY)) : null,
      end_date: planned ? day(at) : null,
      hours_per_week: planned ? 16 : null,
      candidate_evaluation: 'Ging goed',
      created_at: at,
      updated_at: at,
      ...extra,
    });
    await seed(history, `${label}: its history`, 'placement_event', {
      placement_id: id,
      event: 'TEST',
      from_status: 'PROPOSED',
      to_status: status,
      actor_role: 'HR_LEAD',
      actor_user_id: own.hr.userId,
      note: 'notitie',
      occurred_at: at,
    });
    return id;
  }

  async function seedPlacements(keeper: string, openPlacementCase: string) {
    const endedOld = await placement(
      'gone',
      'ended placement (old)',
      keeper,
      'ENDED',
      old('closedPlacements'),
    );
    await seed('gone', 'consent statement of an old placement', 'consent_statement', {
      ...statement(keeper, old('closedPlacements')),
      kind: 'PLACEMENT',
      placement_id: endedOld,
    });
    const cancelledOld = await placement(
      'gone',
      'cancelled placement (old)',
      keeper,
      'CANCELLED',
      old('closedPlacements'),
    );
    const endedYoung = await placement(
      'kept',
      'ended placement (young)',
      keeper,
      'ENDED',
      young('closedPlacements'),
    );
    const active = await placement(
      'kept',
      'active placement, unchanged for long',
      keeper,
      'ACTIVE',
      old('closedPlacements'),
      {
        match_case_id: openPlacementCase,
        end_date: day(new Date(clock.getTime() + 30 * DAY)),
      },
    );
    return { anonymised: [endedOld, cancelledOld], personal: [endedYoung, active] };
  }

  /** A withdrawn candidate, last touched `at` (profile, consent and identity alike). */
  async function withdrawnCandidate(fate: 'gone' | 'kept', label: string, at: Date, status = 'PAUSED') {
    const id = await candidate();
    await query(
      `UPDATE candidate_profile SET consent_status = 'WITHDRAWN', status = $2, consent_recorded_at = $3,
         created_at = $3, updated_at = $3 WHERE id = $1`,
      [id, status, at],
    );
    await query(`UPDATE candidate_identity SET updated_at = $2 WHERE candidate_id = $1`, [id, at]);
    (fate === 'gone' ? gone : kept).push({ table: 'candidate_profile', id, label });
    return id;
  }

  async function seedWithdrawnCandidates() {
    const erased = await withdrawnCandidate('gone', 'withdrawn candidate (old)', old('withdrawnCandidates'));
    // Its placement stays, anonymised by the erasure.
    const erasedPlacement = await placement(
      'gone',
      'placement of the erased candidate',
      erased,
      'ENDED',
      young('closedPlacements'),
    );
    await withdrawnCandidate(
      'kept',
      'withdrawn candidate (young)',
      young('withdrawnCandidates'),
      'WITHDRAWN',
    );
    const touched = await withdrawnCandidate(
      'kept',
      'withdrawn candidate whose identity changed since',
      old('withdrawnCandidates'),
    );
    await query(`UPDATE candidate_identity SET updated_at = $2 WHERE candidate_id = $1`, [
      touched,
      young('withdrawnCandidates'),
    ]);
    const placed = await withdrawnCandidate(
      'kept',
      'withdrawn candidate (old) in an active placement',
      old('withdrawnCandidates'),
    );
    const activePlacement = await placement(
      'kept',
      'active placement of a withdrawn candidate',
      placed,
      'ACTIVE',
      old('withdrawnCandidates'),
      {
        end_date: day(new Date(clock.getTime() + 30 * DAY)),
      },
    );
    const requested = await withdrawnCandidate(
      'kept',
      'withdrawn candidate (old) with an open erasure request',
      old('withdrawnCandidates'),
    );
    await seed('kept', 'open erasure request', 'erasure_request', {
      candidate_id: requested,
      employer_id: own.employer.id,
      region_code: region,
      requested_by_role: 'HR_LEAD',
      scheduled_for: new Date('2100-01-01T00:00:00Z'),
    });
    return { erasedPlacement, personalPlacements: [activePlacement] };
  }

  async function seedNotifications() {
    const notification = (fate: 'gone' | 'kept', label: string, createdAt: Date, readAt: Date | null) =>
      seed(fate, label, 'notification', {
        recipient_employer_id: own.employer.id,
        kind: 'TEST',
        subject_type: 'Test',
        subject_id: randomUUID(),
        text_nl: 'Bericht',
        text_en: 'Message',
        created_at: createdAt,
        read_at: readAt,
        mailed_at: createdAt,
      });
    const longAgo = old('unreadNotifications');
    await notification('gone', 'notification read long ago', longAgo, old('readNotifications'));
    await notification('kept', 'old notification read lately', longAgo, young('readNotifications'));
    await notification('gone', 'unread notification (old)', old('unreadNotifications'), null);
    await notification('kept', 'unread notification (young)', young('unreadNotifications'), null);
  }

  async function seedLogs(keeper: string) {
    const access = (fate: 'gone' | 'kept', label: string, at: Date) =>
      seed(fate, label, 'identity_access_log', {
        candidate_id: keeper,
        accessed_by_user_id: own.hr.userId,
        accessor_role: 'HR_LEAD',
        accessor_employer_id: own.employer.id,
        fields: ['fullName'],
        purpose: 'gesprek',
        accessed_at: at,
      });
    await access('gone', 'identity access (old)', old('identityAccessLog'));
    await access('kept', 'identity access (young)', young('identityAccessLog'));
    const audit = (fate: 'gone' | 'kept', label: string, at: Date) =>
      seed(fate, label, 'audit_entry', {
        at,
        action: 'IDENTITY_READ',
        actor_user_id: team.userId,
        actor_role: 'MOBILITY_TEAM',
        region_code: region,
        candidate_id: keeper,
        subject_type: 'Test',
      });
    await audit('gone', 'audit entry (old)', old('auditEntries'));
    await audit('kept', 'audit entry (young)', young('auditEntries'));
    const event = (fate: 'gone' | 'kept', label: string, at: Date) =>
      seed(fate, label, 'account_event', {
        user_id: own.hr.userId,
        kind: 'CREATED',
        actor_user_id: team.userId,
        actor_role: 'MOBILITY_TEAM',
        at,
      });
    await event('gone', 'account event (old)', old('accountEvents'));
    await event('kept', 'account event (young)', young('accountEvents'));
  }

  async function seedMailAndExports(keeper: string) {
    const mail = (fate: 'gone' | 'kept', label: string, columns: Record<string, unknown>) =>
      seed(fate, label, 'mail_message', {
        to_address: `retention-${randomUUID()}@example.nl`,
        purpose: 'TEST',
        subject: 'Onderwerp',
        body_text: '',
        // Never due for sending: another spec's worker leaves it alone.
        next_attempt_at: new Date('2100-01-01T00:00:00Z'),
        ...columns,
      });
    await mail('gone', 'mail sent (old)', { created_at: old('mail'), sent_at: old('mail') });
    await mail('gone', 'mail given up on (old)', { created_at: old('mail'), failed_at: old('mail') });
    await mail('kept', 'mail sent (young)', { created_at: old('mail'), sent_at: young('mail') });
    await mail('kept', 'mail not yet sent (old)', { created_at: old('unreadNotifications') });
    const exported = (fate: 'gone' | 'kept', label: string, expiresAt: Date) =>
      seed(fate, label, 'data_export', {
        candidate_id: keeper,
        requested_by_user_id: own.hr.userId,
        requested_at: new Date(expiresAt.getTime() - 7 * DAY),
        token_sha256: randomBytes(32).toString('hex'),
        ready_at: new Date(expiresAt.getTime() - 7 * DAY),
        expires_at: expiresAt,
      });
    await exported('gone', 'export (expired)', old('dataExports'));
    await exported('kept', 'export (still valid)', young('dataExports'));
  }

  async function seedErasureRequests(keeper: string) {
    const request = (fate: 'gone' | 'kept', label: string, columns: Record<string, unknown>) =>
      seed(fate, label, 'erasure_request', {
        employer_id: own.employer.id,
        region_code: region,
        requested_by_role: 'JOB_SEEKER',
        requested_at: new Date(clock.getTime() - 20 * 365 * DAY),
        scheduled_for: new Date(clock.getTime() - 20 * 365 * DAY),
        ...columns,
      });
    await request('gone', 'erasure completed (old)', {
      completed_at: old('erasureRequests'),
      removed: '{"profile":1}',
    });
    await request('gone', 'erasure cancelled (old)', {
      candidate_id: keeper,
      cancelled_at: old('erasureRequests'),
    });
    await request('kept', 'erasure completed (young)', {
      completed_at: young('erasureRequests'),
      removed: '{"profile":1}',
    });
  }

  async function seedRematchRuns(): Promise<string> {
    const run = (fate: 'gone' | 'kept', label: string, status: string, at: Date) =>
      seed(fate, label, 'rematch_run', {
        region_code: region,
        status,
        reason: 'test',
        requested_at: at,
        finished_at: at,
      });
    await run('gone', 'rematch run (old)', 'COMPLETED', old('rematchRuns'));
    const failed = await run('gone', 'failed rematch run (old)', 'FAILED', old('rematchRuns'));
    await query(
      `INSERT INTO rematch_chunk (run_id, chunk_no, first_candidate_id, last_candidate_id, result, done_at)
       VALUES ($1, 0, $2, $2, '\\x00'::bytea, $3)`,
      [failed, randomUUID(), old('rematchRuns')],
    );
    await run('kept', 'rematch run (young)', 'COMPLETED', young('rematchRuns'));
    return failed;
  }

  async function seedOutbox() {
    const event = (fate: 'gone' | 'kept', label: string, at: Date) =>
      seed(fate, label, 'outbox_event', {
        topic: 'retention-test',
        payload: '{}',
        created_at: at,
        dispatched_at: at,
        completed_at: at,
      });
    await event('gone', 'completed outbox event (old)', old('outboxEvents'));
    await event('kept', 'completed outbox event (young)', young('outboxEvents'));
  }

  const keeper = await candidate();
  const matches = await seedMatches(keeper);
  const placements = await seedPlacements(keeper, matches.openPlacementCase);
  const withdrawn = await seedWithdrawnCandidates();
  await seedNotifications();
  await seedLogs(keeper);
  await seedMailAndExports(keeper);
  await seedErasureRequests(keeper);
  const failedRunId = await seedRematchRuns();
  await seedOutbox();
  return {
    gone,
    kept,
    failedRunId,
    anonymisedPlacements: [...placements.anonymised, withdrawn.erasedPlacement],
    personalPlacements: [...placements.personal, ...withdrawn.personalPlacements],
  };
}
