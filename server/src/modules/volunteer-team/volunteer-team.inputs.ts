import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class VolunteerTeamFilter {
  @Field(() => ID, { nullable: true, description: 'Teams in this region subtree.' })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  organisationId?: string;

  @Field(() => String, { nullable: true, description: 'Substring of the name.' })
  search?: string;
}
