import type { DescribedAccount } from '@werkbrug/accounts';
import { personLabel } from '@werkbrug/accounts';
import type { IdentityAccessLogEntity } from '@werkbrug/candidates/candidate-identity.entity';
import { IdentityAccessAction, type IdentityAccessLogEntry } from './models/candidate-profile.model';

/**
 * A log entry names the actual account that read the identity and how that account came to exist, not only a
 * role: "an HR lead of your employer" hides an account someone else set up.
 */
export function toAccessLogEntry(
  entry: IdentityAccessLogEntity,
  accounts: ReadonlyMap<string, DescribedAccount>,
): IdentityAccessLogEntry {
  const account = accounts.get(entry.accessedByUserId);
  return {
    id: entry.id,
    action: IdentityAccessAction[entry.action],
    accessedByUserId: entry.accessedByUserId,
    accessorRole: entry.accessorRole,
    accessorEmployerId: entry.accessorEmployerId,
    fields: entry.fields,
    purpose: entry.purpose,
    accessedAt: entry.accessedAt,
    accessorName: account?.displayName ?? null,
    accessorEmail: account?.email ?? null,
    accessorEmployerName: account?.employerName ?? null,
    accessorAccountOrigin: account?.origin ?? null,
    accessorAccountCreatedAt: account?.createdAt ?? null,
    accessorAccountCreatedBy: account?.createdBy ? personLabel(account.createdBy).en : null,
    accessorAccountApprovedBy: account?.approvedBy ? personLabel(account.approvedBy).en : null,
    accessorAccountApprovedAt: account?.approvedAt ?? null,
    accessorDescription: account?.label ?? null,
  };
}
