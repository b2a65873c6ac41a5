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
}

/** The account behind a token, null when it is unknown or disabled. */
export async function enabledViewerRow(manager: EntityManager, userId: string): Promise<ViewerRow | null> {
  const rows: ViewerRow[] = await manager.query(
    `SELECT u.id, u.role, u.employer_id, u.region_code, u.candidate_id,
            e.region_code AS employer_region, c.employer_id AS candidate_employer, c.region_code AS candidate_region
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
}

/** The active mobility-team accounts of a region, by name: who can be a trajectory's counsellor. */
export async function activeTeamMembers(manager: EntityManager, regionCode: string): Promise<StaffMember[]> {
  const rows: { id: string; display_name: string }[] = await manager.query(
    `SELECT id, display_name FROM user_account
      WHERE role = 'MOBILITY_TEAM' AND region_code = $1 AND status = 'ACTIVE' AND disabled_at IS NULL
      ORDER BY display_name, id`,
    [regionCode],
  );
  return rows.map((r) => ({ id: r.id, displayName: r.display_name }));
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
