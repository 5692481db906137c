import { Field, ID, InputType, Int } from 'type-graphql';
import { Max, Min } from 'class-validator';

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

@InputType()
export class CommendationFilter {
  @Field(() => Int, { nullable: true })
  @Min(2000)
  @Max(2100)
  year?: number;

  @Field(() => ID, { nullable: true })
  volunteerId?: string;

  @Field(() => ID, { nullable: true, description: 'The awarding organisation.' })
  awardedById?: string;
}
