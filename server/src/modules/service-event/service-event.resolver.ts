import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Args, Ctx, Info, Int, Query, Resolver, GraphQLISODateTime, ID, Mutation } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission, PUBLIC } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { ServiceEvent } from './service-event.entity';
import { Participation } from './participation.entity';
import {
  ParticipationFilter,
  ParticipationOrder,
  ServiceEventFilter,
  CreateServiceEventInput,
  EventCode,
  UpdateServiceEventInput,
} from './service-event.inputs';
import { ServiceEventService } from './service-event.service';
import { SignUpService } from './sign-up.service';
import { AttendanceService } from './attendance.service';

const ServiceEventConnection = ConnectionType(ServiceEvent);

const ParticipationConnection = ConnectionType(Participation);

const idempotencyKeyArg = () =>
  Arg('idempotencyKey', () => String, { nullable: true, description: 'A retry with the same key signs up once.' });

@Resolver()
export class ServiceEventResolver {
  private readonly service = new ServiceEventService();
  private readonly signUps = new SignUpService();
  private readonly attendance = new AttendanceService();

  // Anonymous visitors too: they see the open events of published campaigns (the anonymous scope).
  @Authorized(PUBLIC)
  @Query(() => ServiceEventConnection, {
    description: 'Service events; without login, the OPEN events of PUBLISHED campaigns.',
  })
  serviceEvents(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => ServiceEventFilter, { nullable: true }) filter?: ServiceEventFilter,
  ) {
    return this.service.list(ctx, filter ?? {}, page, ctx.loaders.planConnection(ServiceEvent, info));
  }

  @Authorized(Permission.READ_PARTICIPATIONS)
  @Query(() => ParticipationConnection, { description: 'Participations: attendance and service hours.' })
  participations(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => ParticipationFilter, { nullable: true }) filter?: ParticipationFilter,
    @Arg('orderBy', () => ParticipationOrder, { nullable: true, description: 'Default: the newest sign-up first.' })
    orderBy?: ParticipationOrder,
  ) {
    return this.service.listParticipations(ctx, filter ?? {}, page, orderBy);
  }

  @Authorized(Permission.MANAGE_EVENTS)
  @Mutation(() => ServiceEvent, {
    description: 'A service event under a campaign and/or at a station, OPEN for sign-up or a DRAFT.',
  })
  createServiceEvent(@Arg('input', () => CreateServiceEventInput) input: CreateServiceEventInput, @Ctx() ctx: Context) {
    return this.service.create(ctx, input);
  }

  @Authorized(Permission.MANAGE_EVENTS)
  @Mutation(() => ServiceEvent, {
    description: 'Edit an event you run; a larger capacity promotes the waitlist in order.',
  })
  updateServiceEvent(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateServiceEventInput) input: UpdateServiceEventInput,
    @Ctx() ctx: Context,
  ) {
    return this.service.update(ctx, id, version, input);
  }

  @Authorized(Permission.MANAGE_EVENTS)
  @Mutation(() => ServiceEvent, { description: 'DRAFT/OPEN → CANCELLED with a reason, before anyone has checked in.' })
  cancelServiceEvent(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
    @Ctx() ctx: Context,
  ) {
    return this.service.cancel(ctx, id, version, reason);
  }

  @Authorized(Permission.MANAGE_EVENTS)
  @Mutation(() => ServiceEvent, { description: 'OPEN → CLOSED once started: sign-ups who never came become NO_SHOW.' })
  closeServiceEvent(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return this.service.close(ctx, id, version);
  }

  @Authorized(Permission.VOLUNTEER_SELF_SERVICE)
  @Mutation(() => Participation, {
    description: 'Sign yourself up; WAITLISTED when the event is full (see waitlistPosition).',
  })
  signUpForEvent(
    @Arg('eventId', () => ID) eventId: string,
    @idempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.signUps.signUpSelf(ctx, eventId, idempotencyKey);
  }

  @Authorized(Permission.MANAGE_EVENTS)
  @Mutation(() => Participation, { description: 'Sign up a volunteer within your scope for an event you run.' })
  enrolVolunteerInEvent(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('volunteerId', () => ID) volunteerId: string,
    @idempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.signUps.enrol(ctx, eventId, volunteerId, idempotencyKey);
  }

  @Authorized(Permission.VOLUNTEER_SELF_SERVICE, Permission.MANAGE_EVENTS)
  @Mutation(() => Participation, {
    description: 'Cancel a sign-up (your own, or at an event you run); the first on the waitlist takes the place.',
  })
  cancelSignUp(
    @Arg('participationId', () => ID) participationId: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return this.signUps.cancel(ctx, participationId, version);
  }

  @Authorized(Permission.MANAGE_EVENTS)
  @Mutation(() => Participation, {
    description: 'Undo a mistaken check-in (CHECKED_IN → SIGNED_UP), with the reason; audited.',
  })
  undoCheckIn(
    @Arg('participationId', () => ID) participationId: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
    @Ctx() ctx: Context,
  ) {
    return this.attendance.undoCheckIn(ctx, participationId, version, reason);
  }

  @Authorized(Permission.MANAGE_EVENTS)
  @Mutation(() => Participation, { description: 'Check a signed-up volunteer in, now or at a past time.' })
  checkIn(
    @Arg('participationId', () => ID) participationId: string,
    @Arg('version', () => Int) version: number,
    @Arg('at', () => GraphQLISODateTime, { nullable: true }) at: Date | null,
    @Ctx() ctx: Context,
  ) {
    return this.attendance.checkIn(ctx, participationId, version, at);
  }

  @Authorized(Permission.MANAGE_EVENTS)
  @Mutation(() => Participation, {
    description:
      'Check out; the minutes present inside the event window are credited if they reach the attendance share.',
  })
  checkOut(
    @Arg('participationId', () => ID) participationId: string,
    @Arg('version', () => Int) version: number,
    @Arg('at', () => GraphQLISODateTime, { nullable: true }) at: Date | null,
    @Ctx() ctx: Context,
  ) {
    return this.attendance.checkOut(ctx, participationId, version, at);
  }

  @Authorized(Permission.MANAGE_EVENTS)
  @Mutation(() => EventCode, {
    description: 'A fresh six-digit code valid for 15 minutes; the previous code stops working.',
  })
  issueEventCode(@Arg('eventId', () => ID) eventId: string, @Ctx() ctx: Context) {
    return this.attendance.issueCode(ctx, eventId);
  }

  @Authorized(Permission.VOLUNTEER_SELF_SERVICE)
  @Mutation(() => Participation, { description: 'Check yourself in with the code shown at the event.' })
  checkInWithCode(@Arg('eventId', () => ID) eventId: string, @Arg('code') code: string, @Ctx() ctx: Context) {
    return this.attendance.checkInWithCode(ctx, eventId, code);
  }

  @Authorized(Permission.VOLUNTEER_SELF_SERVICE)
  @Mutation(() => Participation, { description: 'Check yourself out with the code shown at the event.' })
  checkOutWithCode(@Arg('eventId', () => ID) eventId: string, @Arg('code') code: string, @Ctx() ctx: Context) {
    return this.attendance.checkOutWithCode(ctx, eventId, code);
  }

  @Authorized(Permission.MANAGE_EVENTS)
  @Mutation(() => [Participation], {
    description: 'Verify the hours of completed participations at events you run (all or none).',
  })
  verifyHours(@Arg('participationIds', () => [ID]) participationIds: string[], @Ctx() ctx: Context) {
    return this.attendance.verify(ctx, participationIds);
  }

  @Authorized(Permission.MANAGE_EVENTS)
  @Mutation(() => Participation, { description: "Person-times this volunteer served; the event's total follows." })
  recordPersonTimesServed(
    @Arg('participationId', () => ID) participationId: string,
    @Arg('version', () => Int) version: number,
    @Arg('count', () => Int) count: number,
    @Ctx() ctx: Context,
  ) {
    return this.attendance.recordPersonTimes(ctx, participationId, version, count);
  }
}
