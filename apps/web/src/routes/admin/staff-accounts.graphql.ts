import { graphql } from '@web/graphql/generated';

export const StaffAccountResultParts = graphql(`
  fragment StaffAccountResultParts on StaffAccountResult {
    account {
      id
      displayName
      status
    }
    activation {
      code
      expiresAt
    }
  }
`);

/** The requests to decide on, with the regions and employers the request form offers: one request on load. */
export const StaffAccountsPageQuery = graphql(`
  query StaffAccountsPage {
    regions {
      code
      name
    }
    employers(first: 100) {
      nodes {
        id
        name
        regionCode
      }
    }
    pendingStaffAccounts {
      approvalBasis
      requestedAt
      requestedBy {
        id
        displayName
        role
      }
      account {
        id
        displayName
        email
        role
        regionCode
        employerId
        status
      }
    }
  }
`);

export const StaffAccountEventsQuery = graphql(`
  query StaffAccountEvents {
    staffAccountEvents(limit: 50) {
      id
      at
      kind
      reason
      text {
        nl
        en
      }
      actor {
        id
        displayName
        role
      }
      account {
        id
        displayName
        email
        role
      }
    }
  }
`);

export const ApproveStaffAccountMutation = graphql(`
  mutation ApproveStaffAccount($id: ID!) {
    approveStaffAccount(id: $id) {
      ...StaffAccountResultParts
    }
  }
`);

export const RejectStaffAccountMutation = graphql(`
  mutation RejectStaffAccount($id: ID!, $reason: String) {
    rejectStaffAccount(id: $id, reason: $reason) {
      id
      displayName
      status
    }
  }
`);

export const CreateStaffAccountMutation = graphql(`
  mutation CreateStaffAccount($input: CreateStaffAccountInput!) {
    createStaffAccount(input: $input) {
      ...StaffAccountResultParts
    }
  }
`);
