import { Field, ID, InputType } from 'type-graphql';
import { VolunteerCategory, VolunteerStatus } from './volunteer.entity';

@InputType()
export class VolunteerFilter {
  @Field(() => ID, { nullable: true, description: 'Volunteers whose home region lies in this subtree.' })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  organisationId?: string;

  @Field(() => ID, { nullable: true })
  teamId?: string;

  @Field(() => ID, { nullable: true })
  stationId?: string;

  @Field(() => [VolunteerStatus], { nullable: true })
  statuses?: VolunteerStatus[];

  @Field(() => [VolunteerCategory], { nullable: true })
  categories?: VolunteerCategory[];

  @Field(() => String, { nullable: true, description: 'A skill the volunteer lists.' })
  skill?: string;

  @Field(() => Date, { nullable: true, description: 'Registered at or after.' })
  registeredFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Registered before.' })
  registeredTo?: Date;

  @Field(() => String, { nullable: true, description: 'Substring of the real name.' })
  search?: string;
}
