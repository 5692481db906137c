// GraphQL operations of the service-requests tests, shared by their files.
import { graphql } from '../generated';

export const SUBMIT = graphql(`
  mutation SubmitServiceRequest2($input: SubmitServiceRequestInput!) {
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
export const REQUEST = graphql(`
  fragment RequestFields on ServiceRequest {
    id
    status
    version
    callbackRequested
    closingNote
    phone
    assignedVolunteer {
      id
    }
    participation {
      id
      minutes
      status
      verifiedAt
    }
  }
`);
export const CREATE = graphql(`
  mutation CreateServiceRequest2($input: CreateServiceRequestInput!) {
    createServiceRequest(input: $input) {
      ...RequestFields
      requesterName
      beneficiary {
        id
      }
    }
  }
`);
export const ASSIGN = graphql(`
  mutation AssignServiceRequest2($id: ID!, $v: Int!, $vol: ID!) {
    assignServiceRequest(id: $id, version: $v, volunteerId: $vol) {
      ...RequestFields
    }
  }
`);
export const COMPLETE = graphql(`
  mutation CompleteServiceRequest2($id: ID!, $v: Int!, $m: Int!, $p: Int, $n: String) {
    completeServiceRequest(id: $id, version: $v, minutes: $m, personTimesServed: $p, note: $n) {
      ...RequestFields
    }
  }
`);
export const CANCEL = graphql(`
  mutation CancelServiceRequest2($id: ID!, $v: Int!, $r: String!) {
    cancelServiceRequest(id: $id, version: $v, reason: $r) {
      ...RequestFields
    }
  }
`);
export const READ = graphql(`
  query RequestNode($id: ID!) {
    node(id: $id) {
      __typename
      ... on ServiceRequest {
        ...RequestFields
      }
    }
  }
`);
