// Accounts: the list, creating one, disabling one, resetting a password.
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

export const CreateAccountDocument = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      username
      displayName
      status
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
  mutation ResetPassword($accountId: ID!, $password: String!) {
    resetPassword(accountId: $accountId, password: $password) {
      id
    }
  }
`);
