import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { Region } from '../region/region.entity';
import { Organisation } from '../organisation/organisation.entity';
import { ServiceType } from '../service-type/service-type.entity';
import { ServiceStation } from './service-station.entity';
import { Permission } from '../../auth/permissions';
import { mayChange } from '../../auth/write-policy';
import { ServiceStationViewerCan } from './service-station.inputs';
import { mayEditBoard } from './service-station.service';

@Resolver(() => ServiceStation)
export class ServiceStationFieldsResolver {
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

  @FieldResolver(() => ServiceStationViewerCan)
  async viewerCan(@Root() station: ServiceStation, @Ctx() ctx: Context): Promise<ServiceStationViewerCan> {
    const region = await ctx.loaders.ref(Region, station.regionId);
    const may = await mayChange(ctx, ServiceStation, Permission.MANAGE_REGISTRY, station.id);
    return {
      edit: may,
      suspend: may,
      editBoard: mayEditBoard(ctx, station, region?.path),
    };
  }
}
