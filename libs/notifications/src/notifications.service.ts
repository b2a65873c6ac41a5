import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LocalisedMessage, SystemScope, Viewer } from '@werkbrug/core';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationEntity } from './notification.entity';
import {
  claimNotificationsForMail,
  countViewerUnread,
  markNotificationsMailed,
  markViewerNotificationsRead,
  viewerNotifications,
} from './notification.store';

export type Recipient =
  { readonly employerId: string } | { readonly candidateId: string } | { readonly regionCode: string };

export interface NotificationMessage {
  readonly kind: string;
  readonly subjectType: string;
  readonly subjectId: string;
  readonly text: LocalisedMessage;
}

/** Mailing notifications is the worker's, on no person's behalf. */
const MAIL: SystemScope = { system: 'mail' };

@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Written in the caller's transaction, so a change and the message about it are committed together. */
  notify(tx: EntityManager, recipients: readonly Recipient[], message: NotificationMessage): Promise<void> {
    return notifyIn(tx, recipients, message);
  }

  /** The viewer's own notifications, newest first (see viewerNotifications). */
  async list(viewer: Viewer, unreadOnly: boolean, limit = 50): Promise<NotificationEntity[]> {
    return viewerNotifications(this.dataSource.manager, viewer, { unreadOnly, limit });
  }

  /** How many of the viewer's notifications are unread (all of them, not only the newest 200 `list` returns). */
  async countUnread(viewer: Viewer): Promise<number> {
    return countViewerUnread(this.dataSource.manager, viewer);
  }

  async markRead(viewer: Viewer, ids: readonly string[]): Promise<number> {
    return markViewerNotificationsRead(this.dataSource.manager, viewer, ids);
  }

  /**
   * For a mail sender: claims up to `limit` notifications whose mail step is not done, oldest first (see
   * claimNotificationsForMail).
   */
  async claimForMail(limit: number): Promise<NotificationEntity[]> {
    return this.dataSource.transaction((tx) => claimNotificationsForMail(tx, MAIL, limit));
  }

  /** The mail step is done: mailed, or not wanted (no consent to e-mail). In the caller's transaction if given. */
  async markMailed(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    await markNotificationsMailed(manager, MAIL, ids);
  }
}

/**
 * Writes the message for each recipient once, in the caller's transaction. For code that changes state in a free
 * function (the match workflow's transition) and so has no service to hand; the service's `notify` is the same.
 */
export async function notifyIn(
  tx: EntityManager,
  recipients: readonly Recipient[],
  message: NotificationMessage,
): Promise<void> {
  const unique = new Map(recipients.map((r) => [recipientKey(r), r]));
  for (const r of unique.values())
    await tx.insert(NotificationEntity, {
      recipientEmployerId: 'employerId' in r ? r.employerId : null,
      recipientCandidateId: 'candidateId' in r ? r.candidateId : null,
      recipientRegionCode: 'regionCode' in r ? r.regionCode : null,
      kind: message.kind,
      subjectType: message.subjectType,
      subjectId: message.subjectId,
      textEn: message.text.en,
      textNl: message.text.nl,
    });
}

function recipientKey(r: Recipient): string {
  if ('employerId' in r) return `e:${r.employerId}`;
  if ('candidateId' in r) return `c:${r.candidateId}`;
  return `r:${r.regionCode}`;
}
