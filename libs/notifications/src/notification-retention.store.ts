import { affectedRows, lockedDueIds } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';

/**
 * What the retention job (libs/data-rights, which decides how long) removes of the notifications lib's own
 * table: read notifications sooner than unread ones, whose reader may still come back.
 */

/** Notifications read before `before`: a locked batch of ids (see lockedDueIds). */
export function dueReadNotificationIds(tx: EntityManager, before: Date, limit: number): Promise<string[]> {
  return lockedDueIds(tx, 'notification', 't.read_at < $1', before, limit);
}

/** Notifications never read and created before `before`. */
export function dueUnreadNotificationIds(tx: EntityManager, before: Date, limit: number): Promise<string[]> {
  return lockedDueIds(tx, 'notification', 't.read_at IS NULL AND t.created_at < $1', before, limit);
}

export function removeNotifications(tx: EntityManager, ids: readonly string[]): Promise<number> {
  return affectedRows(tx, `DELETE FROM notification WHERE id = ANY($1::uuid[])`, [ids]);
}
