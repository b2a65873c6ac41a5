import { accountsOfPerson } from '@werkbrug/accounts/candidate-accounts';
import { candidateIdentifyingValues, candidateProfileRows } from '@werkbrug/candidates/candidate-records';
import type { EntityManager } from 'typeorm';

/**
 * Everything Werkbrug holds about one person, found from the database catalog rather than from a hand-kept
 * list, so a table added later is in the export without anyone remembering to add it. Starting from the
 * profile, it follows every foreign key that points at a row already found (the person's account, their match
 * cases, placements, disclosures …) and every `…candidate_id` column without a foreign key.
 */
export interface PersonalData {
  /** Table name → the person's rows in it (empty when the table can hold their data but holds none). */
  readonly tables: Record<string, Record<string, unknown>[]>;
}

/** Secrets and internal blobs: never exported (hashes, one-time tokens, scoring internals, the export itself). */
const WITHHELD_COLUMNS = new Set([
  'password_hash',
  'code_sha256',
  'token_sha256',
  'calendar_token',
  'content_json',
  'content_html',
  'body_text',
  'result',
]);

/** Shared registers and working state that mention many people: not the person's data as such. */
const NOT_PERSONAL_TABLES = new Set(['rematch_chunk', 'outbox_event', 'match_list']);

interface ForeignKey {
  child: string;
  column: string;
  parent: string;
  parentColumn: string;
}

export async function collectPersonalData(tx: EntityManager, candidateId: string): Promise<PersonalData> {
  const keys = await singleColumnForeignKeys(tx);
  const named = await candidateNamedColumns(tx);
  const primaryKeys = await primaryKeyColumns(tx);
  const tables: Record<string, Record<string, unknown>[]> = {};
  /** Table → primary-key values found, for following foreign keys to them. */
  const found = new Map<string, Set<string>>();

  const add = (table: string, rows: Record<string, unknown>[]) => {
    const pk = primaryKeys.get(table);
    const known = found.get(table) ?? new Set<string>();
    const list = (tables[table] ??= []);
    for (const row of rows) {
      const key = pk ? String(row[pk]) : JSON.stringify(row);
      if (known.has(key)) continue;
      known.add(key);
      list.push(row);
    }
    found.set(table, known);
  };

  add('candidate_profile', await candidateProfileRows(tx, candidateId));
  for (const { table, column } of named) {
    if (NOT_PERSONAL_TABLES.has(table)) continue;
    add(table, await tx.query(`SELECT * FROM ${ident(table)} WHERE ${ident(column)} = $1`, [candidateId]));
  }
  // Follow foreign keys to rows found until nothing new turns up (the graph is a few levels deep).
  for (let changed = true; changed;) {
    changed = false;
    for (const fk of keys) {
      if (NOT_PERSONAL_TABLES.has(fk.child) || (fk.parent === 'user_account' && fk.child === 'user_account'))
        continue;
      const parentIds = [...(found.get(fk.parent) ?? [])];
      if (parentIds.length === 0 || primaryKeys.get(fk.parent) !== fk.parentColumn) continue;
      const before = found.get(fk.child)?.size ?? 0;
      tables[fk.child] ??= [];
      add(
        fk.child,
        await tx.query(`SELECT * FROM ${ident(fk.child)} WHERE ${ident(fk.column)}::text = ANY($1::text[])`, [
          parentIds,
        ]),
      );
      if ((found.get(fk.child)?.size ?? 0) > before) changed = true;
    }
  }
  for (const rows of Object.values(tables))
    for (const row of rows)
      for (const column of Object.keys(row)) if (WITHHELD_COLUMNS.has(column)) delete row[column];
  return { tables: Object.fromEntries(Object.entries(tables).sort(([a], [b]) => a.localeCompare(b))) };
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

async function candidateNamedColumns(tx: EntityManager): Promise<{ table: string; column: string }[]> {
  const rows = await tablesReferringToCandidates(tx);
  return rows.filter((r) => r.table !== 'candidate_profile');
}

async function singleColumnForeignKeys(tx: EntityManager): Promise<ForeignKey[]> {
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

async function primaryKeyColumns(tx: EntityManager): Promise<Map<string, string>> {
  const rows: { table: string; column: string }[] = await tx.query(
    `SELECT c.conrelid::regclass::text AS table, a.attname AS column
     FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     JOIN pg_namespace n ON n.oid = c.connamespace AND n.nspname = current_schema()
     WHERE c.contype = 'p' AND cardinality(c.conkey) = 1`,
  );
  return new Map(rows.map((r) => [r.table, r.column]));
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

/** What identifies a person, to search for: ids (also as hex), public code, name, e-mail addresses, phone. */
export async function identifyingValues(tx: EntityManager, candidateId: string): Promise<string[]> {
  const candidate = await candidateIdentifyingValues(tx, candidateId);
  if (candidate.length === 0) return [];
  const accounts = await accountsOfPerson(tx, candidateId);
  return [
    ...candidate,
    ...accounts.userIds,
    ...accounts.userIds.map((id) => id.replace(/-/g, '')),
    ...accounts.emails,
  ];
}
