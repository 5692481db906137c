// Registry management (organisations, teams), staff invitations, and the public pages that take a
// one-time code (activation, invitation, reset) or ask for one (forgot password).
import { graphql } from './generated';

export const CreateOrganisationDocument = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
      version
    }
  }
`);

export const UpdateOrganisationDocument = graphql(`
  mutation UpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {
    updateOrganisation(id: $id, version: $version, input: $input) {
      id
      name
      kind
      contactName
      contactPhone
      contactEmail
      address
      version
    }
  }
`);

export const SetOrganisationStatusDocument = graphql(`
  mutation SetOrganisationStatus($id: ID!, $version: Int!, $status: RegistryStatus!, $reason: String) {
    setOrganisationStatus(id: $id, version: $version, status: $status, reason: $reason) {
      id
      status
      version
    }
  }
`);

export const InvitationsDocument = graphql(`
  query Invitations($first: Int!, $after: String, $status: InvitationStatus) {
    invitations(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        channel
        destination
        status
        createdAt
        expiresAt
        account {
          id
          username
          displayName
        }
      }
    }
  }
`);

export const InviteAccountDocument = graphql(`
  mutation InviteAccount($input: InviteAccountInput!) {
    inviteAccount(input: $input) {
      id
      status
      destination
    }
  }
`);

export const ResendInvitationDocument = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(invitationId: $id) {
      id
      status
    }
  }
`);

export const RevokeInvitationDocument = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(invitationId: $id) {
      id
      status
    }
  }
`);

export const ActivateAccountDocument = graphql(`
  mutation ActivateAccount($code: String!, $password: String!) {
    activateAccount(code: $code, password: $password)
  }
`);

export const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($login: String!) {
    requestPasswordReset(login: $login)
  }
`);
