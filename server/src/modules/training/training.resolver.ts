import { Arg, Authorized, Args, Ctx, Query, Resolver, Mutation } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { ConnectionType, PageArgs } from '../../common/pagination';
import { TrainingSession } from './training-session.entity';
import {
  TrainingSessionFilter,
  EnrolInTrainingArgs,
  RecordTrainingAttendanceArgs,
  ScheduleTrainingSessionInput,
  TrainingEnrolment,
} from './training.inputs';
import { TrainingService } from './training.service';

const TrainingSessionConnection = ConnectionType(TrainingSession);

@Resolver()
export class TrainingResolver {
  private readonly service = new TrainingService();

  @Authorized(Permission.READ_TRAINING)
  @Query(() => TrainingSessionConnection, { description: 'Volunteer training sessions.' })
  trainingSessions(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => TrainingSessionFilter, { nullable: true }) filter?: TrainingSessionFilter,
  ) {
    return this.service.list(ctx, filter ?? {}, page);
  }

  @Authorized(Permission.MANAGE_TRAINING)
  @Mutation(() => TrainingSession, { description: 'Schedules a training session for volunteers.' })
  scheduleTrainingSession(
    @Ctx() ctx: Context,
    @Arg('input', () => ScheduleTrainingSessionInput) input: ScheduleTrainingSessionInput,
  ) {
    return this.service.schedule(ctx, input);
  }

  @Authorized(Permission.MANAGE_TRAINING)
  @Mutation(() => TrainingEnrolment, {
    description: 'Enrols volunteers (not yet attended); those already enrolled are skipped.',
  })
  enrolInTraining(@Ctx() ctx: Context, @Args() { sessionId, volunteerIds }: EnrolInTrainingArgs) {
    return this.service.enrol(ctx, sessionId, volunteerIds);
  }

  @Authorized(Permission.MANAGE_TRAINING)
  @Mutation(() => TrainingSession, {
    description: 'After the session: who of the enrolled attended (the others did not).',
  })
  recordTrainingAttendance(
    @Ctx() ctx: Context,
    @Args() { sessionId, attendedVolunteerIds }: RecordTrainingAttendanceArgs,
  ) {
    return this.service.recordAttendance(ctx, sessionId, attendedVolunteerIds);
  }
}
