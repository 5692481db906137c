import { Arg, Authorized, Args, Ctx, Query, Resolver, Mutation } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { Pairing } from './pairing.entity';
import {
  ConfirmVisitArgs,
  DeclineVisitArgs,
  PairingFilter,
  LoggedVisit,
  LogPairingVisitInput,
  PairingEndArgs,
  PairingPauseArgs,
  PairingStepArgs,
  ProposePairingInput,
} from './pairing.inputs';
import { PairingService } from './pairing.service';
import { PairingVisitService } from './pairing-visit.service';
import { PairingVisit } from './pairing-visit.entity';
import { PairingVisitReviewService } from './pairing-visit-review.service';

const PairingConnection = ConnectionType(Pairing);

@Resolver()
export class PairingResolver {
  private readonly service = new PairingService();
  private readonly visits = new PairingVisitService();
  private readonly reviews = new PairingVisitReviewService();

  @Authorized(Permission.READ_PAIRINGS)
  @Query(() => PairingConnection, { description: 'One-to-one pairings (结对帮扶).' })
  pairings(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => PairingFilter, { nullable: true }) filter?: PairingFilter,
  ) {
    return this.service.list(ctx, filter ?? {}, page);
  }

  @Authorized(Permission.MANAGE_PAIRINGS)
  @Mutation(() => Pairing, { description: 'Proposes a pairing (PROPOSED); the helped side’s organisation accepts it.' })
  proposePairing(@Ctx() ctx: Context, @Arg('input', () => ProposePairingInput) input: ProposePairingInput) {
    return this.service.propose(ctx, input);
  }

  @Authorized(Permission.MANAGE_PAIRINGS)
  @Mutation(() => Pairing, {
    description: 'PROPOSED → ACTIVE, by the helped side’s organisation (owner B); starts today.',
  })
  acceptPairing(@Ctx() ctx: Context, @Args() { id, version }: PairingStepArgs) {
    return this.service.accept(ctx, id, version);
  }

  @Authorized(Permission.MANAGE_PAIRINGS)
  @Mutation(() => Pairing, { description: 'ACTIVE → PAUSED.' })
  pausePairing(@Ctx() ctx: Context, @Args() { id, version, reason }: PairingPauseArgs) {
    return this.service.pause(ctx, id, version, reason);
  }

  @Authorized(Permission.MANAGE_PAIRINGS)
  @Mutation(() => Pairing, { description: 'PAUSED → ACTIVE.' })
  resumePairing(@Ctx() ctx: Context, @Args() { id, version }: PairingStepArgs) {
    return this.service.resume(ctx, id, version);
  }

  @Authorized(Permission.MANAGE_PAIRINGS)
  @Mutation(() => Pairing, { description: 'PROPOSED, ACTIVE or PAUSED → ENDED, with a reason; ends today.' })
  endPairing(@Ctx() ctx: Context, @Args() { id, version, reason }: PairingEndArgs) {
    return this.service.end(ctx, id, version, reason);
  }

  @Authorized(Permission.LOG_VISITS)
  @Mutation(() => LoggedVisit, {
    description: 'Logs a visit of an active pairing: its own volunteer, or a manager in scope.',
  })
  logPairingVisit(@Ctx() ctx: Context, @Arg('input', () => LogPairingVisitInput) input: LogPairingVisitInput) {
    return this.visits.log(ctx, input);
  }

  @Authorized(Permission.MANAGE_PAIRINGS)
  @Mutation(() => PairingVisit, {
    description: 'PENDING → CONFIRMED by the pairing’s owner: the visit counts as its volunteer’s service time.',
  })
  confirmPairingVisit(@Ctx() ctx: Context, @Args() { id, version, serviceTypeId }: ConfirmVisitArgs) {
    return this.reviews.confirm(ctx, id, version, serviceTypeId);
  }

  @Authorized(Permission.MANAGE_PAIRINGS)
  @Mutation(() => PairingVisit, { description: 'PENDING → DECLINED by the pairing’s owner, with a reason.' })
  declinePairingVisit(@Ctx() ctx: Context, @Args() { id, version, reason }: DeclineVisitArgs) {
    return this.reviews.decline(ctx, id, version, reason);
  }
}
