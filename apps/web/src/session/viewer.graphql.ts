import { graphql } from '@web/graphql/generated';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      displayName
      role
      employerId
      candidateId
      regionCode
      notificationMail
    }
    # The staff's menu badge reads it here, so their pages ask nothing extra for it (job seekers ask apart).
    unreadNotificationCount
  }
`);
