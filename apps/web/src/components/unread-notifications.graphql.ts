import { graphql } from '@web/graphql/generated';

/** Ids only: the shell counts them. The API lists at most 200, so the badge says "99+" beyond 99. */
export const UnreadNotificationsQuery = graphql(`
  query UnreadNotifications {
    myNotifications(unreadOnly: true, limit: 100) {
      id
    }
  }
`);
