// The public pages: the station service board, the service catalogue, districts, published campaigns.
import { graphql } from './generated';

export const DistrictsDocument = graphql(`
  query Districts {
    regions(first: 100, filter: { level: DISTRICT }) {
      nodes {
        id
        name
      }
    }
  }
`);

export const ServiceTypesDocument = graphql(`
  query ServiceTypes {
    serviceTypes(first: 100) {
      nodes {
        id
        name
        nameEn
        audience
      }
    }
  }
`);

export const StationBoardDocument = graphql(`
  query StationBoard($first: Int!, $after: String, $filter: ServiceStationFilter) {
    serviceStations(first: $first, after: $after, filter: $filter) {
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

export const PublicCampaignsDocument = graphql(`
  query PublicCampaigns($first: Int!, $after: String, $filter: CampaignFilter) {
    campaigns(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        description
        startsOn
        endsOn
        themeDay
        status
        leadOrganisation {
          id
          name
        }
        region {
          id
          name
        }
      }
    }
  }
`);

/** Public registration: the answer carries a reference and the status, never personal data. */
export const RegisterVolunteerDocument = graphql(`
  mutation RegisterVolunteer($input: VolunteerRegistrationInput!) {
    registerVolunteer(input: $input) {
      reference
      status
      registeredAt
    }
  }
`);

/** The cheapest operation the schema answers: is the hub up? */
export const HubStatusDocument = graphql(`
  query HubStatus {
    __typename
  }
`);
