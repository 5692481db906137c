import { Arg, Authorized, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { PUBLIC } from '../../auth/permissions';
import { ConnectionType, nestedFirst, PageArgs } from '../../common/pagination';
import { Region } from './region.entity';
import { RegionFilter } from './region.inputs';
import { RegionService } from './region.service';

const RegionConnection = ConnectionType(Region);

@Resolver(() => Region)
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

  @FieldResolver(() => Region, { nullable: true })
  parent(@Root() region: Region, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Region, region.parentId);
  }

  @FieldResolver(() => [Region], { description: 'Direct children, first 100 by id.' })
  children(@Root() region: Region, @Ctx() ctx: Context, @Arg('first', () => Int, { defaultValue: 100 }) first: number) {
    return ctx.loaders.many(Region, 'parentId', nestedFirst(first)).load(region.id);
  }
}
