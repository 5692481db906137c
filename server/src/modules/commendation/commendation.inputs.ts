// The commendation (表彰) register's filter, and the inputs and results of a year's round.
import { Field, ID, InputType, Int, Float, ObjectType } from 'type-graphql';
import { Max, Min, IsOptional, MaxLength } from 'class-validator';
import { Volunteer } from '../volunteer/volunteer.entity';

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

@ObjectType({ description: 'A volunteer ranked for a year’s commendations by verified hours, then events.' })
export class CommendationCandidate {
  @Field(() => Int)
  rank: number;

  @Field(() => Volunteer)
  volunteer: Volunteer;

  @Field(() => Float, { description: 'Hours verified for events of the year.' })
  verifiedHours: number;

  @Field(() => Int, { description: 'Events of the year with verified hours.' })
  events: number;

  @Field({ description: 'Already commended this year.' })
  commended: boolean;
}

@InputType()
export class AwardCommendationInput {
  @Field(() => ID)
  volunteerId: string;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year: number;

  @Field({ description: 'e.g. 优秀助残志愿者' })
  @MaxLength(60)
  title: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The awarding organisation; an organisation admin’s own by default.',
  })
  awardedById?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(128)
  idempotencyKey?: string | null;
}
