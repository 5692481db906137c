// Session filters; inputs and payloads of scheduling sessions, enrolling volunteers and recording who attended.
import { Field, ID, InputType, Int, ArgsType, ObjectType } from 'type-graphql';
import { Max, Min, ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { TrainingSession } from './training-session.entity';

@InputType()
export class TrainingSessionFilter {
  @Field(() => ID, { nullable: true, description: 'Sessions held in this region subtree.' })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  organisationId?: string;

  @Field(() => String, { nullable: true, description: 'Held on or after (ISO date).' })
  from?: string;

  @Field(() => String, { nullable: true, description: 'Held before (ISO date).' })
  to?: string;

  @Field(() => String, { nullable: true, description: 'Substring of the title.' })
  search?: string;
}

/** One session's roster is entered in one go; larger groups are split into several calls. */
export const ROSTER_MAX = 200;

@InputType()
export class ScheduleTrainingSessionInput {
  @Field()
  @MaxLength(100)
  title: string;

  @Field({ description: 'ISO date the session is held on.' })
  @MaxLength(10)
  heldOn: string;

  @Field(() => Int, { description: 'Length, 1 to 1440 minutes.' })
  @Min(1)
  @Max(1440)
  minutes: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation running it: an organisation admin’s own by default.',
  })
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Where it is held: the organisation’s region by default.' })
  regionId?: string | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key schedules once.' })
  @IsOptional()
  @MaxLength(128)
  idempotencyKey?: string | null;
}

@ArgsType()
export class TrainingRosterArgs {
  @Field(() => ID)
  sessionId: string;
}

@ArgsType()
export class EnrolInTrainingArgs extends TrainingRosterArgs {
  @Field(() => [ID], {
    description: `Active volunteers you can see, at most ${ROSTER_MAX}. Those already enrolled are skipped.`,
  })
  @ArrayMaxSize(ROSTER_MAX)
  volunteerIds: string[];
}

@ArgsType()
export class RecordTrainingAttendanceArgs extends TrainingRosterArgs {
  @Field(() => [ID], {
    description: 'The enrolled volunteers who attended; every other enrolled volunteer is recorded as absent.',
  })
  @ArrayMaxSize(ROSTER_MAX * 5)
  attendedVolunteerIds: string[];
}

@ObjectType({ description: 'The outcome of an enrolment: how many were added, and who was enrolled already.' })
export class TrainingEnrolment {
  @Field(() => TrainingSession)
  session: TrainingSession;

  @Field(() => Int)
  enrolled: number;

  @Field(() => [ID], { description: 'Volunteers who were enrolled already (skipped, not an error).' })
  alreadyEnrolled: string[];
}
