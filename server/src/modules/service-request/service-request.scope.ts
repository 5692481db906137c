// Which service requests each role sees (read by auth/scope.ts through the registry).
import { id, inRegion, Role, type ScopeRules } from '../../auth/scope-rules';

export const serviceRequestScope: ScopeRules = {
  ServiceRequest: {
    [Role.REGION_ADMIN]: (g, a) => inRegion(`${a}.region_id`, g),
    [Role.STATION_COORDINATOR]: (g, a) => `${a}.station_id = ${id(g.stationId)}`,
    [Role.VOLUNTEER]: (g, a) => `${a}.assigned_volunteer_id = ${id(g.volunteerId)}`,
  },
};
