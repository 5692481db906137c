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
import type { UserAccount } from './user-account.entity';

@Resolver(() => AccountInfo)
export class AccountInfoFieldsResolver {
  @FieldResolver(() => ID)
  id(@Root() a: UserAccount) {
    return toGlobalId('Account', a.id);
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
