// Accounts: the list, disabling one, sending a reset code (invitations are in registry.ts).
import { graphql } from './generated';

export const AccountsDocument = graphql(`
  query Accounts($first: Int!, $after: String, $offset: Int, $search: String) {
    accounts(first: $first, after: $after, offset: $offset, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        username
        displayName
        status
        activated
        roles {
          id
          role
          region {
            id
            name
          }
          organisation {
            id
            name
          }
          station {
            id
            name
          }
          volunteer {
            id
            realName
          }
        }
      }
    }
  }
`);

export const DisableAccountDocument = graphql(`
  mutation DisableAccount($accountId: ID!) {
    disableAccount(accountId: $accountId) {
      id
      status
    }
  }
`);

export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($accountId: ID!) {
    resetPassword(accountId: $accountId) {
      id
    }
  }
`);
