// Joint campaigns with partner agencies: the list, one campaign with its partners and events, and its steps.
import { graphql } from './generated';

export const CampaignsDocument = graphql(`
  query Campaigns($first: Int!, $after: String, $offset: Int, $filter: CampaignFilter) {
    campaigns(first: $first, after: $after, offset: $offset, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        status
        themeDay
        startsOn
        endsOn
        leadOrganisation {
          id
          name
        }
        region {
          id
          name
        }
      }
    }
  }
`);

export const CampaignDetailDocument = graphql(`
  query CampaignDetail($id: ID!) {
    node(id: $id) {
      id
      ... on Campaign {
        viewerCan {
          edit
          publish
          close
        }
        name
        description
        status
        themeDay
        startsOn
        endsOn
        version
        leadOrganisation {
          id
          name
        }
        region {
          id
          name
        }
        partners(first: 100) {
          viewerCan {
            respond
          }
          id
          role
          status
          respondedAt
          version
          organisation {
            id
            name
            kind
          }
        }
        contributions {
          role
          status
          events
          volunteers
          verifiedHours
          personTimesServed
          donationCashFen
          donationItems
          organisation {
            id
            name
          }
        }
        donationTotals {
          cashFen
          inKind {
            item
            quantity
            unit
          }
        }
        events(first: 50) {
          id
          title
          startsAt
          status
          place
          personTimesServed
          organiser {
            id
            name
          }
        }
      }
    }
  }
`);

/** The theme days of a year with suggested names and dates, for a new campaign. */
export const ThemeDayPresetsDocument = graphql(`
  query ThemeDayPresets($year: Int!) {
    themeDayPresets(year: $year) {
      themeDay
      date
      name
      description
    }
  }
`);

export const CreateCampaignDocument = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      id
      name
      status
      version
    }
  }
`);

export const PublishCampaignDocument = graphql(`
  mutation PublishCampaign($id: ID!, $version: Int!) {
    publishCampaign(id: $id, version: $version) {
      id
      status
      version
    }
  }
`);

export const CloseCampaignDocument = graphql(`
  mutation CloseCampaign($id: ID!, $version: Int!) {
    closeCampaign(id: $id, version: $version) {
      id
      status
      version
    }
  }
`);

export const InviteCampaignPartnerDocument = graphql(`
  mutation InviteCampaignPartner($campaignId: ID!, $organisationId: ID!, $role: PartnerRole!, $version: Int) {
    inviteCampaignPartner(campaignId: $campaignId, organisationId: $organisationId, role: $role, version: $version) {
      id
      role
      status
      version
      organisation {
        id
        name
      }
    }
  }
`);

export const RespondToCampaignInvitationDocument = graphql(`
  mutation RespondToCampaignInvitation($campaignId: ID!, $accept: Boolean!, $version: Int) {
    respondToCampaignInvitation(campaignId: $campaignId, accept: $accept, version: $version) {
      id
      status
      respondedAt
      version
    }
  }
`);

/** Open campaigns an organisation takes part in, with every partner's answer (to find its own invitations). */
export const OrganisationCampaignsDocument = graphql(`
  query OrganisationCampaigns($organisationId: ID!) {
    campaigns(first: 50, filter: { organisationId: $organisationId, statuses: [DRAFT, PUBLISHED] }) {
      nodes {
        id
        name
        startsOn
        endsOn
        leadOrganisation {
          id
          name
        }
        partners(first: 100) {
          viewerCan {
            respond
          }
          id
          role
          status
          version
          organisation {
            id
          }
        }
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

export const PublicCampaignsDocument = graphql(`
  query PublicCampaigns($first: Int!, $after: String, $offset: Int, $filter: CampaignFilter) {
    campaigns(first: $first, after: $after, offset: $offset, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        description
        startsOn
        endsOn
        themeDay
        status
        leadOrganisation {
          id
          name
        }
        region {
          id
          name
        }
        events(first: 20) {
          id
          title
          place
          startsAt
          endsAt
          status
          capacity
          placesLeft
          adultsOnly
          station {
            id
            name
            contactPhone
          }
          campaign {
            id
            name
          }
        }
      }
    }
  }
`);
