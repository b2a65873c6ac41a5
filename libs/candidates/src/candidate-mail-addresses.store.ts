import type { EntityManager } from 'typeorm';

/**
 * The addresses to e-mail the candidates among `candidateIds` at: only those who consented to e-mail
 * (RECEIVE_EMAIL, the profile's email_notifications) and whose identity holds an address.
 */
export async function candidateMailAddresses(
  manager: EntityManager,
  candidateIds: readonly string[],
): Promise<Map<string, string>> {
  if (candidateIds.length === 0) return new Map();
  const rows: { id: string; email: string }[] = await manager.query(
    `SELECT c.id, i.email FROM candidate_profile c JOIN candidate_identity i ON i.candidate_id = c.id
      WHERE c.id = ANY($1::uuid[]) AND c.email_notifications AND i.email IS NOT NULL`,
    [candidateIds],
  );
  return new Map(rows.map((r) => [r.id, r.email]));
}
