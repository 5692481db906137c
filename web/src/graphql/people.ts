// People: the volunteer roster, beneficiaries (masked), the audited reveal, commendations.
import { graphql } from './generated';

export const VolunteersDocument = graphql(`
  query Volunteers($first: Int!, $after: String, $filter: VolunteerFilter) {
    volunteers(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        realName
        gender
        category
        status
        phone
        insured
        registeredAt
        homeRegion { id name }
        organisation { id name }
        team { id name }
      }
    }
  }
`);

export const VolunteerDetailDocument = graphql(`
  query VolunteerDetail($id: ID!) {
    node(id: $id) {
      id
      ... on Volunteer {
        realName
        gender
        category
        status
        phone
        idNumber
        birthDate
        insured
        skills
        registeredAt
        homeRegion { id name }
        organisation { id name }
        team { id name }
        station { id name }
      }
    }
  }
`);

export const BeneficiariesDocument = graphql(`
  query Beneficiaries($first: Int!, $after: String, $filter: BeneficiaryFilter) {
    beneficiaries(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        realName
        gender
        disabilityCategory
        disabilityGrade
        idNumber
        phone
        region { id name }
        station { id name }
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
        needs { id name nameEn }
        region { id name }
        station { id name }
        household { id headName size }
      }
    }
  }
`);

export const RevealPersonalDataDocument = graphql(`
  mutation RevealPersonalData($id: ID!, $reason: String!) {
    revealPersonalData(id: $id, reason: $reason) {
      id
      fields
      idNumber
      certificateNumber
      phone
      address
      birthDate
    }
  }
`);

export const CommendationsDocument = graphql(`
  query Commendations($first: Int!, $after: String, $filter: CommendationFilter) {
    commendations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        title
        year
        awardedOn
        awardedBy { id name }
        volunteer { id realName }
      }
    }
  }
`);
