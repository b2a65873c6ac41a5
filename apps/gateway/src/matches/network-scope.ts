import type { Viewer } from '@werkbrug/core';
import type { NetworkScope } from '@werkbrug/matching';
import type { NetworksService } from '@werkbrug/networks';

/**
 * A network's active members for a list narrowed to it, looked up only when the list's service asks (after the
 * viewer's right to the list is settled); NOT_FOUND for a network the viewer does not see. Null: no network named.
 */
export function networkScope(
  networks: NetworksService,
  viewer: Viewer,
  networkId?: string | null,
): NetworkScope | null {
  return networkId ? async () => new Set(await networks.activeMemberIds(viewer, networkId)) : null;
}
