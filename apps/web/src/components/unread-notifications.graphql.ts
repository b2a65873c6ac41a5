import { graphql } from '@web/graphql/generated';

/** The count alone: the shell shows a badge, never the notifications themselves. */
export const UnreadNotificationsQuery = graphql(`
  query UnreadNotifications {
    unreadNotificationCount
  }
`);
