// GraphQL operations of the pairings tests, shared by their files.
import { graphql } from '../generated';

export const PAIRING = graphql(`
  fragment PairingFields on Pairing {
    id
    kind
    status
    version
    startedOn
    endedOn
    endReason
    lastVisitAt
    overdue
    ownerA {
      id
    }
    ownerB {
      id
    }
  }
`);
export const PROPOSE = graphql(`
  mutation ProposePairing2($input: ProposePairingInput!) {
    proposePairing(input: $input) {
      ...PairingFields
    }
  }
`);
export const ACCEPT = graphql(`
  mutation AcceptPairing2($id: ID!, $v: Int!) {
    acceptPairing(id: $id, version: $v) {
      ...PairingFields
    }
  }
`);
export const PAUSE = graphql(`
  mutation PausePairing2($id: ID!, $v: Int!, $r: String) {
    pausePairing(id: $id, version: $v, reason: $r) {
      ...PairingFields
    }
  }
`);
export const RESUME = graphql(`
  mutation ResumePairing2($id: ID!, $v: Int!) {
    resumePairing(id: $id, version: $v) {
      ...PairingFields
    }
  }
`);
export const END = graphql(`
  mutation EndPairing2($id: ID!, $v: Int!, $r: String!) {
    endPairing(id: $id, version: $v, reason: $r) {
      ...PairingFields
    }
  }
`);
export const VISIT = graphql(`
  mutation LogPairingVisit2($input: LogPairingVisitInput!) {
    logPairingVisit(input: $input) {
      visit {
        id
        visitedOn
        minutes
        mode
        notes
      }
      pairing {
        id
        lastVisitAt
        version
      }
      donation {
        kind
        item
        quantity
        unit
        amountFen
        donorName
        donorOrganisation {
          id
        }
      }
    }
  }
`);
export const OVERDUE = graphql(`
  query Pairings4($f: PairingFilter) {
    pairings(first: 100, filter: $f) {
      totalCount
      nodes {
        id
        overdue
      }
    }
  }
`);
