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

export const CreateVolunteerTeamDocument = graphql(`
  mutation CreateVolunteerTeam($input: CreateVolunteerTeamInput!) {
    createVolunteerTeam(input: $input) {
      id
      name
      version
    }
  }
`);

export const UpdateVolunteerTeamDocument = graphql(`
  mutation UpdateVolunteerTeam($id: ID!, $version: Int!, $input: UpdateVolunteerTeamInput!) {
    updateVolunteerTeam(id: $id, version: $version, input: $input) {
      id
      name
      version
      region {
        id
        name
      }
    }
  }
`);

export const SetVolunteerTeamStatusDocument = graphql(`
  mutation SetVolunteerTeamStatus($id: ID!, $version: Int!, $status: RegistryStatus!, $reason: String) {
    setVolunteerTeamStatus(id: $id, version: $version, status: $status, reason: $reason) {
      id
      status
      version
    }
  }
`);

/** The stations as the registry keeps them: status, operator and what the viewer may do with each. */
export const StationRegistryDocument = graphql(`
  query StationRegistry($first: Int!, $after: String, $offset: Int, $filter: ServiceStationFilter) {
    serviceStations(first: $first, after: $after, offset: $offset, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        address
        openingHours
        contactName
        contactPhone
        status
        version
        organisation {
          id
          name
        }
        serviceTypes {
          id
          name
          nameEn
        }
        region {
          id
          name
          parent {
            id
            name
            parent {
              id
              name
            }
          }
        }
        viewerCan {
          edit
          suspend
          editBoard
        }
      }
    }
  }
`);

export const CreateServiceStationDocument = graphql(`
  mutation CreateServiceStation($input: CreateServiceStationInput!) {
    createServiceStation(input: $input) {
      id
      name
      version
    }
  }
`);

export const UpdateServiceStationDocument = graphql(`
  mutation UpdateServiceStation($id: ID!, $version: Int!, $input: UpdateServiceStationInput!) {
    updateServiceStation(id: $id, version: $version, input: $input) {
      id
      name
      address
      openingHours
      contactName
      contactPhone
      version
    }
  }
`);

export const SetServiceStationStatusDocument = graphql(`
  mutation SetServiceStationStatus($id: ID!, $version: Int!, $status: RegistryStatus!, $reason: String) {
    setServiceStationStatus(id: $id, version: $version, status: $status, reason: $reason) {
      id
      status
      version
    }
  }
`);

/** The service catalogue with suspended entries, for those who keep it. */
export const ServiceTypeRegistryDocument = graphql(`
  query ServiceTypeRegistry($first: Int!, $after: String, $offset: Int, $filter: ServiceTypeFilter) {
    serviceTypes(first: $first, after: $after, offset: $offset, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        name
        nameEn
        audience
        status
        version
        viewerCan {
          edit
          suspend
        }
      }
    }
  }
`);

export const CreateServiceTypeDocument = graphql(`
  mutation CreateServiceType($input: CreateServiceTypeInput!) {
    createServiceType(input: $input) {
      id
      name
      version
    }
  }
`);

export const UpdateServiceTypeDocument = graphql(`
  mutation UpdateServiceType($id: ID!, $version: Int!, $input: UpdateServiceTypeInput!) {
    updateServiceType(id: $id, version: $version, input: $input) {
      id
      name
      nameEn
      audience
      version
    }
  }
`);

export const SetServiceTypeStatusDocument = graphql(`
  mutation SetServiceTypeStatus($id: ID!, $version: Int!, $status: RegistryStatus!, $reason: String) {
    setServiceTypeStatus(id: $id, version: $version, status: $status, reason: $reason) {
      id
      status
      version
    }
  }
`);

/** One city's skill list, retired skills included, for those who keep it. */
export const SkillRegistryDocument = graphql(`
  query SkillRegistry($first: Int!, $after: String, $offset: Int, $filter: SkillFilter) {
    skills(first: $first, after: $after, offset: $offset, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        active
        version
        serviceType {
          id
          name
          nameEn
        }
        viewerCan {
          edit
        }
      }
    }
  }
`);

export const CitiesDocument = graphql(`
  query Cities {
    regions(first: 20, filter: { level: CITY }) {
      nodes {
        id
        name
      }
    }
  }
`);

export const CreateSkillDocument = graphql(`
  mutation CreateSkill($input: CreateSkillInput!) {
    createSkill(input: $input) {
      id
      name
      version
    }
  }
`);

export const UpdateSkillDocument = graphql(`
  mutation UpdateSkill($id: ID!, $version: Int!, $input: UpdateSkillInput!) {
    updateSkill(id: $id, version: $version, input: $input) {
      id
      name
      active
      version
    }
  }
`);
