/**
 * Orders uuids as PostgreSQL does (byte by byte), for lists combined in TypeScript from several libs' rows that
 * must keep the order one SQL statement gave them: lower-case uuid text compared code unit by code unit gives the
 * same order, and unlike `localeCompare` it does not depend on the process's locale.
 */
export function compareUuids(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
