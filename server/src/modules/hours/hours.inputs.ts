// Hours outside the event flow: self-reports, corrections, and the filters of their review queues.
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MAX_DAY_MINUTES, MAX_PERSON_TIMES } from '../service-event/service-event.inputs';
import { ReviewStatus } from './hour-correction.entity';
import { OrderInput, type SortKey } from '../../common/pagination';

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

/** What the list may be ordered by (`orderBy`); newest first when left out. */
export const hourReportOrderKeys = {
  CREATED_AT: { sql: 'r.createdAt', property: 'createdAt', type: 'timestamptz' },
  SERVED_ON: { sql: 'r.servedOn', property: 'servedOn', type: 'date' },
} satisfies Record<string, SortKey>;
export const HourReportOrder = OrderInput('HourReportOrder', hourReportOrderKeys);
export type HourReportOrder = InstanceType<typeof HourReportOrder>;

/** What the list may be ordered by (`orderBy`); newest first when left out. */
export const hourCorrectionOrderKeys = {
  CREATED_AT: { sql: 'c.createdAt', property: 'createdAt', type: 'timestamptz' },
} satisfies Record<string, SortKey>;
export const HourCorrectionOrder = OrderInput('HourCorrectionOrder', hourCorrectionOrderKeys);
export type HourCorrectionOrder = InstanceType<typeof HourCorrectionOrder>;
