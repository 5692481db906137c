import { Arg, Authorized, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { PUBLIC } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { Region } from '../region/region.entity';
import { Organisation } from '../organisation/organisation.entity';
import { ServiceType } from '../service-type/service-type.entity';
import { ServiceStation } from './service-station.entity';
import { ServiceStationFilter } from './service-station.inputs';
import { ServiceStationService } from './service-station.service';

const ServiceStationConnection = ConnectionType(ServiceStation);

@Resolver(() => ServiceStation)
export class ServiceStationResolver {
  private readonly service = new ServiceStationService();

  @Authorized(PUBLIC)
  @Query(() => ServiceStationConnection, { description: 'Community service stations and their boards.' })
  serviceStations(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => ServiceStationFilter, { nullable: true }) filter?: ServiceStationFilter,
  ) {
    return this.service.list(ctx, filter ?? {}, page);
  }

  @FieldResolver(() => Region, { description: 'The community the station serves.' })
  region(@Root() station: ServiceStation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Region, station.regionId);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() station: ServiceStation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Organisation, station.organisationId);
  }

  @FieldResolver(() => [ServiceType], { description: 'Services offered, as published on the board.' })
  async serviceTypes(@Root() station: ServiceStation, @Ctx() ctx: Context) {
    const types = await ctx.loaders.one(ServiceType).loadMany(station.serviceTypeIds ?? []);
    return types.filter((t): t is ServiceType => t instanceof ServiceType);
  }
}
