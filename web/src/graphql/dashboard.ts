// The dashboard: the year-end figures for the viewer's scope, one query per filter.
import { graphql } from './generated';

export const DashboardDocument = graphql(`
  query Dashboard($filter: DashboardFilter) {
    dashboard(filter: $filter) {
      counts {
        volunteers
        activeVolunteers
        stations
        teams
      }
      composition {
        studentShare
        insuredShare
        byCategory {
          key
          label
          value
        }
        byStarLevel {
          key
          label
          value
        }
      }
      hours {
        verified
        byMonth {
          key
          label
          value
        }
      }
      personTimes {
        total
        byRegion {
          key
          label
          value
        }
      }
      pairings {
        overdue
        coverage
        byStatus {
          key
          label
          value
        }
      }
      campaigns {
        campaignId
        name
        partners {
          organisationId
          organisationName
          role
          events
          personTimes
          verifiedHours
          volunteers
          donationsFen
        }
      }
      training {
        active
        trained
        share
      }
      donations {
        cashFen
      }
    }
  }
`);

export const RegionNameDocument = graphql(`
  query RegionName($id: ID!) {
    node(id: $id) {
      id
      ... on Region {
        name
        depth
        parent {
          id
          name
        }
      }
    }
  }
`);
