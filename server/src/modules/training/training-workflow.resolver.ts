import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { nestedFirst } from '../../common/pagination';
import { Volunteer } from '../volunteer/volunteer.entity';
import { TrainingAttendance } from './training-attendance.entity';
import { TrainingSession } from './training-session.entity';
import {
  EnrolInTrainingArgs,
  RecordTrainingAttendanceArgs,
  ScheduleTrainingSessionInput,
  TrainingEnrolment,
} from './training-workflow.inputs';
import { TrainingWorkflowService } from './training-workflow.service';

@Resolver()
export class TrainingWorkflowResolver {
  private readonly service = new TrainingWorkflowService();

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

/** A volunteer's training record, beside the volunteer's own fields (volunteer.resolver.ts). */
@Resolver(() => Volunteer)
export class VolunteerTrainingResolver {
  @Authorized(Permission.READ_TRAINING)
  @FieldResolver(() => [TrainingAttendance], {
    description: 'Training sessions enrolled in, with attendance; first `first` by id.',
  })
  trainingRecord(
    @Root() v: Volunteer,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ) {
    return ctx.loaders.many(TrainingAttendance, 'volunteerId', nestedFirst(first)).load(v.id);
  }
}
