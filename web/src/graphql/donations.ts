// Donations: the list, recording one, voiding one.
import { graphql } from './generated';

export const DonationsDocument = graphql(`
  query Donations($first: Int!, $after: String, $offset: Int, $filter: DonationFilter) {
    donations(first: $first, after: $after, offset: $offset, filter: $filter) {
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
