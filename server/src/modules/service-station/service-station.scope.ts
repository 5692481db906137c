// Who may change which stations in the registry (the directory itself is open to all): a region
// admin those in its region, an organisation admin those its organisation runs.
import { id, inRegion, Role, type ScopeRules } from '../../auth/scope-rules';

export const serviceStationWriteScope: ScopeRules = {
  ServiceStation: {
    [Role.REGION_ADMIN]: (g, a) => inRegion(`${a}.region_id`, g),
    [Role.ORG_ADMIN]: (g, a) => `${a}.organisation_id = ${id(g.organisationId)}`,
  },
};
