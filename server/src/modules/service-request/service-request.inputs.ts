import { Field, ID, InputType } from 'type-graphql';
import { ServiceRequestStatus } from './service-request.entity';

@InputType()
export class ServiceRequestFilter {
  @Field(() => ID, { nullable: true, description: 'Requests from this region subtree.' })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  stationId?: string;

  @Field(() => ID, { nullable: true })
  serviceTypeId?: string;

  @Field(() => [ServiceRequestStatus], { nullable: true })
  statuses?: ServiceRequestStatus[];

  @Field(() => Date, { nullable: true, description: 'Created at or after.' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Created before.' })
  to?: Date;
}
