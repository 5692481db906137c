import { Arg, Authorized, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { PUBLIC } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { Region } from '../region/region.entity';
import { Organisation } from './organisation.entity';
import { OrganisationFilter } from './organisation.inputs';
import { OrganisationService } from './organisation.service';

const OrganisationConnection = ConnectionType(Organisation);

@Resolver(() => Organisation)
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

  @FieldResolver(() => Region)
  region(@Root() org: Organisation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Region, org.regionId);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  parent(@Root() org: Organisation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Organisation, org.parentId);
  }
}
