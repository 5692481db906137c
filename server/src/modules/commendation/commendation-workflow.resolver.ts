import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { Commendation } from './commendation.entity';
import { AwardCommendationInput, CommendationCandidate } from './commendation-workflow.inputs';
import { CommendationWorkflowService } from './commendation-workflow.service';

@Resolver(() => Commendation)
export class CommendationWorkflowResolver {
  private readonly service = new CommendationWorkflowService();

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
