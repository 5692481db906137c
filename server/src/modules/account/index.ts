// Accounts, role assignments and sessions.
import type { HubModule } from '../hub-module';
import { UserAccount } from './user-account.entity';
import { RoleAssignment } from './role-assignment.entity';
import { RefreshToken } from './refresh-token.entity';
import { AccountActivation } from './account-activation.entity';
import { DevOutboxMessage } from './dev-outbox.entity';
import { AccountResolver } from './account.resolver';
import {
  AccountInfoFieldsResolver,
  InvitationFieldsResolver,
  OutboxMessageFieldsResolver,
  RoleGrantInfoFieldsResolver,
} from './account-fields.resolver';
import { InvitationResolver } from './invitation.resolver';
import { accountScope } from './account.scope';

export const accountModule: HubModule = {
  entities: [UserAccount, RoleAssignment, RefreshToken, AccountActivation, DevOutboxMessage],
  resolvers: [
    AccountResolver,
    InvitationResolver,
    AccountInfoFieldsResolver,
    RoleGrantInfoFieldsResolver,
    InvitationFieldsResolver,
    OutboxMessageFieldsResolver,
  ],
  scope: accountScope,
};
