// The work records: pairings with their visits, service requests, donations, training.
import { graphql } from './generated';

export const PairingsDocument = graphql(`
  query Pairings($first: Int!, $after: String, $filter: PairingFilter) {
    pairings(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        status
        overdue
        startedOn
        lastVisitAt
        ownerA {
          id
          name
        }
        ownerB {
          id
          name
        }
        volunteer {
          id
          realName
        }
        beneficiary {
          id
          realName
        }
        household {
          id
          headName
        }
        institution {
          id
          name
        }
      }
    }
  }
`);

export const PairingDetailDocument = graphql(`
  query PairingDetail($id: ID!) {
    node(id: $id) {
      id
      ... on Pairing {
        kind
        status
        version
        overdue
        startedOn
        endedOn
        endReason
        lastVisitAt
        ownerA {
          id
          name
        }
        ownerB {
          id
          name
        }
        volunteer {
          id
          realName
        }
        beneficiary {
          id
          realName
        }
        household {
          id
          headName
        }
        institution {
          id
          name
        }
        visits(first: 100) {
          id
          visitedOn
          mode
          minutes
          notes
        }
      }
    }
  }
`);

export const ServiceRequestsDocument = graphql(`
  query ServiceRequests($first: Int!, $after: String, $filter: ServiceRequestFilter) {
    serviceRequests(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        requesterName
        phone
        description
        status
        version
        callbackRequested
        closingNote
        createdAt
        serviceType {
          id
          name
          nameEn
        }
        station {
          id
          name
        }
        region {
          id
          name
        }
        assignedVolunteer {
          id
          realName
        }
        beneficiary {
          id
          realName
        }
      }
    }
  }
`);

export const DonationsDocument = graphql(`
  query Donations($first: Int!, $after: String, $filter: DonationFilter) {
    donations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        version
        amountFen
        item
        quantity
        unit
        donatedOn
        donorName
        donorOrganisation {
          id
          name
        }
        beneficiary {
          id
          realName
        }
        household {
          id
          headName
        }
        pairing {
          id
        }
        campaign {
          id
          name
        }
      }
    }
  }
`);

export const TrainingSessionsDocument = graphql(`
  query TrainingSessions($first: Int!, $after: String, $filter: TrainingSessionFilter) {
    trainingSessions(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        heldOn
        minutes
        organisation {
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

export const TrainingDetailDocument = graphql(`
  query TrainingDetail($id: ID!) {
    node(id: $id) {
      id
      ... on TrainingSession {
        title
        heldOn
        minutes
        organisation {
          id
          name
        }
        region {
          id
          name
        }
        version
        attendances(first: 100) {
          id
          attended
          version
          volunteer {
            id
            realName
          }
        }
      }
    }
  }
`);

export const RecordDonationDocument = graphql(`
  mutation RecordDonation($input: RecordDonationInput!) {
    recordDonation(input: $input) {
      id
      kind
      amountFen
      item
      quantity
      unit
      donatedOn
      version
    }
  }
`);

export const VoidDonationDocument = graphql(`
  mutation VoidDonation($id: ID!, $reason: String!, $version: Int!) {
    voidDonation(id: $id, reason: $reason, version: $version) {
      id
      voidedAt
      version
    }
  }
`);
