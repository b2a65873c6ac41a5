import { NotFoundError, Role } from '@werkbrug/core';
import { employerRegion } from '@werkbrug/employers/employer-directory.store';
import { type EntityManager, QueryFailedError } from 'typeorm';
import {
  EmailAlreadyRegisteredError,
  HrLeadNeedsEmployerError,
  MobilityTeamNeedsRegionError,
  UnknownRegionError,
} from './accounts.errors';
import type { StaffRole } from './staff-account-rules';

/** No password: the account's holder chooses one with the activation code (see staff-account-activation.ts). */
export interface CreateStaffAccountInput {
  email: string;
  displayName: string;
  role: StaffRole;
  employerId?: string;
  regionCode?: string;
  /** Only an administrator HR lead of the same employer may create another one. */
  employerAdmin?: boolean;
}

/** Where a new account belongs: an HR lead's employer (and its region), a mobility team's or counsellor's region. */
export async function staffAccountScope(
  manager: EntityManager,
  input: CreateStaffAccountInput,
): Promise<{ employerId: string | null; regionCode: string | null }> {
  if (input.role === Role.HR_LEAD) {
    if (!input.employerId) throw new HrLeadNeedsEmployerError();
    const employer = await employerRegion(manager, input.employerId);
    if (!employer) throw new NotFoundError('Employer', 'Werkgever');
    return { employerId: employer.id, regionCode: employer.regionCode };
  }
  if (input.role === Role.ADMINISTRATOR) return { employerId: null, regionCode: null };
  // Mobility-team members and external counsellors both work in one region.
  if (!input.regionCode) throw new MobilityTeamNeedsRegionError();
  return { employerId: null, regionCode: input.regionCode };
}

/** A taken e-mail address or an unknown region, as the client may hear it. */
export function translateStaffWriteError(error: unknown): unknown {
  if (!(error instanceof QueryFailedError)) return error;
  const code = (error.driverError as { code?: string }).code;
  if (code === '23505') return new EmailAlreadyRegisteredError();
  if (code === '23503') return new UnknownRegionError();
  return error;
}
