import { Arg, Authorized, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context/context';
import { PUBLIC } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { ServiceType } from './service-type.entity';
import { ServiceTypeFilter } from './service-type.inputs';
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
}
