import { Role } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import { AccountStatus } from './staff-account.enums';

export interface StaffMailAddress {
  readonly email: string;
  /** What the account reads notifications for: its employer (HR leads) or its region (the mobility team). */
  readonly employerId: string | null;
  readonly regionCode: string | null;
}

/**
 * The addresses to mail news to for these employers' HR leads and these regions' mobility teams: active accounts
 * that have not turned it off. The same people who read those notifications in the app.
 */
export async function staffMailAddresses(
  manager: EntityManager,
  employerIds: readonly string[],
  regionCodes: readonly string[],
): Promise<StaffMailAddress[]> {
  if (employerIds.length === 0 && regionCodes.length === 0) return [];
  const rows: { email: string; employer_id: string | null; region_code: string | null }[] =
    await manager.query(
      `SELECT email, CASE WHEN role = $3 THEN employer_id END AS employer_id,
            CASE WHEN role = $4 THEN region_code END AS region_code
       FROM user_account
      WHERE status = $5 AND notification_mail
        AND ((role = $3 AND employer_id = ANY($1::uuid[])) OR (role = $4 AND region_code = ANY($2::text[])))`,
      [employerIds, regionCodes, Role.HR_LEAD, Role.MOBILITY_TEAM, AccountStatus.ACTIVE],
    );
  return rows.map((r) => ({ email: r.email, employerId: r.employer_id, regionCode: r.region_code }));
}
