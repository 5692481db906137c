// Accounts, role assignments and sessions.
import type { HubModule } from '../hub-module';
import { UserAccount } from './user-account.entity';
import { RoleAssignment } from './role-assignment.entity';
import { RefreshToken } from './refresh-token.entity';
import { AccountActivation } from './account-activation.entity';
import { AccountResolver } from './account.resolver';
import { AccountInfoFieldsResolver, RoleGrantInfoFieldsResolver } from './account-fields.resolver';
import { accountScope } from './account.scope';

export const accountModule: HubModule = {
  entities: [UserAccount, RoleAssignment, RefreshToken, AccountActivation],
  resolvers: [AccountResolver, AccountInfoFieldsResolver, RoleGrantInfoFieldsResolver],
  scope: accountScope,
};
