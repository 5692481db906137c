// Community service stations: the public board, one station's detail and its board entry.
import { graphql } from './generated';

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
        status
        version
        viewerCan {
          edit
          suspend
          editBoard
        }
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

export const StationOptionsDocument = graphql(`
  query StationOptions($regionId: ID!) {
    serviceStations(first: 50, filter: { regionId: $regionId }) {
      nodes {
        id
        name
      }
    }
  }
`);

export const StationBoardDocument = graphql(`
  query StationBoard($first: Int!, $after: String, $offset: Int, $filter: ServiceStationFilter) {
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
