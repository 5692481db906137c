import { Arg, Authorized, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context/context';
import { PUBLIC } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { Organisation } from './organisation.entity';
import { OrganisationFilter } from './organisation.inputs';
import { OrganisationService } from './organisation.service';

const OrganisationConnection = ConnectionType(Organisation);

@Resolver()
export class OrganisationResolver {
  private readonly service = new OrganisationService();

  @Authorized(PUBLIC)
  @Query(() => OrganisationConnection, { description: 'The directory of the federation and its partners.' })
  organisations(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => OrganisationFilter, { nullable: true }) filter?: OrganisationFilter,
  ) {
    return this.service.list(ctx, filter ?? {}, page);
  }
}
