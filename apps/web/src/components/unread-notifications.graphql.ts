import { graphql } from '@web/graphql/generated';

/** The count alone: the shell shows a badge, never the notifications themselves. */
export const UnreadNotificationsQuery = graphql(`
  query UnreadNotifications {
    unreadNotificationCount
  }
`);

/** A count names no type: this ties it to the notifications, so marking them read fetches it again. */
export const COUNTS_NOTIFICATIONS = { additionalTypenames: ['Notification'] };
