import type { Role } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import type { AccountOrigin } from './staff-account.enums';
import { UserAccountEntity } from './user-account.entity';

/** The account a login names, with its password hash (not selected by default); null when there is none. */
export function findLoginAccount(manager: EntityManager, email: string): Promise<UserAccountEntity | null> {
  return manager
    .createQueryBuilder(UserAccountEntity, 'u')
    .addSelect('u.passwordHash')
    .where('u.email = :email', { email })
    .getOne();
}

/** What a request's Viewer is made of: the account with its employer's or candidate's scope. */
export interface ViewerRow {
  id: string;
  role: Role;
  employer_id: string | null;
  region_code: string | null;
  candidate_id: string | null;
  employer_region: string | null;
  candidate_employer: string | null;
  candidate_region: string | null;
  /** A counsellor's caseload (counsellor_caseload); empty for every other role. */
  caseload: string[];
}

/** The account behind a token, null when it is unknown or disabled. */
export async function enabledViewerRow(manager: EntityManager, userId: string): Promise<ViewerRow | null> {
  const rows: ViewerRow[] = await manager.query(
    `SELECT u.id, u.role, u.employer_id, u.region_code, u.candidate_id,
            e.region_code AS employer_region, c.employer_id AS candidate_employer, c.region_code AS candidate_region,
            CASE WHEN u.role = 'COUNSELLOR'
                 THEN ARRAY(SELECT k.candidate_id FROM counsellor_caseload k
                             WHERE k.counsellor_user_id = u.id AND k.region_code = u.region_code)
                 ELSE '{}'::uuid[] END AS caseload
     FROM user_account u
     LEFT JOIN employer_scope e ON e.employer_id = u.employer_id
     LEFT JOIN candidate_scope c ON c.candidate_id = u.candidate_id
     WHERE u.id = $1 AND u.disabled_at IS NULL`,
    [userId],
  );
  return rows[0] ?? null;
}

export interface AccountOriginRow {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  employer_id: string | null;
  origin: AccountOrigin;
  created_at: Date;
  approved_at: Date | null;
  created_by_name: string | null;
  created_by_role: Role | null;
  approved_by_name: string | null;
  approved_by_role: Role | null;
}

/** The accounts among `ids` with who requested and who approved each (unknown ids are left out). */
export function accountOrigins(manager: EntityManager, ids: readonly string[]): Promise<AccountOriginRow[]> {
  return manager.query(
    `SELECT u.id, u.email, u.display_name, u.role, u.employer_id, u.origin, u.created_at, u.approved_at,
            c.display_name AS created_by_name, c.role AS created_by_role,
            a.display_name AS approved_by_name, a.role AS approved_by_role
     FROM user_account u
     LEFT JOIN user_account c ON c.id = u.created_by_user_id
     LEFT JOIN user_account a ON a.id = u.approved_by_user_id
     WHERE u.id = ANY($1::uuid[])`,
    [ids],
  );
}

export interface StaffMember {
  readonly id: string;
  readonly displayName: string;
  readonly role: Role;
}

/**
 * Who can be a trajectory's counsellor in a region: its active mobility-team members and external counsellors, the
 * team first, each by name.
 */
export async function activeCounsellors(manager: EntityManager, regionCode: string): Promise<StaffMember[]> {
  const rows: { id: string; display_name: string; role: Role }[] = await manager.query(
    `SELECT id, display_name, role FROM user_account
      WHERE role IN ('MOBILITY_TEAM','COUNSELLOR') AND region_code = $1 AND status = 'ACTIVE' AND disabled_at IS NULL
      ORDER BY role = 'COUNSELLOR', display_name, id`,
    [regionCode],
  );
  return rows.map((r) => ({ id: r.id, displayName: r.display_name, role: r.role }));
}

/** Display names by account id (unknown ids are left out): how a record names the staff who worked on it. */
export async function staffDisplayNames(
  manager: EntityManager,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows: { id: string; display_name: string }[] = await manager.query(
    `SELECT id, display_name FROM user_account WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
