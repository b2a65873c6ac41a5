import { isSystemScope, type SystemScope } from '@werkbrug/core';

/** The scopes matching's own background work runs in, named where the work starts. */
export const WORKER_SCOPE: SystemScope = { system: 'worker' };
export const RETENTION_SCOPE: SystemScope = { system: 'retention' };
export const ERASURE_SCOPE: SystemScope = { system: 'erasure' };

/**
 * Statements that read or write across every tenant run only for Werkbrug itself. The type says so already; this
 * also stops a viewer cast to a system scope, which would otherwise pass silently.
 */
export function requireSystemScope(scope: SystemScope): void {
  if (!isSystemScope(scope)) throw new Error('a system-only statement was called with a viewer');
}
