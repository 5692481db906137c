// Inputs and payloads of the event, attendance and hours workflows.
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ReviewStatus } from './hour-correction.entity';
import { ServiceEvent } from './service-event.entity';

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

@InputType()
export class ReportHoursInput {
  @Field(() => ID, { description: 'The organisation that approves the hours.' })
  organisationId: string;

  @Field(() => ID)
  serviceTypeId: string;

  @Field(() => ID, { description: 'Where the service took place.' })
  regionId: string;

  @Field({ description: 'ISO date of the service, not in the future.' })
  @MaxLength(10)
  servedOn: string;

  @Field(() => Int)
  @Min(1)
  @Max(MAX_DAY_MINUTES)
  minutes: number;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(MAX_PERSON_TIMES)
  personTimesServed: number;

  @Field()
  @MaxLength(2000)
  description: string;

  @Field(() => String, { nullable: true, description: 'A retry with the same key reports once.' })
  @IsOptional()
  @MaxLength(128)
  idempotencyKey?: string | null;
}

@InputType()
export class HourCorrectionRequestInput {
  @Field(() => ID, { description: 'One of your own completed participations.' })
  participationId: string;

  @Field(() => Int)
  @Min(0)
  @Max(MAX_DAY_MINUTES)
  requestedMinutes: number;

  @Field()
  @MaxLength(2000)
  reason: string;

  @Field(() => String, { nullable: true, description: 'A retry with the same key requests once.' })
  @IsOptional()
  @MaxLength(128)
  idempotencyKey?: string | null;
}

@InputType()
export class HourReportFilter {
  @Field(() => ID, { nullable: true })
  volunteerId?: string;

  @Field(() => ID, { nullable: true, description: 'The approving organisation.' })
  organisationId?: string;

  @Field(() => ID, { nullable: true, description: 'Reports of service in this region subtree.' })
  regionId?: string;

  @Field(() => [ReviewStatus], { nullable: true })
  statuses?: ReviewStatus[];

  @Field(() => String, { nullable: true, description: 'Served on or after (YYYY-MM-DD).' })
  from?: string;

  @Field(() => String, { nullable: true, description: 'Served before (YYYY-MM-DD).' })
  to?: string;
}

@InputType()
export class HourCorrectionFilter {
  @Field(() => ID, { nullable: true })
  volunteerId?: string;

  @Field(() => ID, { nullable: true })
  participationId?: string;

  @Field(() => ID, { nullable: true, description: 'Corrections of participations at this event.' })
  eventId?: string;

  @Field(() => [ReviewStatus], { nullable: true })
  statuses?: ReviewStatus[];
}
