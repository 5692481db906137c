import { Arg, Authorized, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission, PUBLIC } from '../../auth/permissions';
import { RegistryStatusArgs } from '../registry/registry-status.args';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { ServiceType } from './service-type.entity';
import { CreateServiceTypeInput, ServiceTypeFilter, UpdateServiceTypeInput } from './service-type.inputs';
import { ServiceTypeService } from './service-type.service';

const ServiceTypeConnection = ConnectionType(ServiceType);

@Resolver()
export class ServiceTypeResolver {
  private readonly service = new ServiceTypeService();

  @Authorized(PUBLIC)
  @Query(() => ServiceTypeConnection, { description: 'The service catalogue.' })
  serviceTypes(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => ServiceTypeFilter, { nullable: true }) filter?: ServiceTypeFilter,
  ) {
    return this.service.list(ctx, filter ?? {}, page);
  }

  @Authorized(Permission.MANAGE_REGISTRY)
  @Mutation(() => ServiceType, { description: 'Adds a service to the city’s catalogue (the hub’s admins).' })
  createServiceType(@Arg('input', () => CreateServiceTypeInput) input: CreateServiceTypeInput, @Ctx() ctx: Context) {
    return this.service.create(ctx, input);
  }

  @Authorized(Permission.MANAGE_REGISTRY)
  @Mutation(() => ServiceType)
  updateServiceType(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateServiceTypeInput) input: UpdateServiceTypeInput,
    @Ctx() ctx: Context,
  ) {
    return this.service.update(ctx, id, version, input);
  }

  @Authorized(Permission.MANAGE_REGISTRY)
  @Mutation(() => ServiceType, { description: 'Suspends (with a reason) or reinstates a catalogue entry.' })
  setServiceTypeStatus(@Args() { id, version, status, reason }: RegistryStatusArgs, @Ctx() ctx: Context) {
    return this.service.setStatus(ctx, id, version, status, reason);
  }
}
