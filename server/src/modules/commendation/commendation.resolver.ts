import { Arg, Authorized, Args, Ctx, Int, Query, Resolver, ID, Mutation } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { Commendation } from './commendation.entity';
import { CommendationFilter, AwardCommendationInput, CommendationCandidate } from './commendation.inputs';
import { CommendationService } from './commendation.service';

const CommendationConnection = ConnectionType(Commendation);

@Resolver()
export class CommendationResolver {
  private readonly service = new CommendationService();

  @Authorized(Permission.READ_COMMENDATIONS)
  @Query(() => CommendationConnection, { description: 'Commendations (表彰) awarded to volunteers.' })
  commendations(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => CommendationFilter, { nullable: true }) filter?: CommendationFilter,
  ) {
    return this.service.list(ctx, filter ?? {}, page);
  }

  @Authorized(Permission.AWARD_COMMENDATIONS)
  @Query(() => [CommendationCandidate], {
    description: 'Volunteers of a year ranked by verified hours, then events, within your scope.',
  })
  commendationCandidates(
    @Arg('year', () => Int) year: number,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('regionId', () => ID, { nullable: true }) regionId: string | null,
    @Arg('organisationId', () => ID, { nullable: true }) organisationId: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.service.candidates(ctx, year, first, regionId, organisationId);
  }

  @Authorized(Permission.AWARD_COMMENDATIONS)
  @Mutation(() => Commendation)
  awardCommendation(@Arg('input', () => AwardCommendationInput) input: AwardCommendationInput, @Ctx() ctx: Context) {
    return this.service.award(ctx, input);
  }
}
