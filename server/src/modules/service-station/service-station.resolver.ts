import { Arg, Authorized, Args, Ctx, Query, Resolver, ID, Int, Mutation } from 'type-graphql';
import type { Context } from '../../context/context';
import { PUBLIC, Permission } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { ServiceStation } from './service-station.entity';
import { RegistryStatusArgs } from '../registry/registry-status.args';
import {
  CreateServiceStationInput,
  ServiceStationFilter,
  StationBoardInput,
  UpdateServiceStationInput,
} from './service-station.inputs';
import { ServiceStationService } from './service-station.service';

const ServiceStationConnection = ConnectionType(ServiceStation);

@Resolver()
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

  @Authorized(Permission.EDIT_STATION_BOARD)
  @Mutation(() => ServiceStation, {
    description: 'Edits the station’s public board (its coordinator, or the region’s admins).',
  })
  updateStationBoard(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => StationBoardInput) input: StationBoardInput,
    @Ctx() ctx: Context,
  ) {
    return this.service.updateBoard(ctx, id, version, input);
  }

  @Authorized(Permission.MANAGE_REGISTRY)
  @Mutation(() => ServiceStation, {
    description: 'Opens a service station, with its board, in a community you manage.',
  })
  createServiceStation(
    @Arg('input', () => CreateServiceStationInput) input: CreateServiceStationInput,
    @Ctx() ctx: Context,
  ) {
    return this.service.create(ctx, input);
  }

  @Authorized(Permission.MANAGE_REGISTRY)
  @Mutation(() => ServiceStation, { description: 'Registry edit of a station: its board and its community.' })
  updateServiceStation(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateServiceStationInput) input: UpdateServiceStationInput,
    @Ctx() ctx: Context,
  ) {
    return this.service.update(ctx, id, version, input);
  }

  @Authorized(Permission.MANAGE_REGISTRY)
  @Mutation(() => ServiceStation, { description: 'Suspends (with a reason) or reinstates a station.' })
  setServiceStationStatus(@Args() { id, version, status, reason }: RegistryStatusArgs, @Ctx() ctx: Context) {
    return this.service.setStatus(ctx, id, version, status, reason);
  }
}
