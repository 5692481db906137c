// Joint campaigns with partner agencies, and their service events.
import { graphql } from './generated';

export const CampaignsDocument = graphql(`
  query Campaigns($first: Int!, $after: String, $filter: CampaignFilter) {
    campaigns(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        name
        status
        themeDay
        startsOn
        endsOn
        leadOrganisation { id name }
        region { id name }
      }
    }
  }
`);

export const CampaignDetailDocument = graphql(`
  query CampaignDetail($id: ID!) {
    node(id: $id) {
      id
      ... on Campaign {
        name
        description
        status
        themeDay
        startsOn
        endsOn
        leadOrganisation { id name }
        region { id name }
        partners(first: 50) {
          id
          role
          status
          respondedAt
          organisation { id name kind }
        }
        events(first: 50) {
          id
          title
          startsAt
          status
          place
          personTimesServed
          organiser { id name }
        }
      }
    }
  }
`);

export const EventsDocument = graphql(`
  query Events($first: Int!, $after: String, $filter: ServiceEventFilter) {
    serviceEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        title
        status
        startsAt
        endsAt
        place
        capacity
        personTimesServed
        organiser { id name }
        serviceType { id name nameEn }
        region { id name }
        campaign { id name }
      }
    }
  }
`);

export const EventDetailDocument = graphql(`
  query EventDetail($id: ID!) {
    node(id: $id) {
      id
      ... on ServiceEvent {
        title
        status
        startsAt
        endsAt
        place
        capacity
        personTimesServed
        organiser { id name }
        serviceType { id name nameEn }
        region { id name }
        station { id name }
        campaign { id name }
      }
    }
  }
`);

export const EventParticipationsDocument = graphql(`
  query EventParticipations($first: Int!, $after: String, $filter: ParticipationFilter) {
    participations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        status
        hours
        personTimesServed
        checkInAt
        checkOutAt
        verifiedAt
        volunteer { id realName }
        event { id title startsAt }
      }
    }
  }
`);
