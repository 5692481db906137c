// Which volunteer teams each role sees (read by auth/scope.ts through the registry).
import { id, inRegion, Role, type ScopeRules } from '../../auth/scope-rules';

export const volunteerTeamScope: ScopeRules = {
  VolunteerTeam: {
    [Role.REGION_ADMIN]: (g, a) => inRegion(`${a}.region_id`, g),
    [Role.ORG_ADMIN]: (g, a) => `${a}.organisation_id = ${id(g.organisationId)}`,
    [Role.STATION_COORDINATOR]: (g, a) =>
      `${a}.id IN (SELECT tv.team_id FROM volunteer tv WHERE tv.station_id = ${id(g.stationId)})`,
    [Role.VOLUNTEER]: (g, a) => `${a}.id IN (SELECT tv.team_id FROM volunteer tv WHERE tv.id = ${id(g.volunteerId)})`,
    [Role.VIEWER]: (g, a) => (g.regionId ? inRegion(`${a}.region_id`, g) : 'TRUE'),
  },
};
