// Event and participation filters; inputs and payloads of the event and attendance workflows.
import { Field, ID, InputType, Float, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { EventStatus, ServiceEvent } from './service-event.entity';
import { ParticipationStatus } from './participation.entity';
import { OrderInput, type SortKey } from '../../common/pagination';

@InputType()
export class ServiceEventFilter {
  @Field(() => ID, { nullable: true, description: 'Events held in this region subtree.' })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  campaignId?: string;

  @Field(() => ID, { nullable: true })
  stationId?: string;

  @Field(() => ID, { nullable: true, description: 'The organising organisation.' })
  organiserId?: string;

  @Field(() => ID, { nullable: true })
  serviceTypeId?: string;

  @Field(() => [EventStatus], { nullable: true })
  statuses?: EventStatus[];

  @Field(() => Date, { nullable: true, description: 'Starting at or after.' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Starting before.' })
  to?: Date;

  @Field(() => String, { nullable: true, description: 'Substring of the title.' })
  search?: string;
}

@InputType()
export class ParticipationFilter {
  @Field(() => ID, { nullable: true })
  eventId?: string;

  @Field(() => ID, { nullable: true })
  volunteerId?: string;

  @Field(() => ID, { nullable: true, description: 'Participations in events held in this region subtree.' })
  regionId?: string;

  @Field(() => [ParticipationStatus], { nullable: true })
  statuses?: ParticipationStatus[];

  @Field(() => Boolean, { nullable: true, description: 'true: verified only; false: awaiting verification.' })
  verified?: boolean;

  @Field(() => Date, { nullable: true, description: 'Event starting at or after.' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Event starting before.' })
  to?: Date;
}

/** What an event's sign-ups may be ordered by (`orderBy`); the newest sign-up first when left out. */
export const participationOrderKeys = {
  CREATED_AT: { sql: 'p.createdAt', property: 'createdAt', type: 'timestamptz' },
  CHECK_IN_AT: { sql: 'p.checkInAt', property: 'checkInAt', type: 'timestamptz', nullable: true },
  CHECK_OUT_AT: { sql: 'p.checkOutAt', property: 'checkOutAt', type: 'timestamptz', nullable: true },
} satisfies Record<string, SortKey>;
export const ParticipationOrder = OrderInput('ParticipationOrder', participationOrderKeys);
export type ParticipationOrder = InstanceType<typeof ParticipationOrder>;

/** Most minutes a day can hold: one report or correction never credits more. */
export const MAX_DAY_MINUTES = 1440;
export const MAX_CAPACITY = 10_000;
export const MAX_PERSON_TIMES = 10_000;

@InputType()
export class CreateServiceEventInput {
  @Field()
  @MaxLength(200)
  title: string;

  @Field(() => ID, { nullable: true, description: 'The joint campaign the event belongs to (not CLOSED).' })
  campaignId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The station holding the event (a coordinator: their own).' })
  stationId?: string | null;

  @Field(() => ID)
  serviceTypeId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The organisation running it. Default: an organisation admin's own, or the station's operating organisation.",
  })
  organiserId?: string | null;

  @Field(() => ID, { nullable: true, description: "Where it is held; default: the station's community." })
  regionId?: string | null;

  @Field()
  @MaxLength(200)
  place: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field(() => Int, { description: `Places, 1 to ${MAX_CAPACITY}; later sign-ups join the waitlist.` })
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of the event to attend for the hours to count (0–1); default: the jurisdiction’s.',
  })
  @IsOptional()
  @Min(0)
  @Max(1)
  attendanceShare?: number | null;

  @Field({ defaultValue: true, description: 'Open for sign-up at once (true), or keep as a DRAFT.' })
  open: boolean;

  @Field({ defaultValue: false, description: 'Only volunteers aged 18 or over on the day may sign up.' })
  adultsOnly: boolean;

  @Field(() => [ID], { defaultValue: [], description: "Skills wanted, from the city's list (ranks suggestions)." })
  @ArrayMaxSize(20)
  requiredSkillIds: string[];

  @Field(() => String, { nullable: true, description: 'A retry with the same key creates the event once.' })
  @IsOptional()
  @MaxLength(128)
  idempotencyKey?: string | null;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateServiceEventInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  place?: string | null;

  @Field(() => ID, { nullable: true })
  serviceTypeId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  startsAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  endsAt?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Not below the number signed up; raising it promotes the waitlist in order.',
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(1)
  attendanceShare?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true opens a DRAFT for sign-up; false takes an event without sign-ups back to DRAFT.',
  })
  open?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only volunteers aged 18 or over (applies to new sign-ups).' })
  adultsOnly?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'Skills wanted (replaces).' })
  @IsOptional()
  @ArrayMaxSize(20)
  requiredSkillIds?: string[] | null;
}

@ObjectType({ description: 'A one-time event code to show at the event; only its hash is kept.' })
export class EventCode {
  @Field({ description: 'Six digits volunteers type to check themselves in or out.' })
  code: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field(() => ServiceEvent)
  event: ServiceEvent;
}

@ObjectType({ description: 'What the viewer may do with this event now (the server enforces it).' })
export class ServiceEventViewerCan {
  @Field({ description: 'Edit, cancel or close the event.' })
  edit: boolean;

  @Field({ description: 'Check people in and out, verify hours.' })
  manageAttendance: boolean;

  @Field({ description: 'Sign up for it (as a volunteer).' })
  signUp: boolean;
}

@ObjectType({ description: 'What the viewer may do with this participation now (the server enforces it).' })
export class ParticipationViewerCan {
  @Field({ description: 'Check the volunteer in.' })
  checkIn: boolean;

  @Field({ description: 'Check the volunteer out.' })
  checkOut: boolean;

  @Field({ description: 'Verify the credited hours.' })
  verify: boolean;

  @Field({ description: 'Cancel the sign-up.' })
  cancel: boolean;
}
