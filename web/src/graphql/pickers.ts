// Small searches behind the record pickers of the forms: a name in, at most a page of choices out.
import { graphql } from './generated';

export const OrganisationOptionsDocument = graphql(`
  query OrganisationOptions($search: String) {
    organisations(first: 20, filter: { search: $search }) {
      nodes {
        id
        name
        kind
      }
    }
  }
`);

export const CampaignOptionsDocument = graphql(`
  query CampaignOptions($search: String) {
    campaigns(first: 20, filter: { search: $search }) {
      nodes {
        id
        name
        startsOn
      }
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

/** The regions directly below one (a district's subdistricts, a subdistrict's communities). */
export const RegionChildrenDocument = graphql(`
  query RegionChildren($parentId: ID!) {
    regions(first: 100, filter: { parentId: $parentId }) {
      nodes {
        id
        name
        level
      }
    }
  }
`);

export const StationOptionsDocument = graphql(`
  query StationOptions($regionId: ID!) {
    serviceStations(first: 50, filter: { regionId: $regionId }) {
      nodes {
        id
        name
      }
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

/** Service institutions and disabled persons' enterprises: the helped side of an organisation pairing. */
export const InstitutionOptionsDocument = graphql(`
  query InstitutionOptions($search: String) {
    organisations(first: 20, filter: { search: $search, kinds: [SERVICE_INSTITUTION, DISABLED_PERSONS_ENTERPRISE] }) {
      nodes {
        id
        name
      }
    }
  }
`);

/** The name of one campaign, for a form that starts with it chosen. */
export const CampaignNameDocument = graphql(`
  query CampaignName($id: ID!) {
    node(id: $id) {
      id
      ... on Campaign {
        name
        startsOn
      }
    }
  }
`);

/** The city and its districts: the jurisdictions star thresholds are set for. */
export const JurisdictionsDocument = graphql(`
  query Jurisdictions {
    city: regions(first: 1, filter: { level: CITY }) {
      nodes {
        id
        name
      }
    }
    districts: regions(first: 100, filter: { level: DISTRICT }) {
      nodes {
        id
        name
      }
    }
  }
`);
