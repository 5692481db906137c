// Anyone reads the skill lists (the public registration form offers them); a region's admins manage
// the list of a city inside their region, the hub every list.
import { inRegion, OPEN, Role, type ScopeRules } from '../../auth/scope-rules';

export const skillScope: ScopeRules = { Skill: OPEN };

export const skillWriteScope: ScopeRules = {
  Skill: { [Role.REGION_ADMIN]: (g, a) => inRegion(`${a}.region_id`, g) },
};
