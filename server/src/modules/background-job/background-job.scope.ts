// Jobs and uploads are their owner's alone, whatever the role (a hub admin's loader sees them all,
// so the services check the owner too before showing one or its files).
import { id, Role, type RoleRules } from '../../auth/scope-rules';

const owner = (g: { assignmentId: string }, a: string) =>
  `${a}.owner_account_id = (SELECT ora.account_id FROM role_assignment ora WHERE ora.id = ${id(g.assignmentId)})`;

export const ownerOnly: RoleRules = Object.fromEntries(Object.values(Role).map((r) => [r, owner]));
