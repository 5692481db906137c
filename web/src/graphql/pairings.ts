// Pairings: the list, one pairing with its visits, and its steps (propose, accept, pause, resume, end, log a visit).
// Each step answers with what it changed, so the cache follows.
import { graphql } from './generated';

export const ProposePairingDocument = graphql(`
  mutation ProposePairing($input: ProposePairingInput!) {
    proposePairing(input: $input) {
      id
      kind
      status
      version
    }
  }
`);

export const AcceptPairingDocument = graphql(`
  mutation AcceptPairing($id: ID!, $version: Int!) {
    acceptPairing(id: $id, version: $version) {
      id
      status
      startedOn
      overdue
      version
    }
  }
`);

export const PausePairingDocument = graphql(`
  mutation PausePairing($id: ID!, $version: Int!, $reason: String) {
    pausePairing(id: $id, version: $version, reason: $reason) {
      id
      status
      overdue
      version
    }
  }
`);

export const ResumePairingDocument = graphql(`
  mutation ResumePairing($id: ID!, $version: Int!) {
    resumePairing(id: $id, version: $version) {
      id
      status
      overdue
      version
    }
  }
`);

export const ConfirmPairingVisitDocument = graphql(`
  mutation ConfirmPairingVisit($id: ID!, $version: Int!) {
    confirmPairingVisit(id: $id, version: $version) {
      id
      review
      reviewedAt
      version
      viewerCan {
        confirm
        decline
      }
    }
  }
`);

export const DeclinePairingVisitDocument = graphql(`
  mutation DeclinePairingVisit($id: ID!, $version: Int!, $reason: String!) {
    declinePairingVisit(id: $id, version: $version, reason: $reason) {
      id
      review
      reviewNote
      version
      viewerCan {
        confirm
        decline
      }
    }
  }
`);

export const EndPairingDocument = graphql(`
  mutation EndPairing($id: ID!, $version: Int!, $reason: String!) {
    endPairing(id: $id, version: $version, reason: $reason) {
      id
      status
      endedOn
      endReason
      overdue
      version
    }
  }
`);

export const LogPairingVisitDocument = graphql(`
  mutation LogPairingVisit($input: LogPairingVisitInput!) {
    logPairingVisit(input: $input) {
      visit {
        id
        visitedOn
        mode
        minutes
        notes
      }
      pairing {
        id
        lastVisitAt
        overdue
        version
      }
      donation {
        id
        kind
        amountFen
        item
        quantity
        unit
      }
    }
  }
`);

export const PairingOptionsDocument = graphql(`
  query PairingOptions {
    pairings(first: 50, filter: { statuses: [ACTIVE] }) {
      nodes {
        id
        kind
        ownerA {
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

export const PairingsDocument = graphql(`
  query Pairings($first: Int!, $after: String, $offset: Int, $filter: PairingFilter) {
    pairings(first: $first, after: $after, offset: $offset, filter: $filter) {
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
        viewerCan {
          manage
          logVisit
          accept
        }
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
        parties {
          helper
          helped
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
          review
          reviewNote
          version
          viewerCan {
            confirm
            decline
          }
        }
      }
    }
  }
`);
