// Which donations each role sees: through the person, household, pairing or campaign they went to.
import { id, Role, via, type RoleRules, type ScopeRules } from '../../auth/scope-rules';
import { beneficiaryRules, householdRules } from '../beneficiary/beneficiary.scope';
import { campaignRules } from '../campaign/campaign.scope';
import { pairingRules } from '../pairing/pairing.scope';

const donationRules: RoleRules = {
  [Role.REGION_ADMIN]: (g, a) =>
    `(${via(beneficiaryRules, 'beneficiary', 'beneficiary_id')[Role.REGION_ADMIN]!(g, a)} OR ${via(householdRules, 'household', 'household_id')[Role.REGION_ADMIN]!(g, a)} OR ${via(pairingRules, 'pairing', 'pairing_id')[Role.REGION_ADMIN]!(g, a)} OR ${via(campaignRules, 'campaign', 'campaign_id')[Role.REGION_ADMIN]!(g, a)})`,
  [Role.ORG_ADMIN]: (g, a) =>
    `(${a}.donor_organisation_id = ${id(g.organisationId)} OR ${via(pairingRules, 'pairing', 'pairing_id')[Role.ORG_ADMIN]!(g, a)} OR ${via(campaignRules, 'campaign', 'campaign_id')[Role.ORG_ADMIN]!(g, a)})`,
  [Role.STATION_COORDINATOR]: (g, a) =>
    `${a}.beneficiary_id IN (SELECT db.id FROM beneficiary db WHERE db.station_id = ${id(g.stationId)})`,
  [Role.VOLUNTEER]: (g, a) => via(pairingRules, 'pairing', 'pairing_id')[Role.VOLUNTEER]!(g, a),
};

export const donationScope: ScopeRules = { Donation: donationRules };
