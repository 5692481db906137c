// Which accounts and role assignments each role sees (read by auth/scope.ts through the registry).
import { id, pathOf, Role, via, type RoleRules, type ScopeRules } from '../../auth/scope-rules';

const accountRules: RoleRules = {
  [Role.REGION_ADMIN]: (g, a) =>
    `${a}.id IN (SELECT ra.account_id FROM role_assignment ra
       LEFT JOIN region r1 ON r1.id = ra.region_id
       LEFT JOIN organisation o ON o.id = ra.organisation_id LEFT JOIN region r2 ON r2.id = o.region_id
       LEFT JOIN service_station s ON s.id = ra.station_id LEFT JOIN region r3 ON r3.id = s.region_id
       LEFT JOIN volunteer v ON v.id = ra.volunteer_id LEFT JOIN region r4 ON r4.id = v.home_region_id
      WHERE COALESCE(r1.path, r2.path, r3.path, r4.path) LIKE '${pathOf(g)}%')`,
  [Role.ORG_ADMIN]: (g, a) =>
    `${a}.id IN (SELECT ra.account_id FROM role_assignment ra LEFT JOIN volunteer v ON v.id = ra.volunteer_id
      WHERE ra.organisation_id = ${id(g.organisationId)} OR v.organisation_id = ${id(g.organisationId)}
         OR ra.station_id IN (SELECT os.id FROM service_station os WHERE os.organisation_id = ${id(g.organisationId)}))`,
};

export const accountScope: ScopeRules = {
  UserAccount: accountRules,
  RoleAssignment: via(accountRules, 'user_account', 'account_id'),
  AccountActivation: via(accountRules, 'user_account', 'account_id'),
  DevOutboxMessage: via(accountRules, 'user_account', 'account_id'),
};
