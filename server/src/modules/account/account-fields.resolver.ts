import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { toGlobalId } from '../../common/node';
import { Region } from '../region/region.entity';
import { Organisation } from '../organisation/organisation.entity';
import { ServiceStation } from '../service-station/service-station.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { AccountInfo, RoleGrantInfo } from './account.inputs';
import { toGrantInfo } from './account.service';
import { RoleAssignment } from './role-assignment.entity';
import { UserAccount } from './user-account.entity';
import { AccountActivation } from './account-activation.entity';
import { DevOutboxMessage } from './dev-outbox.entity';
import { InvitationInfo, InvitationStatus, OutboxMessageInfo } from './invitation.inputs';
import { invitationStatus } from './invitation.service';

@Resolver(() => AccountInfo)
export class AccountInfoFieldsResolver {
  @FieldResolver(() => ID)
  id(@Root() a: UserAccount) {
    return toGlobalId('Account', a.id);
  }

  @FieldResolver(() => Boolean)
  activated(@Root() a: UserAccount) {
    return !!a.passwordHash;
  }

  @FieldResolver(() => [RoleGrantInfo])
  async roles(@Root() a: UserAccount, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.many(RoleAssignment, 'accountId', 100).load(a.id);
    return rows.map(toGrantInfo);
  }
}

@Resolver(() => RoleGrantInfo)
export class RoleGrantInfoFieldsResolver {
  @FieldResolver(() => Region, { nullable: true })
  region(@Root() g: RoleGrantInfo, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Region, g.regionId);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() g: RoleGrantInfo, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Organisation, g.organisationId);
  }

  @FieldResolver(() => ServiceStation, { nullable: true })
  station(@Root() g: RoleGrantInfo, @Ctx() ctx: Context) {
    return ctx.loaders.ref(ServiceStation, g.stationId);
  }

  @FieldResolver(() => Volunteer, { nullable: true })
  volunteer(@Root() g: RoleGrantInfo, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Volunteer, g.volunteerId);
  }
}

@Resolver(() => InvitationInfo)
export class InvitationFieldsResolver {
  @FieldResolver(() => ID)
  id(@Root() row: AccountActivation) {
    return toGlobalId('Invitation', row.id);
  }

  @FieldResolver(() => AccountInfo)
  account(@Root() row: AccountActivation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(UserAccount, row.accountId);
  }

  @FieldResolver(() => AccountInfo, { nullable: true })
  issuedBy(@Root() row: AccountActivation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(UserAccount, row.issuedById);
  }

  @FieldResolver(() => InvitationStatus)
  status(@Root() row: AccountActivation, @Ctx() ctx: Context) {
    return invitationStatus(row, ctx.now());
  }
}

@Resolver(() => OutboxMessageInfo)
export class OutboxMessageFieldsResolver {
  @FieldResolver(() => ID)
  id(@Root() row: DevOutboxMessage) {
    return toGlobalId('OutboxMessage', row.id);
  }
}
