import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission, PUBLIC } from '../../auth/permissions';
import { toGlobalId } from '../../common/node';
import { Volunteer, VolunteerStatus } from './volunteer.entity';
import {
  VolunteerAdminInput,
  VolunteerProfileInput,
  VolunteerRegistration,
  VolunteerRegistrationInput,
} from './volunteer-workflow.inputs';
import { VolunteerWorkflowService } from './volunteer-workflow.service';
import { StarService } from './stars';
import { Region } from '../region/region.entity';

@Resolver(() => Volunteer)
export class VolunteerWorkflowResolver {
  private readonly service = new VolunteerWorkflowService();
  private readonly stars = new StarService();

  @Authorized(PUBLIC)
  @Mutation(() => VolunteerRegistration, {
    description: 'Public volunteer registration; PENDING until an admin approves.',
  })
  async registerVolunteer(
    @Arg('input', () => VolunteerRegistrationInput) input: VolunteerRegistrationInput,
    @Ctx() ctx: Context,
  ) {
    const v = await this.service.register(ctx, input);
    return { reference: toGlobalId('Volunteer', v.id), status: v.status, registeredAt: v.registeredAt };
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

  @FieldResolver(() => Float, { description: 'Verified service hours.' })
  verifiedHours(@Root() v: Volunteer) {
    return Math.round((Number(v.verifiedMinutes) / 60) * 10) / 10;
  }

  @FieldResolver(() => Int, {
    description: 'Star level 0–5 by verified hours, on the thresholds of the volunteer’s jurisdiction.',
  })
  starLevel(@Root() v: Volunteer, @Ctx() ctx: Context) {
    return this.stars.levelOf(ctx, v);
  }
}

@Resolver(() => Region)
export class StarThresholdResolver {
  private readonly stars = new StarService();

  @Authorized(Permission.CONFIGURE_STARS)
  @Mutation(() => Region, {
    description: 'Star thresholds (five hour counts) for a jurisdiction and below; null inherits.',
  })
  setStarThresholds(
    @Arg('regionId', () => ID) regionId: string,
    @Arg('hours', () => [Int], { nullable: true }) hours: number[] | null,
    @Ctx() ctx: Context,
  ) {
    return this.stars.setThresholds(ctx, regionId, hours);
  }

  @FieldResolver(() => [Int], {
    description: 'Star thresholds in hours in force here (own, inherited or the default).',
  })
  starThresholdsHours(@Root() r: Region, @Ctx() ctx: Context) {
    return this.stars.thresholdsFor(ctx, r.id);
  }
}
