// Which events and participations each role sees (read by auth/scope.ts through the registry).
import { id, inRegion, Role, via, type AnonymousRules, type RoleRules, type ScopeRules } from '../../auth/scope-rules';

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

/** An invitation is seen by whoever sees its event (staff) and by the invited volunteer. */
const invitationRules: RoleRules = {
  ...via(
    {
      [Role.REGION_ADMIN]: eventRules[Role.REGION_ADMIN],
      [Role.ORG_ADMIN]: eventRules[Role.ORG_ADMIN],
      [Role.STATION_COORDINATOR]: eventRules[Role.STATION_COORDINATOR],
    },
    'service_event',
    'event_id',
  ),
  [Role.VOLUNTEER]: (g, a) => `${a}.volunteer_id = ${id(g.volunteerId)}`,
};

export const serviceEventScope: ScopeRules = {
  ServiceEvent: eventRules,
  Participation: participationRules,
  EventInvitation: invitationRules,
};

/**
 * The public sees the open events of published campaigns, to join them: the event row only (its
 * sign-ups, people and codes stay behind their own rules, which give anonymous visitors nothing).
 */
export const serviceEventAnonymousScope: AnonymousRules = {
  ServiceEvent: (a) =>
    `(${a}.status = 'OPEN' AND ${a}.campaign_id IN (SELECT ac.id FROM campaign ac WHERE ac.status = 'PUBLISHED'))`,
};

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
  EventInvitation: via(runsEvent, 'service_event', 'event_id'),
  Participation: {
    [Role.REGION_ADMIN]: participationRules[Role.REGION_ADMIN],
    ...via(
      { [Role.ORG_ADMIN]: runsEvent[Role.ORG_ADMIN], [Role.STATION_COORDINATOR]: runsEvent[Role.STATION_COORDINATOR] },
      'service_event',
      'event_id',
    ),
  },
};
