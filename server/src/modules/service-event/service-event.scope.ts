// Which events and participations each role sees (read by auth/scope.ts through the registry).
import { id, inRegion, Role, via, type RoleRules, type ScopeRules } from '../../auth/scope-rules';

export const eventRules: RoleRules = {
  [Role.REGION_ADMIN]: (g, a) => inRegion(`${a}.region_id`, g),
  [Role.ORG_ADMIN]: (g, a) =>
    `(${a}.organiser_id = ${id(g.organisationId)} OR ${a}.campaign_id IN (SELECT ep.campaign_id FROM campaign_partner ep WHERE ep.organisation_id = ${id(g.organisationId)} AND ep.status = 'ACCEPTED'))`,
  [Role.STATION_COORDINATOR]: (g, a) => `${a}.station_id = ${id(g.stationId)}`,
  [Role.VOLUNTEER]: (g, a) =>
    `(${a}.status = 'OPEN' OR ${a}.id IN (SELECT ep.event_id FROM participation ep WHERE ep.volunteer_id = ${id(g.volunteerId)}))`,
  [Role.VIEWER]: (g, a) => (g.regionId ? inRegion(`${a}.region_id`, g) : 'TRUE'),
};

export const participationRules: RoleRules = {
  [Role.REGION_ADMIN]: (g, a) =>
    `${a}.event_id IN (SELECT pe.id FROM service_event pe WHERE ${inRegion('pe.region_id', g)})`,
  [Role.ORG_ADMIN]: (g, a) =>
    `(${a}.volunteer_id IN (SELECT pv.id FROM volunteer pv WHERE pv.organisation_id = ${id(g.organisationId)}) OR ${a}.event_id IN (SELECT pe.id FROM service_event pe WHERE pe.organiser_id = ${id(g.organisationId)}))`,
  [Role.STATION_COORDINATOR]: (g, a) =>
    `${a}.event_id IN (SELECT pe.id FROM service_event pe WHERE pe.station_id = ${id(g.stationId)})`,
  [Role.VOLUNTEER]: (g, a) => `${a}.volunteer_id = ${id(g.volunteerId)}`,
};

export const serviceEventScope: ScopeRules = { ServiceEvent: eventRules, Participation: participationRules };

/**
 * Who runs an event, and so may change it and its participations (check-in, verification): the
 * region's admins, the organising organisation's admins, and a coordinator for the events its
 * station itself organises, not another organisation's event held at the station.
 */
const runsEvent: RoleRules = {
  [Role.REGION_ADMIN]: eventRules[Role.REGION_ADMIN],
  [Role.ORG_ADMIN]: (g, a) => `${a}.organiser_id = ${id(g.organisationId)}`,
  [Role.STATION_COORDINATOR]: (g, a) =>
    `(${a}.station_id = ${id(g.stationId)} AND ${a}.organiser_id IN (SELECT ws.organisation_id FROM service_station ws WHERE ws.id = ${id(g.stationId)}))`,
};

export const serviceEventWriteScope: ScopeRules = {
  ServiceEvent: runsEvent,
  Participation: {
    [Role.REGION_ADMIN]: participationRules[Role.REGION_ADMIN],
    ...via(
      { [Role.ORG_ADMIN]: runsEvent[Role.ORG_ADMIN], [Role.STATION_COORDINATOR]: runsEvent[Role.STATION_COORDINATOR] },
      'service_event',
      'event_id',
    ),
  },
};
