// The directory: organisations, volunteer teams and (for administrators) stations with their detail.
import { graphql } from './generated';

export const OrganisationsDocument = graphql(`
  query Organisations($first: Int!, $after: String, $filter: OrganisationFilter) {
    organisations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        kind
        contactName
        contactPhone
        region {
          id
          name
        }
        parent {
          id
          name
        }
      }
    }
  }
`);

export const TeamsDocument = graphql(`
  query Teams($first: Int!, $after: String, $filter: VolunteerTeamFilter) {
    volunteerTeams(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        region {
          id
          name
        }
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const StationDetailDocument = graphql(`
  query StationDetail($id: ID!) {
    node(id: $id) {
      id
      ... on ServiceStation {
        name
        address
        openingHours
        contactName
        contactPhone
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
      }
    }
  }
`);

export const UpdateStationBoardDocument = graphql(`
  mutation UpdateStationBoard($id: ID!, $version: Int!, $input: StationBoardInput!) {
    updateStationBoard(id: $id, version: $version, input: $input) {
      id
      name
      address
      openingHours
      contactName
      contactPhone
      version
      serviceTypes {
        id
        name
        nameEn
      }
    }
  }
`);
