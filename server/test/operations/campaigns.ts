// GraphQL operations of the campaigns tests, shared by their files.
import { graphql } from '../generated';

export const CAMPAIGN = graphql(`
  fragment CampaignFields on Campaign {
    id
    name
    status
    version
    startsOn
    endsOn
    themeDay
    leadOrganisation {
      id
    }
    region {
      id
    }
    partners {
      organisation {
        id
      }
      role
      status
      respondedAt
    }
  }
`);
export const CREATE = graphql(`
  mutation CreateCampaign2($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      ...CampaignFields
    }
  }
`);
export const UPDATE = graphql(`
  mutation UpdateCampaign2($id: ID!, $v: Int!, $input: UpdateCampaignInput!) {
    updateCampaign(id: $id, version: $v, input: $input) {
      ...CampaignFields
    }
  }
`);
export const INVITE = graphql(`
  mutation InviteCampaignPartner2($c: ID!, $o: ID!, $role: PartnerRole!, $v: Int) {
    inviteCampaignPartner(campaignId: $c, organisationId: $o, role: $role, version: $v) {
      id
      role
      status
      respondedAt
      version
      campaign {
        version
      }
    }
  }
`);
export const RESPOND = graphql(`
  mutation RespondToCampaignInvitation2($c: ID!, $accept: Boolean!, $v: Int) {
    respondToCampaignInvitation(campaignId: $c, accept: $accept, version: $v) {
      id
      status
      respondedAt
      version
      organisation {
        id
      }
    }
  }
`);
export const PUBLISH = graphql(`
  mutation PublishCampaign2($id: ID!, $v: Int!) {
    publishCampaign(id: $id, version: $v) {
      status
      version
    }
  }
`);
export const CLOSE = graphql(`
  mutation CloseCampaign2($id: ID!, $v: Int!) {
    closeCampaign(id: $id, version: $v) {
      status
      version
    }
  }
`);
export const RECORD = graphql(`
  mutation RecordDonation2($input: RecordDonationInput!) {
    recordDonation(input: $input) {
      id
      version
      kind
      amountFen
      item
      quantity
      unit
      donatedOn
      donorName
      donorOrganisation {
        id
      }
      campaign {
        id
      }
      voidedAt
    }
  }
`);
export const VOID = graphql(`
  mutation VoidDonation2($id: ID!, $v: Int!, $reason: String!) {
    voidDonation(id: $id, version: $v, reason: $reason) {
      id
      voidedAt
    }
  }
`);
export const FIGURES = graphql(`
  fragment CampaignFigures on Campaign {
    contributions {
      organisation {
        id
      }
      role
      status
      volunteers
      events
      verifiedMinutes
      verifiedHours
      personTimesServed
      donationCashFen
      donationItems
    }
    donationTotals {
      cashFen
      inKind {
        item
        unit
        quantity
      }
    }
  }
`);
