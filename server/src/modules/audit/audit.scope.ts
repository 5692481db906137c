// A region admin reads its subtree's audit entries; the hub reads all (read by auth/scope.ts through the registry).
import { inRegion, Role, type ScopeRules } from '../../auth/scope-rules';

export const auditScope: ScopeRules = {
  AuditLog: { [Role.REGION_ADMIN]: (g, a) => inRegion(`${a}.region_id`, g) },
};
