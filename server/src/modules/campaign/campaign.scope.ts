// Which campaigns and partner rows each role, and an anonymous visitor, sees.
import { id, inRegion, Role, via, type AnonymousRules, type RoleRules, type ScopeRules } from '../../auth/scope-rules';

export const campaignRules: RoleRules = {
  [Role.REGION_ADMIN]: (g, a) =>
    `(${inRegion(`${a}.region_id`, g)} OR ${a}.id IN (SELECT ce.campaign_id FROM service_event ce WHERE ${inRegion('ce.region_id', g)}))`,
  [Role.ORG_ADMIN]: (g, a) =>
    `${a}.id IN (SELECT cp.campaign_id FROM campaign_partner cp WHERE cp.organisation_id = ${id(g.organisationId)})`,
  [Role.STATION_COORDINATOR]: (g, a) =>
    `(${a}.status = 'PUBLISHED' OR ${a}.id IN (SELECT ce.campaign_id FROM service_event ce WHERE ce.station_id = ${id(g.stationId)}))`,
  [Role.VOLUNTEER]: (g, a) =>
    `(${a}.status = 'PUBLISHED' OR ${a}.id IN (SELECT ce.campaign_id FROM service_event ce JOIN participation cpp ON cpp.event_id = ce.id WHERE cpp.volunteer_id = ${id(g.volunteerId)}))`,
  [Role.VIEWER]: (g, a) => (g.regionId ? campaignRules[Role.REGION_ADMIN]!(g, a) : 'TRUE'),
};

export const campaignScope: ScopeRules = {
  Campaign: campaignRules,
  CampaignPartner: via(campaignRules, 'campaign', 'campaign_id'),
};

/** Anonymous visitors see published campaigns only. */
export const campaignAnonymousScope: AnonymousRules = {
  Campaign: (a) => `${a}.status = 'PUBLISHED'`,
  CampaignPartner: (a) => `${a}.campaign_id IN (SELECT vp.id FROM campaign vp WHERE vp.status = 'PUBLISHED')`,
};

/** A campaign is changed by its lead organisation's admins, or the admins of the region it belongs to. */
export const campaignWriteScope: ScopeRules = {
  Campaign: {
    [Role.REGION_ADMIN]: (g, a) => inRegion(`${a}.region_id`, g),
    [Role.ORG_ADMIN]: (g, a) => `${a}.lead_organisation_id = ${id(g.organisationId)}`,
  },
};
