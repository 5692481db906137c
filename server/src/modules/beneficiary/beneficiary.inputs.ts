import { Field, ID, InputType, Int } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { DisabilityCategory } from './beneficiary.entity';

@InputType()
export class BeneficiaryFilter {
  @Field(() => ID, { nullable: true, description: 'Beneficiaries living in this region subtree.' })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  stationId?: string;

  @Field(() => ID, { nullable: true })
  householdId?: string;

  @Field(() => [DisabilityCategory], { nullable: true })
  categories?: DisabilityCategory[];

  @Field(() => Int, { nullable: true, description: 'Disability grade 1–4.' })
  @Min(1)
  @Max(4)
  grade?: number;

  @Field(() => String, { nullable: true, description: 'Substring of the real name.' })
  search?: string;
}

@InputType()
export class HouseholdFilter {
  @Field(() => ID, { nullable: true, description: 'Households in this region subtree.' })
  regionId?: string;

  @Field(() => String, { nullable: true, description: "Substring of the head of household's name." })
  search?: string;
}
