import { graphql } from '@web/graphql/generated';

export const MyNotificationsQuery = graphql(`
  query MyNotifications {
    myNotifications(limit: 50) {
      id
      kind
      subjectType
      subjectId
      createdAt
      readAt
      textNl
      textEn
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const SetNotificationMailMutation = graphql(`
  mutation SetNotificationMail($enabled: Boolean!) {
    setNotificationMail(enabled: $enabled) {
      id
      notificationMail
    }
  }
`);
