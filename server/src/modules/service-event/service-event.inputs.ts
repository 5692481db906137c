import { Field, ID, InputType } from 'type-graphql';
import { EventStatus } from './service-event.entity';
import { ParticipationStatus } from './participation.entity';

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
