import { Arg, Authorized, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { ConnectionType, nestedFirst, PageArgs } from '../../common/pagination';
import { Region } from '../region/region.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { Commendation } from '../commendation/commendation.entity';
import { TrainingSession } from './training-session.entity';
import { TrainingAttendance } from './training-attendance.entity';
import { CommendationFilter, TrainingSessionFilter } from './training.inputs';
import { TrainingService } from './training.service';

const TrainingSessionConnection = ConnectionType(TrainingSession);
const CommendationConnection = ConnectionType(Commendation);

@Resolver(() => TrainingSession)
export class TrainingSessionResolver {
  private readonly service = new TrainingService();

  @Authorized(Permission.READ_TRAINING)
  @Query(() => TrainingSessionConnection, { description: 'Volunteer training sessions.' })
  trainingSessions(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => TrainingSessionFilter, { nullable: true }) filter?: TrainingSessionFilter,
  ) {
    return this.service.listSessions(ctx, filter ?? {}, page);
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() s: TrainingSession, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Organisation, s.organisationId);
  }

  @FieldResolver(() => Region)
  region(@Root() s: TrainingSession, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Region, s.regionId);
  }

  @FieldResolver(() => [TrainingAttendance], { description: 'Attendance, first `first` by id.' })
  attendances(
    @Root() s: TrainingSession,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ) {
    return ctx.loaders.many(TrainingAttendance, 'sessionId', nestedFirst(first)).load(s.id);
  }
}

@Resolver(() => TrainingAttendance)
export class TrainingAttendanceResolver {
  @FieldResolver(() => TrainingSession, { nullable: true, description: 'Null when outside what you may see.' })
  session(@Root() a: TrainingAttendance, @Ctx() ctx: Context) {
    return ctx.loaders.ref(TrainingSession, a.sessionId);
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: 'Null when outside what you may see.' })
  volunteer(@Root() a: TrainingAttendance, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Volunteer, a.volunteerId);
  }
}

@Resolver(() => Commendation)
export class CommendationResolver {
  private readonly service = new TrainingService();

  @Authorized(Permission.READ_COMMENDATIONS)
  @Query(() => CommendationConnection, { description: 'Commendations (表彰) awarded to volunteers.' })
  commendations(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => CommendationFilter, { nullable: true }) filter?: CommendationFilter,
  ) {
    return this.service.listCommendations(ctx, filter ?? {}, page);
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: 'Null when outside what you may see.' })
  volunteer(@Root() c: Commendation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Volunteer, c.volunteerId);
  }

  @FieldResolver(() => Organisation)
  awardedBy(@Root() c: Commendation, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Organisation, c.awardedById);
  }
}
