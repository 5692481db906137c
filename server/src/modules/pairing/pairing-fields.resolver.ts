import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { PairingViewerCan, PairingVisitViewerCan } from './pairing.inputs';
import { mayChange, mayPlace } from '../../auth/write-policy';
import { nestedFirst } from '../../common/pagination';
import { Organisation } from '../organisation/organisation.entity';
import { Region } from '../region/region.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { Beneficiary } from '../beneficiary/beneficiary.entity';
import { Household } from '../beneficiary/household.entity';
import { Pairing, PairingStatus } from './pairing.entity';
import { PairingVisit, VisitReview } from './pairing-visit.entity';
import { isOverdue } from './pairing.service';
import { PairingParties, pairingParties } from './pairing.loaders';

@Resolver(() => Pairing)
export class PairingFieldsResolver {
  @FieldResolver(() => Boolean, {
    description: 'Active and not visited for more than the configured number of days (60 by default).',
  })
  overdue(@Root() p: Pairing, @Ctx() ctx: Context) {
    return isOverdue(p, ctx.now(), ctx.settings.pairingOverdueDays);
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: 'The volunteer or cadre on the helping side.' })
  volunteer(@Root() p: Pairing, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Volunteer, p.volunteerId);
  }

  @FieldResolver(() => PairingParties, {
    description: 'Both parties by name, as the proposer sees them, for whoever may read the pairing.',
  })
  parties(@Root() p: Pairing, @Ctx() ctx: Context) {
    return pairingParties(ctx).load(p.id);
  }

  @FieldResolver(() => Beneficiary, { nullable: true })
  beneficiary(@Root() p: Pairing, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Beneficiary, p.beneficiaryId);
  }

  @FieldResolver(() => Household, { nullable: true })
  household(@Root() p: Pairing, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Household, p.householdId);
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The service institution, for organisation pairings.',
  })
  institution(@Root() p: Pairing, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Organisation, p.institutionId);
  }

  @FieldResolver(() => Organisation, { description: "The helping side's organisation." })
  ownerA(@Root() p: Pairing, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Organisation, p.ownerAId);
  }

  @FieldResolver(() => Organisation, { description: "The helped side's organisation." })
  ownerB(@Root() p: Pairing, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Organisation, p.ownerBId);
  }

  @FieldResolver(() => [PairingVisit], { description: 'Visits, first `first` by id.' })
  visits(@Root() p: Pairing, @Ctx() ctx: Context, @Arg('first', () => Int, { defaultValue: 20 }) first: number) {
    return ctx.loaders.many(PairingVisit, 'pairingId', nestedFirst(first)).load(p.id);
  }

  @FieldResolver(() => PairingViewerCan)
  async viewerCan(@Root() p: Pairing, @Ctx() ctx: Context): Promise<PairingViewerCan> {
    const [manage, visit] = await Promise.all([
      mayChange(ctx, Pairing, Permission.MANAGE_PAIRINGS, p.id),
      mayChange(ctx, Pairing, Permission.LOG_VISITS, p.id),
    ]);
    // Accepting is the helped side's: as acceptPairing places it (owner B, or the federation over owner B).
    let accept = false;
    if (manage && p.status === PairingStatus.PROPOSED) {
      const ownerB = await ctx.loaders.one(Organisation).load(p.ownerBId);
      const region = ownerB ? await ctx.loaders.one(Region).load(ownerB.regionId) : null;
      accept = mayPlace(ctx, Permission.MANAGE_PAIRINGS, { organisationId: p.ownerBId, regionPath: region?.path });
    }
    return {
      manage: manage && p.status !== PairingStatus.ENDED,
      logVisit: visit && p.status === PairingStatus.ACTIVE,
      accept,
      reviewVisits: manage && !!p.volunteerId,
    };
  }
}

@Resolver(() => PairingVisit)
export class PairingVisitFieldsResolver {
  @FieldResolver(() => Pairing, { nullable: true, description: 'Null when outside what you may see.' })
  pairing(@Root() v: PairingVisit, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Pairing, v.pairingId);
  }

  @FieldResolver(() => PairingVisitViewerCan)
  async viewerCan(@Root() v: PairingVisit, @Ctx() ctx: Context): Promise<PairingVisitViewerCan> {
    if (v.review !== VisitReview.PENDING) return { confirm: false, decline: false };
    // As confirmPairingVisit and declinePairingVisit lock it: may change the visit's pairing.
    const review = await mayChange(ctx, PairingVisit, Permission.MANAGE_PAIRINGS, v.id);
    if (!review) return { confirm: false, decline: false };
    const pairing = await ctx.loaders.ref(Pairing, v.pairingId);
    return { confirm: !!pairing?.volunteerId, decline: true };
  }
}
