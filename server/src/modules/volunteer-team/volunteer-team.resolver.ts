import { Arg, Authorized, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { RegistryStatusArgs } from '../registry/registry-status.args';
import { VolunteerTeam } from './volunteer-team.entity';
import { CreateVolunteerTeamInput, UpdateVolunteerTeamInput, VolunteerTeamFilter } from './volunteer-team.inputs';
import { VolunteerTeamService } from './volunteer-team.service';

const VolunteerTeamConnection = ConnectionType(VolunteerTeam);

@Resolver()
export class VolunteerTeamResolver {
  private readonly service = new VolunteerTeamService();

  @Authorized(Permission.READ_TEAMS)
  @Query(() => VolunteerTeamConnection, { description: 'Volunteer teams (助残志愿者队伍).' })
  volunteerTeams(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => VolunteerTeamFilter, { nullable: true }) filter?: VolunteerTeamFilter,
  ) {
    return this.service.list(ctx, filter ?? {}, page);
  }

  @Authorized(Permission.MANAGE_REGISTRY)
  @Mutation(() => VolunteerTeam, {
    description: 'Forms a volunteer team in a region (for an organisation) you manage.',
  })
  createVolunteerTeam(
    @Arg('input', () => CreateVolunteerTeamInput) input: CreateVolunteerTeamInput,
    @Ctx() ctx: Context,
  ) {
    return this.service.create(ctx, input);
  }

  @Authorized(Permission.MANAGE_REGISTRY)
  @Mutation(() => VolunteerTeam)
  updateVolunteerTeam(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateVolunteerTeamInput) input: UpdateVolunteerTeamInput,
    @Ctx() ctx: Context,
  ) {
    return this.service.update(ctx, id, version, input);
  }

  @Authorized(Permission.MANAGE_REGISTRY)
  @Mutation(() => VolunteerTeam, { description: 'Suspends (with a reason) or reinstates a team.' })
  setVolunteerTeamStatus(@Args() { id, version, status, reason }: RegistryStatusArgs, @Ctx() ctx: Context) {
    return this.service.setStatus(ctx, id, version, status, reason);
  }
}
