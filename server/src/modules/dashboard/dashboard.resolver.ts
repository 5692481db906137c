import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { Dashboard, DashboardFilter } from './dashboard.inputs';
import { DashboardService } from './dashboard.service';

@Resolver()
export class DashboardResolver {
  private readonly service = new DashboardService();

  @Authorized(Permission.READ_DASHBOARD)
  @Query(() => Dashboard, {
    description:
      'Aggregates of your scope: counts, composition, hours, person-times, pairings, campaigns, training, donations.',
  })
  dashboard(@Ctx() ctx: Context, @Arg('filter', () => DashboardFilter, { nullable: true }) filter?: DashboardFilter) {
    return this.service.overview(ctx, filter ?? {});
  }
}
