import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { Region } from '../region/region.entity';
import { Organisation } from '../organisation/organisation.entity';
import { VolunteerTeam } from './volunteer-team.entity';

@Resolver(() => VolunteerTeam)
export class VolunteerTeamFieldsResolver {
  @FieldResolver(() => Region)
  region(@Root() team: VolunteerTeam, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Region, team.regionId);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() team: VolunteerTeam, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Organisation, team.organisationId);
  }
}
