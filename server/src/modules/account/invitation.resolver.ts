import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission, PUBLIC } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { InviteAccountInput } from './account.inputs';
import { InvitationInfo, InvitationStatus, OutboxMessageInfo } from './invitation.inputs';
import { InvitationService } from './invitation.service';
import { PasswordResetService } from './password-reset.service';

const InvitationConnection = ConnectionType(InvitationInfo);
const OutboxConnection = ConnectionType(OutboxMessageInfo);

@Resolver()
export class InvitationResolver {
  private readonly service = new InvitationService();
  private readonly resets = new PasswordResetService();

  @Authorized(Permission.MANAGE_ACCOUNTS)
  @Mutation(() => InvitationInfo, {
    description: 'Invites a person by mobile number or e-mail to roles you may grant; they set their own password.',
  })
  inviteAccount(@Arg('input', () => InviteAccountInput) input: InviteAccountInput, @Ctx() ctx: Context) {
    return this.service.invite(ctx, input);
  }

  @Authorized(Permission.MANAGE_ACCOUNTS)
  @Mutation(() => InvitationInfo, { description: 'Sends a new code for an invitation not yet accepted.' })
  resendInvitation(@Arg('invitationId', () => ID) invitationId: string, @Ctx() ctx: Context) {
    return this.service.resend(ctx, invitationId);
  }

  @Authorized(Permission.MANAGE_ACCOUNTS)
  @Mutation(() => InvitationInfo, { description: 'Withdraws a pending invitation; its account is disabled.' })
  revokeInvitation(@Arg('invitationId', () => ID) invitationId: string, @Ctx() ctx: Context) {
    return this.service.revoke(ctx, invitationId);
  }

  @Authorized(Permission.READ_ACCOUNTS)
  @Query(() => InvitationConnection, {
    description: 'The latest invitation or activation of each account you manage.',
  })
  invitations(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('status', () => InvitationStatus, { nullable: true }) status?: InvitationStatus,
  ) {
    return this.service.list(ctx, status, page);
  }

  @Authorized(Permission.MANAGE_ACCOUNTS)
  @Query(() => OutboxConnection, {
    description: 'Development only (refused in production): the codes the hub would have sent, oldest first.',
  })
  accountCodeOutbox(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('recipient', () => String, { nullable: true, description: 'One mobile number or e-mail address.' })
    recipient?: string,
  ) {
    return this.service.outbox(ctx, recipient, page);
  }

  @Authorized(PUBLIC)
  @Mutation(() => Boolean, {
    description:
      'Forgot password: sends a reset code to the account’s own mobile (or e-mail). Answers true whether or not the name exists.',
  })
  requestPasswordReset(@Arg('login', () => String) login: string, @Ctx() ctx: Context) {
    return this.resets.request(ctx, login);
  }
}
