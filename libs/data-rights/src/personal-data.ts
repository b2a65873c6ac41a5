import { accountsOfPerson } from '@werkbrug/accounts/candidate-accounts.store';
import {
  candidateIdentifyingValues,
  candidateProfileRows,
} from '@werkbrug/candidates/candidate-records.store';
import type { EntityManager } from 'typeorm';
import {
  candidateNamedColumns,
  primaryKeyColumns,
  rowsReferencing,
  rowsWhere,
  singleColumnForeignKeys,
} from './personal-data.store';

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
    add(table, await rowsWhere(tx, table, column, candidateId));
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
      add(fk.child, await rowsReferencing(tx, fk.child, fk.column, parentIds));
      if ((found.get(fk.child)?.size ?? 0) > before) changed = true;
    }
  }
  for (const rows of Object.values(tables))
    for (const row of rows)
      for (const column of Object.keys(row)) if (WITHHELD_COLUMNS.has(column)) delete row[column];
  return { tables: Object.fromEntries(Object.entries(tables).sort(([a], [b]) => a.localeCompare(b))) };
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
