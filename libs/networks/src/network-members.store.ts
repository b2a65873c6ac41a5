import type { EntityManager } from 'typeorm';

/** A network's region and its active members: what another lib needs to scope its work to the network. */
export interface NetworkScope {
  readonly regionCode: string;
  readonly employerIds: readonly string[];
}

/** The network's scope, or null for an unknown network. */
export async function networkScope(manager: EntityManager, networkId: string): Promise<NetworkScope | null> {
  const rows: { region_code: string; employer_ids: string[] | null }[] = await manager.query(
    `SELECT n.region_code,
            array_agg(m.employer_id) FILTER (WHERE m.status = 'ACTIVE') AS employer_ids
       FROM employer_network n
       LEFT JOIN employer_network_member m ON m.network_id = n.id
      WHERE n.id = $1
      GROUP BY n.region_code`,
    [networkId],
  );
  return rows[0] ? { regionCode: rows[0].region_code, employerIds: rows[0].employer_ids ?? [] } : null;
}
