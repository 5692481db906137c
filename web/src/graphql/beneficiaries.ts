// Beneficiaries (masked) and their households.
import { graphql } from './generated';

export const BeneficiariesDocument = graphql(`
  query Beneficiaries($first: Int!, $after: String, $offset: Int, $filter: BeneficiaryFilter) {
    beneficiaries(first: $first, after: $after, offset: $offset, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        realName
        gender
        disabilityCategory
        disabilityGrade
        idNumber
        phone
        region {
          id
          name
        }
        station {
          id
          name
        }
      }
    }
  }
`);

export const BeneficiaryDetailDocument = graphql(`
  query BeneficiaryDetail($id: ID!) {
    node(id: $id) {
      id
      ... on Beneficiary {
        realName
        gender
        disabilityCategory
        disabilityGrade
        idNumber
        certificateNumber
        birthDate
        phone
        address
        accessNeeds
        version
        needs {
          id
          name
          nameEn
        }
        region {
          id
          name
          level
          parent {
            id
            level
            parent {
              id
              level
            }
          }
        }
        station {
          id
          name
        }
        household {
          id
          headName
          size
        }
      }
    }
  }
`);

export const CreateBeneficiaryDocument = graphql(`
  mutation CreateBeneficiary($input: BeneficiaryInput!) {
    createBeneficiary(input: $input) {
      id
      realName
      version
    }
  }
`);

export const UpdateBeneficiaryDocument = graphql(`
  mutation UpdateBeneficiary($id: ID!, $input: BeneficiaryUpdateInput!, $version: Int!) {
    updateBeneficiary(id: $id, input: $input, version: $version) {
      id
      realName
      version
    }
  }
`);

export const BeneficiaryOptionsDocument = graphql(`
  query BeneficiaryOptions($search: String) {
    beneficiaries(first: 20, filter: { search: $search }) {
      nodes {
        id
        realName
        region {
          id
          name
          depth
          parent {
            id
            name
            depth
            parent {
              id
              name
              depth
            }
          }
        }
      }
    }
  }
`);

export const HouseholdOptionsDocument = graphql(`
  query HouseholdOptions($search: String) {
    households(first: 20, filter: { search: $search }) {
      nodes {
        id
        headName
        region {
          id
          name
        }
      }
    }
  }
`);
