import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class ServiceStationFilter {
  @Field(() => ID, { nullable: true, description: 'Stations in this region subtree (a district, a subdistrict...).' })
  regionId?: string;

  @Field(() => ID, { nullable: true, description: 'Stations offering this service type.' })
  serviceTypeId?: string;

  @Field(() => String, { nullable: true, description: 'Substring of the name.' })
  search?: string;
}
