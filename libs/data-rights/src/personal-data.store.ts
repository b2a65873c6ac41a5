import type { EntityManager } from 'typeorm';

/**
 * The database catalog and the rows it leads to, for the export of a person's data and the check after an
 * erasure. These read every lib's tables by name from the catalog, never by a hand-kept list: a table added later
 * is covered without anyone remembering it. They only read.
 */

export interface ForeignKey {
  child: string;
  column: string;
  parent: string;
  parentColumn: string;
}

/**
 * Tables that refer to candidates: by a foreign key to the profile, or by a `…candidate_id` uuid column. Views
 * (published by a lib for others to read, see the PublishedViews migration) hold nothing of their own.
 */
export async function tablesReferringToCandidates(
  tx: EntityManager,
): Promise<{ table: string; column: string }[]> {
  return tx.query(
    `SELECT DISTINCT c.conrelid::regclass::text AS table, a.attname AS column
     FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
     WHERE c.contype = 'f' AND c.confrelid = 'candidate_profile'::regclass
     UNION
     SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = current_schema() AND c.column_name LIKE '%candidate_id' AND c.data_type = 'uuid'
       AND t.table_type = 'BASE TABLE'
     ORDER BY 1, 2`,
  );
}

export async function candidateNamedColumns(tx: EntityManager): Promise<{ table: string; column: string }[]> {
  const rows = await tablesReferringToCandidates(tx);
  return rows.filter((r) => r.table !== 'candidate_profile');
}

export async function singleColumnForeignKeys(tx: EntityManager): Promise<ForeignKey[]> {
  return tx.query(
    `SELECT c.conrelid::regclass::text AS child, a.attname AS column,
            c.confrelid::regclass::text AS parent, pa.attname AS "parentColumn"
     FROM pg_constraint c
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
     JOIN pg_namespace n ON n.oid = c.connamespace AND n.nspname = current_schema()
     WHERE c.contype = 'f' AND cardinality(c.conkey) = 1
     ORDER BY 1, 2`,
  );
}

export async function primaryKeyColumns(tx: EntityManager): Promise<Map<string, string>> {
  const rows: { table: string; column: string }[] = await tx.query(
    `SELECT c.conrelid::regclass::text AS table, a.attname AS column
     FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     JOIN pg_namespace n ON n.oid = c.connamespace AND n.nspname = current_schema()
     WHERE c.contype = 'p' AND cardinality(c.conkey) = 1`,
  );
  return new Map(rows.map((r) => [r.table, r.column]));
}

/** The rows of `table` whose `column` is the value. */
export function rowsWhere(
  tx: EntityManager,
  table: string,
  column: string,
  value: string,
): Promise<Record<string, unknown>[]> {
  return tx.query(`SELECT * FROM ${ident(table)} WHERE ${ident(column)} = $1`, [value]);
}

/** The rows of `table` whose `column` (as text) is one of the values. */
export function rowsReferencing(
  tx: EntityManager,
  table: string,
  column: string,
  values: readonly string[],
): Promise<Record<string, unknown>[]> {
  return tx.query(`SELECT * FROM ${ident(table)} WHERE ${ident(column)}::text = ANY($1::text[])`, [values]);
}

function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Where any of the values still occurs: every column of every table of the schema (listed from the catalog, so a
 * table added later is searched too), each row read as text — binary columns as hex, which is why a person's
 * ids are searched for also without dashes. Returns `table (rows)` for each table with a hit.
 */
export async function findTraces(tx: EntityManager, values: readonly string[]): Promise<string[]> {
  const tables: { name: string }[] = await tx.query(
    `SELECT quote_ident(table_name) AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const needles = values.filter((v) => v.length >= 4).map((v) => v.toLowerCase());
  const found: string[] = [];
  for (const { name } of tables) {
    const [{ n }]: { n: number }[] = await tx.query(
      `SELECT count(*)::int AS n FROM ${name} x
       WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) v WHERE strpos(lower(x::text), v) > 0)`,
      [needles],
    );
    if (n > 0) found.push(`${name} (${n})`);
  }
  return found;
}
