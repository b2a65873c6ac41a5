import type { Role } from '@web/graphql/generated/graphql';

/** Where HR leads and the mobility team find their employer networks. */
export const NETWORK_PATHS = {
  HR_LEAD: '/hr/networks',
  MOBILITY_TEAM: '/team/networks',
} as const satisfies Partial<Record<Role, string>>;

export type NetworkRole = keyof typeof NETWORK_PATHS;

export function networkPath(role: NetworkRole, networkId: string): string {
  return `${NETWORK_PATHS[role]}/${encodeURIComponent(networkId)}`;
}
