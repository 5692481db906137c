// The directory: organisations, volunteer teams and the regions of the city.
import { graphql } from './generated';

export const OrganisationsDocument = graphql(`
  query Organisations($first: Int!, $after: String, $offset: Int, $filter: OrganisationFilter) {
    organisations(first: $first, after: $after, offset: $offset, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        kind
        status
        version
        contactName
        contactPhone
        contactEmail
        address
        region {
          id
          name
        }
        parent {
          id
          name
        }
        viewerCan {
          edit
          suspend
        }
      }
    }
  }
`);

export const TeamsDocument = graphql(`
  query Teams($first: Int!, $after: String, $offset: Int, $filter: VolunteerTeamFilter) {
    volunteerTeams(first: $first, after: $after, offset: $offset, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        status
        version
        region {
          id
          name
        }
        organisation {
          id
          name
        }
        viewerCan {
          edit
          suspend
        }
      }
    }
  }
`);

export const OrganisationOptionsDocument = graphql(`
  query OrganisationOptions($search: String) {
    organisations(first: 20, filter: { search: $search }) {
      nodes {
        id
        name
        kind
      }
    }
  }
`);

/** The regions directly below one (a district's subdistricts, a subdistrict's communities). */
export const RegionChildrenDocument = graphql(`
  query RegionChildren($parentId: ID!) {
    regions(first: 100, filter: { parentId: $parentId }) {
      nodes {
        id
        name
        level
      }
    }
  }
`);

/** Service institutions and disabled persons' enterprises: the helped side of an organisation pairing. */
export const InstitutionOptionsDocument = graphql(`
  query InstitutionOptions($search: String) {
    organisations(first: 20, filter: { search: $search, kinds: [SERVICE_INSTITUTION, DISABLED_PERSONS_ENTERPRISE] }) {
      nodes {
        id
        name
      }
    }
  }
`);

/** The city and its districts: the jurisdictions star thresholds are set for. */
export const JurisdictionsDocument = graphql(`
  query Jurisdictions {
    city: regions(first: 1, filter: { level: CITY }) {
      nodes {
        id
        name
      }
    }
    districts: regions(first: 100, filter: { level: DISTRICT }) {
      nodes {
        id
        name
      }
    }
  }
`);

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
