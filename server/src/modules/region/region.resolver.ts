import { Arg, Authorized, Args, Ctx, Int, Query, Resolver, ID, Mutation } from 'type-graphql';
import type { Context } from '../../context/context';
import { PUBLIC, Permission } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { Region } from './region.entity';
import { RegionFilter } from './region.inputs';
import { RegionService } from './region.service';

const RegionConnection = ConnectionType(Region);

@Resolver()
export class RegionResolver {
  private readonly service = new RegionService();

  @Authorized(PUBLIC)
  @Query(() => RegionConnection, { description: 'Regions of the four-level tree.' })
  regions(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => RegionFilter, { nullable: true }) filter?: RegionFilter,
  ) {
    return this.service.list(ctx, filter ?? {}, page);
  }

  @Authorized(Permission.CONFIGURE_STARS)
  @Mutation(() => Region, {
    description: 'Star thresholds (five hour counts) for a jurisdiction and below; null inherits.',
  })
  setStarThresholds(
    @Arg('regionId', () => ID) regionId: string,
    @Arg('hours', () => [Int], { nullable: true }) hours: number[] | null,
    @Ctx() ctx: Context,
  ) {
    return this.service.setStarThresholds(ctx, regionId, hours);
  }
}
