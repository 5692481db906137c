import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { nestedFirst } from '../../common/pagination';
import { Region } from './region.entity';
import { RegionService } from './region.service';

@Resolver(() => Region)
export class RegionFieldsResolver {
  private readonly service = new RegionService();

  @FieldResolver(() => Region, { nullable: true })
  parent(@Root() region: Region, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Region, region.parentId);
  }

  @FieldResolver(() => [Region], { description: 'Direct children, first 100 by id.' })
  children(@Root() region: Region, @Ctx() ctx: Context, @Arg('first', () => Int, { defaultValue: 100 }) first: number) {
    return ctx.loaders.many(Region, 'parentId', nestedFirst(first)).load(region.id);
  }

  @FieldResolver(() => [Int], {
    description: 'Star thresholds in hours in force here (own, inherited or the default).',
  })
  starThresholdsHours(@Root() r: Region, @Ctx() ctx: Context) {
    return this.service.starThresholds(ctx, r.id);
  }
}
