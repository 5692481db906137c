// What the public pages share: whether the hub is up, and the service catalogue.
import { graphql } from './generated';

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

/** The cheapest operation the schema answers: is the hub up? */
export const HubStatusDocument = graphql(`
  query HubStatus {
    __typename
  }
`);

/** The city's skill list, offered on the registration form and the profile. */
export const SkillsDocument = graphql(`
  query Skills {
    skills(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

// What the public sees of an open event, in each document below: no people, only the places left.
export const PublicEventDocument = graphql(`
  query PublicEvent($id: ID!) {
    node(id: $id) {
      id
      ... on ServiceEvent {
        id
        title
        place
        startsAt
        endsAt
        status
        capacity
        placesLeft
        adultsOnly
        station {
          id
          name
          contactPhone
        }
        campaign {
          id
          name
        }
      }
    }
  }
`);

/** Open events, of one station when asked (the station board links here). */
export const PublicEventsDocument = graphql(`
  query PublicEvents($first: Int!, $after: String, $filter: ServiceEventFilter) {
    serviceEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        place
        startsAt
        endsAt
        status
        capacity
        placesLeft
        adultsOnly
        station {
          id
          name
          contactPhone
        }
        campaign {
          id
          name
        }
      }
    }
  }
`);

/** The public look-up of a submission by its reference and the last four digits of the mobile. */
export const SubmissionStatusDocument = graphql(`
  query SubmissionStatus($reference: String!, $phoneLast4: String!) {
    submissionStatus(reference: $reference, phoneLast4: $phoneLast4) {
      reference
      kind
      status
      submittedAt
      station {
        name
        phone
      }
    }
  }
`);
