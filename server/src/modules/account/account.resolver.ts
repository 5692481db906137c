import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission, PUBLIC } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { AccountInfo, AuthPayload, LoginInput, RoleInput, ViewerInfo } from './account.inputs';
import { AccountService, toViewerInfo } from './account.service';
import { SessionService } from './session.service';
import { ActivationService } from './activation.service';

const AccountConnection = ConnectionType(AccountInfo);

@Resolver()
export class AccountResolver {
  private readonly sessions = new SessionService();
  private readonly service = new AccountService();
  private readonly activation = new ActivationService();

  @Authorized(PUBLIC)
  @Mutation(() => AuthPayload, { description: 'Log in; also sets the httpOnly refresh cookie.' })
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    const s = await this.sessions.login(ctx, input.username.trim(), input.password);
    return { accessToken: s.accessToken, expiresAt: s.expiresAt, viewer: toViewerInfo(s.viewer) };
  }

  @Authorized(PUBLIC)
  @Mutation(() => AuthPayload, { description: 'A new access token from the refresh cookie (which is rotated).' })
  async refreshSession(@Ctx() ctx: Context): Promise<AuthPayload> {
    const s = await this.sessions.refresh(ctx);
    return { accessToken: s.accessToken, expiresAt: s.expiresAt, viewer: toViewerInfo(s.viewer) };
  }

  @Authorized(PUBLIC)
  @Mutation(() => Boolean, { description: 'End this login everywhere its refresh tokens reach.' })
  logout(@Ctx() ctx: Context) {
    return this.sessions.logout(ctx);
  }

  @Authorized(PUBLIC)
  @Mutation(() => Boolean, {
    description:
      'Sets the password from a one-time code: an activation (`npm run admin`, a volunteer’s SMS), an invitation or a reset.',
  })
  async activateAccount(
    @Arg('code', () => String) code: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await this.activation.activate(ctx, code, password);
    return true;
  }

  @Authorized(PUBLIC)
  @Query(() => ViewerInfo, { nullable: true, description: 'Who is logged in; null when nobody is.' })
  viewer(@Ctx() ctx: Context) {
    return ctx.viewer ? toViewerInfo(ctx.viewer) : null;
  }

  @Authorized(Permission.READ_ACCOUNTS)
  @Query(() => AccountConnection, { description: 'Accounts within what you manage.' })
  async accounts(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('search', () => String, { nullable: true }) search?: string,
  ) {
    return this.service.list(ctx, search, page);
  }

  @Authorized(Permission.MANAGE_ACCOUNTS)
  @Mutation(() => AccountInfo)
  assignRole(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('role', () => RoleInput) role: RoleInput,
    @Ctx() ctx: Context,
  ) {
    return this.service.assignRole(ctx, accountId, role);
  }

  @Authorized(Permission.MANAGE_ACCOUNTS)
  @Mutation(() => AccountInfo)
  revokeRole(@Arg('assignmentId', () => ID) assignmentId: string, @Ctx() ctx: Context) {
    return this.service.revokeRole(ctx, assignmentId);
  }

  @Authorized(Permission.MANAGE_ACCOUNTS)
  @Mutation(() => AccountInfo, {
    description:
      'Sends the owner a one-time reset code (SMS, else e-mail); the password changes, and sessions end, when they use it.',
  })
  resetPassword(@Arg('accountId', () => ID) accountId: string, @Ctx() ctx: Context) {
    return this.service.resetPassword(ctx, accountId);
  }

  @Authorized(Permission.MANAGE_ACCOUNTS)
  @Mutation(() => AccountInfo)
  disableAccount(@Arg('accountId', () => ID) accountId: string, @Ctx() ctx: Context) {
    return this.service.disable(ctx, accountId);
  }
}
