// Filters of beneficiaries and households, and the inputs that register and edit them.
import { Field, ID, InputType, Int } from 'type-graphql';
import { Max, Min, ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { DisabilityCategory, AccessNeed } from './beneficiary.entity';

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

@InputType()
export class BeneficiaryInput {
  @Field()
  @MaxLength(30)
  realName: string;

  @Field()
  @MaxLength(18)
  idNumber: string;

  @Field(() => DisabilityCategory)
  disabilityCategory: DisabilityCategory;

  @Field(() => Int, { description: '1 (most severe) to 4.' })
  @Min(1)
  @Max(4)
  disabilityGrade: number;

  @Field({ description: '20 characters: the identity number, the category digit (1–7), the grade digit (1–4).' })
  @MaxLength(20)
  certificateNumber: string;

  @Field(() => ID, { description: 'Where the person lives (a community, usually).' })
  regionId: string;

  @Field(() => ID, { nullable: true, description: 'The station serving them; a coordinator’s own by default.' })
  stationId?: string | null;

  @Field(() => ID, { nullable: true })
  householdId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(11)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  address?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'Service types the person needs.' })
  @ArrayMaxSize(30)
  needServiceTypeIds: string[];

  @Field(() => [AccessNeed], { defaultValue: [] })
  accessNeeds: AccessNeed[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(128)
  idempotencyKey?: string | null;
}

@InputType()
export class HouseholdInput {
  @Field()
  @MaxLength(30)
  headName: string;

  @Field(() => Int, { defaultValue: 1 })
  @Min(1)
  @Max(30)
  size: number;

  @Field(() => ID)
  regionId: string;

  @Field()
  @MaxLength(200)
  address: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(11)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(128)
  idempotencyKey?: string | null;
}

@InputType({
  description: 'Changes to a beneficiary: omitted fields stay as they are; an empty phone or address clears it.',
})
export class BeneficiaryUpdateInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(30)
  realName?: string | null;

  @Field(() => String, { nullable: true, description: 'Only to correct it: reads return it masked.' })
  @IsOptional()
  @MaxLength(18)
  idNumber?: string | null;

  @Field(() => DisabilityCategory, { nullable: true })
  disabilityCategory?: DisabilityCategory | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(4)
  disabilityGrade?: number | null;

  @Field(() => String, { nullable: true, description: 'Needed again when the category or grade changes.' })
  @IsOptional()
  @MaxLength(20)
  certificateNumber?: string | null;

  @Field(() => ID, { nullable: true })
  regionId?: string | null;

  @Field(() => ID, { nullable: true })
  stationId?: string | null;

  @Field(() => ID, { nullable: true })
  householdId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(11)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  address?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  needServiceTypeIds?: string[] | null;

  @Field(() => [AccessNeed], { nullable: true })
  accessNeeds?: AccessNeed[] | null;
}
