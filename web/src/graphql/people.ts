// People: the volunteer roster, beneficiaries (masked), the audited reveal, commendations.
import { graphql } from './generated';

export const VolunteersDocument = graphql(`
  query Volunteers($first: Int!, $after: String, $filter: VolunteerFilter) {
    volunteers(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        realName
        gender
        category
        status
        version
        phone
        insured
        registeredAt
        homeRegion {
          id
          name
        }
        organisation {
          id
          name
        }
        team {
          id
          name
        }
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
        statusReason
        version
        verifiedHours
        starLevel
        phone
        idNumber
        birthDate
        insured
        skills
        registeredAt
        homeRegion {
          id
          name
        }
        organisation {
          id
          name
        }
        team {
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

export const BeneficiariesDocument = graphql(`
  query Beneficiaries($first: Int!, $after: String, $filter: BeneficiaryFilter) {
    beneficiaries(first: $first, after: $after, filter: $filter) {
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
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        year
        awardedOn
        awardedBy {
          id
          name
        }
        volunteer {
          id
          realName
        }
      }
    }
  }
`);

export const ApproveVolunteerDocument = graphql(`
  mutation ApproveVolunteer($id: ID!, $version: Int!) {
    approveVolunteer(id: $id, version: $version) {
      id
      status
      statusReason
      version
    }
  }
`);

export const RejectVolunteerDocument = graphql(`
  mutation RejectVolunteer($id: ID!, $reason: String!, $version: Int!) {
    rejectVolunteer(id: $id, reason: $reason, version: $version) {
      id
      status
      statusReason
      version
    }
  }
`);

export const SetVolunteerStatusDocument = graphql(`
  mutation SetVolunteerStatus($id: ID!, $status: VolunteerStatus!, $reason: String, $version: Int!) {
    setVolunteerStatus(id: $id, status: $status, reason: $reason, version: $version) {
      id
      status
      statusReason
      version
    }
  }
`);

export const UpdateMyVolunteerProfileDocument = graphql(`
  mutation UpdateMyVolunteerProfile($input: VolunteerProfileInput!, $version: Int!) {
    updateMyVolunteerProfile(input: $input, version: $version) {
      id
      phone
      category
      skills
      version
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

export const CommendationCandidatesDocument = graphql(`
  query CommendationCandidates($year: Int!, $first: Int!) {
    commendationCandidates(year: $year, first: $first) {
      rank
      verifiedHours
      events
      commended
      volunteer {
        id
        realName
        homeRegion {
          id
          name
        }
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const AwardCommendationDocument = graphql(`
  mutation AwardCommendation($input: AwardCommendationInput!) {
    awardCommendation(input: $input) {
      id
      title
      year
      awardedOn
    }
  }
`);

export const StarThresholdsDocument = graphql(`
  query StarThresholds($id: ID!) {
    node(id: $id) {
      id
      ... on Region {
        name
        starThresholdsHours
        version
      }
    }
  }
`);

export const SetStarThresholdsDocument = graphql(`
  mutation SetStarThresholds($regionId: ID!, $hours: [Int!]) {
    setStarThresholds(regionId: $regionId, hours: $hours) {
      id
      starThresholdsHours
      version
    }
  }
`);
