// Joint campaigns with partner organisations.
import { PUBLIC } from '../../auth/permissions';
import type { HubModule } from '../hub-module';
import { Campaign } from './campaign.entity';
import { CampaignPartner } from './campaign-partner.entity';
import { CampaignResolver } from './campaign.resolver';
import {
  CampaignFieldsResolver,
  CampaignPartnerFieldsResolver,
  CampaignPartnerContributionFieldsResolver,
} from './campaign-fields.resolver';
import { campaignScope, campaignAnonymousScope, campaignWriteScope } from './campaign.scope';

export const campaignModule: HubModule = {
  entities: [Campaign, CampaignPartner],
  resolvers: [
    CampaignResolver,
    CampaignFieldsResolver,
    CampaignPartnerFieldsResolver,
    CampaignPartnerContributionFieldsResolver,
  ],
  nodes: { Campaign: PUBLIC, CampaignPartner: PUBLIC },
  keyed: [Campaign],
  scope: campaignScope,
  anonymousScope: campaignAnonymousScope,
  writeScope: campaignWriteScope,
};
