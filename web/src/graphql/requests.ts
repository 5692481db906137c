// Service requests: the public form, the queue, filing for a beneficiary, assign, complete, cancel.
import { graphql } from './generated';

/** The public form: the answer is a reference to quote on the phone, never the requester's data. */
export const SubmitServiceRequestDocument = graphql(`
  mutation SubmitServiceRequest($input: SubmitServiceRequestInput!) {
    submitServiceRequest(input: $input) {
      reference
      station {
        name
        phone
      }
      status
      createdAt
    }
  }
`);

export const CreateServiceRequestDocument = graphql(`
  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {
    createServiceRequest(input: $input) {
      id
      status
      version
    }
  }
`);

export const AssignServiceRequestDocument = graphql(`
  mutation AssignServiceRequest($id: ID!, $version: Int!, $volunteerId: ID!) {
    assignServiceRequest(id: $id, version: $version, volunteerId: $volunteerId) {
      id
      status
      version
      assignedVolunteer {
        id
        realName
      }
    }
  }
`);

export const CompleteServiceRequestDocument = graphql(`
  mutation CompleteServiceRequest($id: ID!, $version: Int!, $minutes: Int!, $personTimesServed: Int, $note: String) {
    completeServiceRequest(
      id: $id
      version: $version
      minutes: $minutes
      personTimesServed: $personTimesServed
      note: $note
    ) {
      id
      status
      closingNote
      version
    }
  }
`);

export const CancelServiceRequestDocument = graphql(`
  mutation CancelServiceRequest($id: ID!, $version: Int!, $reason: String!) {
    cancelServiceRequest(id: $id, version: $version, reason: $reason) {
      id
      status
      closingNote
      version
    }
  }
`);

export const ServiceRequestsDocument = graphql(`
  query ServiceRequests(
    $first: Int!
    $after: String
    $offset: Int
    $filter: ServiceRequestFilter
    $orderBy: ServiceRequestOrder
  ) {
    serviceRequests(first: $first, after: $after, offset: $offset, filter: $filter, orderBy: $orderBy) {
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
