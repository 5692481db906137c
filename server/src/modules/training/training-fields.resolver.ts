import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { nestedFirst } from '../../common/pagination';
import { Region } from '../region/region.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { TrainingSession } from './training-session.entity';
import { TrainingAttendance } from './training-attendance.entity';

@Resolver(() => TrainingSession)
export class TrainingSessionFieldsResolver {
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
export class TrainingAttendanceFieldsResolver {
  @FieldResolver(() => TrainingSession, { nullable: true, description: 'Null when outside what you may see.' })
  session(@Root() a: TrainingAttendance, @Ctx() ctx: Context) {
    return ctx.loaders.ref(TrainingSession, a.sessionId);
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: 'Null when outside what you may see.' })
  volunteer(@Root() a: TrainingAttendance, @Ctx() ctx: Context) {
    return ctx.loaders.ref(Volunteer, a.volunteerId);
  }
}
