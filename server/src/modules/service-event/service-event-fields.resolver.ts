import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Float, Info, Int, Resolver, Root } from 'type-graphql';
import { declareJoined, declareReads } from '../../context/selection';
import { declarePlanned } from '../../context/planner';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { ParticipationViewerCan, ServiceEventViewerCan } from './service-event.inputs';
import { mayChange } from '../../auth/write-policy';
import { nestedFirst } from '../../common/pagination';
import { Region } from '../region/region.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Campaign } from '../campaign/campaign.entity';
import { ServiceStation } from '../service-station/service-station.entity';
import { ServiceType } from '../service-type/service-type.entity';
import { Skill } from '../skill/skill.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { HourCorrection } from '../hours/hour-correction.entity';
import { EventStatus, ServiceEvent } from './service-event.entity';
import { Participation, ParticipationStatus } from './participation.entity';
import { attendanceMet, sharePercent } from './event-rules';
import { eventPlaces, waitlistPositions } from './participation.loaders';

// Participations under an event read only its id (see context/selection.ts).
declareReads(ServiceEvent, { participations: [] });
// A participation's volunteer comes with the participations' own statement (see Loaders.related).
declareJoined(Participation, ['volunteer']);
// The read planner may fetch these with their parent (context/planner.ts).
declarePlanned(ServiceEvent, {
  participations: { kind: 'many', child: () => Participation, keys: [['id', 'eventId']] },
});
declarePlanned(Participation, { volunteer: { kind: 'one', child: () => Volunteer, foreignKey: 'volunteerId' } });

@Resolver(() => ServiceEvent)
export class ServiceEventFieldsResolver {
  @FieldResolver(() => Campaign, { nullable: true })
  campaign(@Root() e: ServiceEvent, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Campaign, e.campaignId);
  }

  @FieldResolver(() => ServiceStation, { nullable: true })
  station(@Root() e: ServiceEvent, @Ctx() ctx: Context) {
    return ctx.loaders.ref(ServiceStation, e.stationId);
  }

  @FieldResolver(() => ServiceType)
  serviceType(@Root() e: ServiceEvent, @Ctx() ctx: Context) {
    return ctx.loaders.ref(ServiceType, e.serviceTypeId);
  }

  @FieldResolver(() => Organisation)
  organiser(@Root() e: ServiceEvent, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Organisation, e.organiserId);
  }

  @FieldResolver(() => Region)
  region(@Root() e: ServiceEvent, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Region, e.regionId);
  }

  @FieldResolver(() => Int, { description: 'Verified minutes of all its participations (kept by the rollup).' })
  verifiedMinutes(@Root() e: ServiceEvent) {
    return Number(e.verifiedMinutes);
  }

  @FieldResolver(() => Float, { description: 'Verified hours (verifiedMinutes / 60, two decimals).' })
  verifiedHours(@Root() e: ServiceEvent) {
    return Math.round((Number(e.verifiedMinutes) * 100) / 60) / 100;
  }

  @FieldResolver(() => Float, {
    description: "Share of the event to attend for the hours to count: the event's own or the jurisdiction's.",
  })
  attendanceShare(@Root() e: ServiceEvent, @Ctx() ctx: Context) {
    return sharePercent(ctx, e) / 100;
  }

  @FieldResolver(() => Int, { description: 'Places taken: signed up, checked in or completed.' })
  async placesTaken(@Root() e: ServiceEvent, @Ctx() ctx: Context) {
    return (await eventPlaces(ctx).load(e.id)).taken;
  }

  @FieldResolver(() => Int, { description: 'Places still free (capacity less places taken, not below 0).' })
  async placesLeft(@Root() e: ServiceEvent, @Ctx() ctx: Context) {
    return Math.max(0, e.capacity - (await eventPlaces(ctx).load(e.id)).taken);
  }

  @FieldResolver(() => [Skill], { description: "Skills wanted, from the city's list." })
  async requiredSkills(@Root() e: ServiceEvent, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.one(Skill).loadMany(e.requiredSkillIds);
    return rows.filter((r): r is Skill => !!r && !(r instanceof Error));
  }

  @FieldResolver(() => Int, { description: 'People on the waitlist.' })
  async waitlistLength(@Root() e: ServiceEvent, @Ctx() ctx: Context) {
    return (await eventPlaces(ctx).load(e.id)).waiting;
  }

  @FieldResolver(() => [Participation], { description: 'Sign-ups and attendance, first `first` by id.' })
  participations(
    @Root() e: ServiceEvent,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.loaders.list(e, Participation, 'eventId', nestedFirst(first), info, e.id);
  }

  @FieldResolver(() => ServiceEventViewerCan)
  async viewerCan(@Root() e: ServiceEvent, @Ctx() ctx: Context): Promise<ServiceEventViewerCan> {
    const runs = await mayChange(ctx, ServiceEvent, Permission.MANAGE_EVENTS, e.id);
    const live = e.status === EventStatus.OPEN || e.status === EventStatus.DRAFT;
    return {
      edit: runs && live,
      manageAttendance: runs && e.status !== EventStatus.CANCELLED,
      signUp:
        e.status === EventStatus.OPEN && (await mayChange(ctx, ServiceEvent, Permission.VOLUNTEER_SELF_SERVICE, e.id)),
    };
  }
}

@Resolver(() => Participation)
export class ParticipationFieldsResolver {
  @FieldResolver(() => Float, { description: 'Credited hours (minutes / 60, two decimals).' })
  hours(@Root() p: Participation) {
    return Math.round((p.minutes * 100) / 60) / 100;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Place in the waitlist (1 = next to be promoted); null when not waitlisted.',
  })
  waitlistPosition(@Root() p: Participation, @Ctx() ctx: Context) {
    return p.status === ParticipationStatus.WAITLISTED ? waitlistPositions(ctx).load(p.id) : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether the time present reached the attendance share (so the minutes count); null until checked out or when the event is outside what you may see.',
  })
  async attendanceMet(@Root() p: Participation, @Ctx() ctx: Context) {
    if (p.status !== ParticipationStatus.COMPLETED) return null;
    const event = await ctx.loaders.ref(ServiceEvent, p.eventId);
    return event ? attendanceMet(ctx, event, p.presentMinutes) : null;
  }

  @FieldResolver(() => [HourCorrection], {
    description: 'Correction requests and their outcomes: the history of its minutes.',
  })
  corrections(@Root() p: Participation, @Ctx() ctx: Context) {
    return ctx.loaders.many(HourCorrection, 'participationId', 100).load(p.id);
  }

  @FieldResolver(() => ServiceEvent, { nullable: true, description: 'Null when outside what you may see.' })
  event(@Root() p: Participation, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.ref(ServiceEvent, p.eventId, info);
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: 'Null when outside what you may see.' })
  volunteer(@Root() p: Participation, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.related(p, Volunteer, p.volunteerId, info);
  }

  @FieldResolver(() => ParticipationViewerCan)
  async viewerCan(@Root() p: Participation, @Ctx() ctx: Context): Promise<ParticipationViewerCan> {
    const runs = await mayChange(ctx, Participation, Permission.MANAGE_EVENTS, p.id);
    const own = await mayChange(ctx, Participation, Permission.VOLUNTEER_SELF_SERVICE, p.id);
    const waiting = p.status === ParticipationStatus.SIGNED_UP || p.status === ParticipationStatus.WAITLISTED;
    return {
      checkIn: runs && p.status === ParticipationStatus.SIGNED_UP,
      checkOut: runs && p.status === ParticipationStatus.CHECKED_IN,
      verify: runs && p.status === ParticipationStatus.COMPLETED && !p.verifiedAt,
      cancel: (runs || own) && waiting,
    };
  }
}
