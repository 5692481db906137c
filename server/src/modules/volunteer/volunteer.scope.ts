// Which volunteers each role sees (read by auth/scope.ts through the registry).
import { id, inRegion, Role, type RoleRules, type ScopeRules } from '../../auth/scope-rules';

export const volunteerRules: RoleRules = {
  [Role.REGION_ADMIN]: (g, a) => inRegion(`${a}.home_region_id`, g),
  [Role.ORG_ADMIN]: (g, a) => `${a}.organisation_id = ${id(g.organisationId)}`,
  [Role.STATION_COORDINATOR]: (g, a) =>
    `(${a}.station_id = ${id(g.stationId)} OR ${a}.id IN (SELECT sp.volunteer_id FROM participation sp JOIN service_event se ON se.id = sp.event_id WHERE se.station_id = ${id(g.stationId)}))`,
  [Role.VOLUNTEER]: (g, a) => `${a}.id = ${id(g.volunteerId)}`,
};

export const volunteerScope: ScopeRules = { Volunteer: volunteerRules };
