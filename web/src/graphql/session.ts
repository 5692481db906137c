// The session: log in, refresh through the httpOnly cookie, log out, and who is logged in.
import { graphql } from './generated';

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      expiresAt
    }
  }
`);

export const RefreshSessionDocument = graphql(`
  mutation RefreshSession {
    refreshSession {
      accessToken
      expiresAt
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      id
      username
      displayName
      permissions
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
`);
