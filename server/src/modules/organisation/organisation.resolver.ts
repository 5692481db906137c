import { Arg, Authorized, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission, PUBLIC } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { RegistryStatusArgs } from '../registry/registry-status.args';
import { Organisation } from './organisation.entity';
import { CreateOrganisationInput, OrganisationFilter, UpdateOrganisationInput } from './organisation.inputs';
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

  @Authorized(Permission.MANAGE_REGISTRY)
  @Mutation(() => Organisation, { description: 'Registers an organisation (a new partner) in a region you manage.' })
  createOrganisation(@Arg('input', () => CreateOrganisationInput) input: CreateOrganisationInput, @Ctx() ctx: Context) {
    return this.service.create(ctx, input);
  }

  @Authorized(Permission.MANAGE_REGISTRY)
  @Mutation(() => Organisation)
  updateOrganisation(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateOrganisationInput) input: UpdateOrganisationInput,
    @Ctx() ctx: Context,
  ) {
    return this.service.update(ctx, id, version, input);
  }

  @Authorized(Permission.MANAGE_REGISTRY)
  @Mutation(() => Organisation, { description: 'Suspends (with a reason) or reinstates an organisation.' })
  setOrganisationStatus(@Args() { id, version, status, reason }: RegistryStatusArgs, @Ctx() ctx: Context) {
    return this.service.setStatus(ctx, id, version, status, reason);
  }
}
