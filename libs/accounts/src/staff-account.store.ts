import { AuditAction, recordAudit } from '@werkbrug/audit';
import { Role, Viewer } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import type { NamedPerson } from './account-description';
import { AccountEventEntity } from './account-event.entity';
import { AccountEventKind } from './staff-account.enums';
import type { PendingAccount, ViewerAccount } from './staff-account-rules';
import { UserAccountEntity } from './user-account.entity';

/** The viewer's account as it is now (the token only says who); read in the caller's transaction. */
export async function loadViewerAccount(
  tx: EntityManager,
  viewer: Viewer,
): Promise<ViewerAccount & { person: NamedPerson }> {
  const rows: {
    display_name: string;
    employer_admin: boolean;
    employer_id: string | null;
    created_by_user_id: string | null;
    approved_by_user_id: string | null;
  }[] = await tx.query(
    `SELECT display_name, employer_admin, employer_id, created_by_user_id, approved_by_user_id
     FROM user_account WHERE id = $1 AND status = 'ACTIVE'`,
    [viewer.userId],
  );
  const row = rows[0];
  return {
    viewer,
    employerAdminOf: row && viewer.role === Role.HR_LEAD && row.employer_admin ? row.employer_id : null,
    createdByUserId: row?.created_by_user_id ?? null,
    approvedByUserId: row?.approved_by_user_id ?? null,
    person: { displayName: row?.display_name ?? '?', role: viewer.role },
  };
}

/**
 * Serialises decisions about one employer's (or region's) staff, so that two approvals of a new employer's first
 * HR leads cannot both see "no active HR lead yet".
 */
export async function lockStaffScope(tx: EntityManager, scope: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('werkbrug:staff:' || $1, 0))`, [scope]);
}

/**
 * Employers among `employerIds` that are still being onboarded: they never had an HR lead account (any HR lead
 * that is or was usable; a request not approved does not count) and have no candidates. Only for those may a
 * second person approve an HR lead instead of the employer's own administrator HR lead.
 */
export async function employersInOnboarding(
  tx: EntityManager,
  employerIds: readonly string[],
): Promise<Set<string>> {
  if (employerIds.length === 0) return new Set();
  const rows: { id: string }[] = await tx.query(
    `SELECT e.id FROM unnest($1::uuid[]) AS e(id)
     WHERE NOT EXISTS (SELECT 1 FROM user_account u
                       WHERE u.role = 'HR_LEAD' AND u.employer_id = e.id AND u.origin <> 'REQUESTED')
       AND NOT EXISTS (SELECT 1 FROM candidate_scope c WHERE c.employer_id = e.id)`,
    [[...new Set(employerIds)]],
  );
  return new Set(rows.map((r) => r.id));
}

export async function employerInOnboarding(tx: EntityManager, employerId: string | null): Promise<boolean> {
  return employerId !== null && (await employersInOnboarding(tx, [employerId])).has(employerId);
}

export interface StaffAccountRow extends PendingAccount {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  createdAt: Date;
  approvedByUserId: string | null;
  requester: NamedPerson | null;
}

const ACCOUNT_SELECT = `
  SELECT u.id, u.email, u.display_name, u.role, u.status, u.employer_id, u.created_by_user_id, u.created_at,
         u.approved_by_user_id,
         coalesce(u.region_code, e.region_code) AS region_code,
         r.display_name AS requester_name, r.role AS requester_role
  FROM user_account u
  LEFT JOIN employer_scope e ON e.employer_id = u.employer_id
  LEFT JOIN user_account r ON r.id = u.created_by_user_id`;

interface AccountSqlRow {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  status: PendingAccount['status'];
  employer_id: string | null;
  region_code: string | null;
  created_by_user_id: string | null;
  created_at: Date;
  approved_by_user_id: string | null;
  requester_name: string | null;
  requester_role: Role | null;
}

/** One staff account; locked when a decision about it follows. */
export async function readStaffAccount(
  tx: EntityManager,
  id: string,
  forUpdate: boolean,
): Promise<StaffAccountRow | null> {
  const lock = forUpdate ? 'FOR UPDATE OF u' : '';
  const rows: AccountSqlRow[] = await tx.query(`${ACCOUNT_SELECT} WHERE u.id = $1 ${lock}`, [id]);
  return rows[0] ? toRow(rows[0]) : null;
}

/** Pending accounts in the viewer's scope, oldest first; the rules then keep those the viewer may approve. */
export async function pendingInScope(tx: EntityManager, viewer: Viewer): Promise<StaffAccountRow[]> {
  const scope = scopeCondition(viewer);
  if (!scope) return [];
  const rows: AccountSqlRow[] = await tx.query(
    `${ACCOUNT_SELECT} WHERE u.status = 'PENDING_APPROVAL' AND ${scope.sql} ORDER BY u.created_at, u.id LIMIT 200`,
    scope.params,
  );
  return rows.map(toRow);
}

function scopeCondition(viewer: Viewer): { sql: string; params: unknown[] } | null {
  switch (viewer.role) {
    case Role.ADMINISTRATOR:
      return { sql: 'true', params: [] };
    case Role.MOBILITY_TEAM:
      return {
        sql: `u.role IN ('HR_LEAD','MOBILITY_TEAM','COUNSELLOR') AND coalesce(u.region_code, e.region_code) = $1`,
        params: [viewer.regionCode],
      };
    case Role.HR_LEAD:
      return { sql: `u.role = 'HR_LEAD' AND u.employer_id = $1`, params: [viewer.employerId] };
    case Role.JOB_SEEKER:
    case Role.COUNSELLOR:
      return null;
  }
}

export async function recordAccountEvent(
  tx: EntityManager,
  userId: string,
  kind: AccountEventKind,
  actor: Pick<Viewer, 'userId' | 'role'>,
  reason: string | null = null,
): Promise<void> {
  await tx.insert(AccountEventEntity, {
    userId,
    kind,
    actorUserId: actor.userId,
    actorRole: actor.role,
    reason,
  });
  await recordAudit(tx, actor, {
    action: actor.role === Role.ADMINISTRATOR ? AuditAction.ADMIN_ACTION : AuditAction.ACCOUNT_CHANGED,
    subjectType: 'UserAccount',
    subjectId: userId,
    details: { accountEvent: kind },
  });
}

export interface AccountEventRow {
  id: string;
  kind: AccountEventKind;
  at: Date;
  reason: string | null;
  account: { id: string; email: string; displayName: string; role: Role };
  actor: NamedPerson & { id: string };
  requester: NamedPerson | null;
}

/** The newest account events of every staff account, for administrators. */
export async function recentAccountEvents(tx: EntityManager, limit: number): Promise<AccountEventRow[]> {
  const rows: {
    id: string;
    kind: AccountEventKind;
    at: Date;
    reason: string | null;
    user_id: string;
    email: string;
    display_name: string;
    role: Role;
    actor_user_id: string;
    actor_name: string | null;
    actor_role: Role;
    requester_name: string | null;
    requester_role: Role | null;
  }[] = await tx.query(
    `SELECT ev.id, ev.kind, ev.at, ev.reason, u.id AS user_id, u.email, u.display_name, u.role,
            ev.actor_user_id, a.display_name AS actor_name, ev.actor_role,
            r.display_name AS requester_name, r.role AS requester_role
     FROM account_event ev
     JOIN user_account u ON u.id = ev.user_id
     LEFT JOIN user_account a ON a.id = ev.actor_user_id
     LEFT JOIN user_account r ON r.id = u.created_by_user_id
     ORDER BY ev.at DESC, ev.id DESC LIMIT $1`,
    [limit],
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    at: r.at,
    reason: r.reason,
    account: { id: r.user_id, email: r.email, displayName: r.display_name, role: r.role },
    actor: { id: r.actor_user_id, displayName: r.actor_name ?? '?', role: r.actor_role },
    requester:
      r.requester_name && r.requester_role ? { displayName: r.requester_name, role: r.requester_role } : null,
  }));
}

export async function reloadAccount(tx: EntityManager, id: string): Promise<UserAccountEntity> {
  return tx.findOneByOrFail(UserAccountEntity, { id });
}

function toRow(r: AccountSqlRow): StaffAccountRow {
  return {
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    role: r.role,
    status: r.status,
    employerId: r.employer_id,
    regionCode: r.region_code,
    createdByUserId: r.created_by_user_id,
    createdAt: r.created_at,
    approvedByUserId: r.approved_by_user_id,
    requester:
      r.requester_name && r.requester_role ? { displayName: r.requester_name, role: r.requester_role } : null,
  };
}
