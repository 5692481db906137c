// Volunteers: the public registration, the roster, one volunteer, review and status, the own profile.
import { graphql } from './generated';

export const VolunteersDocument = graphql(`
  query Volunteers($first: Int!, $after: String, $offset: Int, $filter: VolunteerFilter, $orderBy: VolunteerOrder) {
    volunteers(first: $first, after: $after, offset: $offset, filter: $filter, orderBy: $orderBy) {
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
        viewerCan {
          edit
          approve
          suspend
        }
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
        skills {
          id
          name
        }
        otherSkill
        availability {
          weekday
          from
          to
        }
        preferredDistricts {
          id
          name
        }
        guardianName
        guardianRelation
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
      skills {
        id
        name
      }
      otherSkill
      availability {
        weekday
        from
        to
      }
      preferredDistricts {
        id
        name
      }
      version
    }
  }
`);

/** Active volunteers by name, optionally only the categories a step accepts (cadres for household pairings). */
export const VolunteerOptionsDocument = graphql(`
  query VolunteerOptions($search: String, $categories: [VolunteerCategory!]) {
    volunteers(first: 20, filter: { search: $search, statuses: [ACTIVE], categories: $categories }) {
      nodes {
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

/** Public registration: the answer carries a reference and the status, never personal data. */
export const RegisterVolunteerDocument = graphql(`
  mutation RegisterVolunteer($input: VolunteerRegistrationInput!) {
    registerVolunteer(input: $input) {
      reference
      station {
        name
        phone
      }
      status
      registeredAt
    }
  }
`);

/** An admin's edit of a volunteer within scope: category, insurance, skills, availability, districts. */
export const UpdateVolunteerDocument = graphql(`
  mutation UpdateVolunteer($id: ID!, $input: VolunteerAdminInput!, $version: Int!) {
    updateVolunteer(id: $id, input: $input, version: $version) {
      id
      category
      insured
      skills {
        id
        name
      }
      otherSkill
      availability {
        weekday
        from
        to
      }
      preferredDistricts {
        id
        name
      }
      version
    }
  }
`);
