// Who may change which organisations (the directory itself is open to all): a region admin those
// registered in its region, an organisation admin its own.
import { id, inRegion, Role, type ScopeRules } from '../../auth/scope-rules';

export const organisationWriteScope: ScopeRules = {
  Organisation: {
    [Role.REGION_ADMIN]: (g, a) => inRegion(`${a}.region_id`, g),
    [Role.ORG_ADMIN]: (g, a) => `${a}.id = ${id(g.organisationId)}`,
  },
};
