import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Args, Ctx, Info, Query, Resolver, ID, Int, Mutation } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission, PUBLIC } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { receiptStation } from '../submission/submission.service';
import { Volunteer, VolunteerStatus } from './volunteer.entity';
import {
  VolunteerFilter,
  VolunteerOrder,
  VolunteerAdminInput,
  VolunteerProfileInput,
  VolunteerRegistration,
  VolunteerRegistrationInput,
} from './volunteer.inputs';
import { VolunteerService } from './volunteer.service';

const VolunteerConnection = ConnectionType(Volunteer);

@Resolver()
export class VolunteerResolver {
  private readonly service = new VolunteerService();

  @Authorized(Permission.READ_VOLUNTEERS)
  @Query(() => VolunteerConnection, { description: 'The volunteer roster.' })
  volunteers(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => VolunteerFilter, { nullable: true }) filter?: VolunteerFilter,
    @Arg('orderBy', () => VolunteerOrder, { nullable: true, description: 'Default: newest first.' })
    orderBy?: VolunteerOrder,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return this.service.list(ctx, filter ?? {}, page, orderBy, ctx.loaders.planConnection(Volunteer, info));
  }

  @Authorized(PUBLIC)
  @Mutation(() => VolunteerRegistration, {
    description: 'Public volunteer registration; PENDING until an admin approves.',
  })
  async registerVolunteer(
    @Arg('input', () => VolunteerRegistrationInput) input: VolunteerRegistrationInput,
    @Ctx() ctx: Context,
  ) {
    const v = await this.service.register(ctx, input);
    const station = await receiptStation(ctx.db.manager, v.stationId, v.homeRegionId);
    return { reference: v.reference, station, status: v.status, registeredAt: v.registeredAt };
  }

  @Authorized(Permission.MANAGE_VOLUNTEERS)
  @Mutation(() => Volunteer, { description: 'PENDING → ACTIVE, by an admin of the chosen organisation or region.' })
  approveVolunteer(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return this.service.changeStatus(ctx, id, version, VolunteerStatus.ACTIVE);
  }

  @Authorized(Permission.MANAGE_VOLUNTEERS)
  @Mutation(() => Volunteer, { description: 'PENDING → REJECTED, with a reason.' })
  rejectVolunteer(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
    @Ctx() ctx: Context,
  ) {
    return this.service.changeStatus(ctx, id, version, VolunteerStatus.REJECTED, reason);
  }

  @Authorized(Permission.MANAGE_VOLUNTEERS)
  @Mutation(() => Volunteer, { description: 'ACTIVE ⇄ SUSPENDED, or RETIRED; a reason is needed except to reinstate.' })
  setVolunteerStatus(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('status', () => VolunteerStatus) status: VolunteerStatus,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.service.changeStatus(ctx, id, version, status, reason);
  }

  @Authorized(Permission.VOLUNTEER_SELF_SERVICE)
  @Mutation(() => Volunteer, { description: 'A volunteer edits their own phone, category and skills.' })
  updateMyVolunteerProfile(
    @Arg('version', () => Int) version: number,
    @Arg('input', () => VolunteerProfileInput) input: VolunteerProfileInput,
    @Ctx() ctx: Context,
  ) {
    return this.service.updateOwnProfile(ctx, version, input);
  }

  @Authorized(Permission.MANAGE_VOLUNTEERS)
  @Mutation(() => Volunteer, { description: 'An admin edits a volunteer within scope.' })
  updateVolunteer(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => VolunteerAdminInput) input: VolunteerAdminInput,
    @Ctx() ctx: Context,
  ) {
    return this.service.update(ctx, id, version, input);
  }
}
