import { Arg, Authorized, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { VolunteerTeam } from './volunteer-team.entity';
import { VolunteerTeamFilter } from './volunteer-team.inputs';
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
}
